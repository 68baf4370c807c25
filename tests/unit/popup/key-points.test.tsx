import { beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../../src/popup/app';
import { KeyPoints } from '../../../src/popup/components/key-points';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-schema';
import { FakePopupClient } from './fake-popup-client';
import { sampleAnnotations } from './sample-annotations';
import { KEY_POINTS_LABEL, type KeyPointsAvailability } from '../../../src/popup/key-points/summarizer-client';
import { click, installDom, mount, settle, texts } from './dom';

/** A stand-in for Chrome's Summarizer global: answers availability and streams the given chunks. */
function fakeScope(availability: KeyPointsAvailability, chunks: string[], calls: { inputs: string[]; created: number }) {
  return {
    Summarizer: {
      availability: async () => availability,
      create: async () => {
        calls.created++;
        return {
          summarizeStreaming: (input: string) => {
            calls.inputs.push(input);
            return new ReadableStream<string>({
              start(controller) {
                for (const c of chunks) controller.enqueue(c);
                controller.close();
              },
            });
          },
          destroy: () => undefined,
        };
      },
    },
  };
}

let root: HTMLElement;
beforeEach(() => {
  ({ root } = installDom());
});

describe('KeyPoints', () => {
  test('where the browser has no summarizer there is no button at all', async () => {
    await mount(<KeyPoints text="An article." language="en" sentences={3} scope={{}} />, root);
    expect(root.innerHTML).toBe('');
  });

  test('a model that cannot run here shows nothing either', async () => {
    const calls = { inputs: [], created: 0 };
    await mount(<KeyPoints text="An article." language="en" sentences={3} scope={fakeScope('unavailable', [], calls)} />, root);
    expect(root.innerHTML).toBe('');
  });

  test('streams the points in after the click, labelled as machine-written', async () => {
    const calls = { inputs: [] as string[], created: 0 };
    await mount(<KeyPoints text="The article text." language="en" sentences={3} scope={fakeScope('available', ['- The base was ', 'handed over.\n- Troops', ' left.'], calls)} />, root);
    expect(calls.created).toBe(0); // nothing runs before the reader asks
    await click(root.querySelector('[data-testid="key-points-button"]'));
    await settle();
    expect(calls.inputs).toEqual(['The article text.']);
    expect(texts(root, '[data-testid="key-points-list"] li')).toEqual(['The base was handed over.', 'Troops left.']);
    expect(texts(root, '.machine-written figcaption')).toEqual([KEY_POINTS_LABEL]);
    expect(texts(root, '[data-testid="key-points-button"]')).toEqual(['Write the key points again']);
  });

  test('says the model downloads first when it is not on the device yet', async () => {
    const calls = { inputs: [], created: 0 };
    await mount(<KeyPoints text="x" language="en" sentences={3} scope={fakeScope('downloadable', [], calls)} />, root);
    expect(texts(root, '[data-testid="key-points-button"] .hint')).toEqual(['(downloads the model first)']);
  });

  test('Stop ends a run that is still streaming; what arrived stays, marked as stopped', async () => {
    const scope = {
      Summarizer: {
        availability: async () => 'available',
        create: async () => ({
          // One point, then silence until the run is aborted (as a slow model would).
          summarizeStreaming: (_: string, options?: { signal?: AbortSignal }) =>
            new ReadableStream<string>({
              start(controller) {
                controller.enqueue('- First point.');
                options?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
              },
            }),
          destroy: () => undefined,
        }),
      },
    };
    await mount(<KeyPoints text="x" language="en" sentences={3} scope={scope} />, root);
    await click(root.querySelector('[data-testid="key-points-button"]'));
    await settle();
    expect(texts(root, '[data-testid="key-points-list"] li')).toEqual(['First point.']);
    const stop = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Stop');
    await click(stop);
    await settle();
    expect(texts(root, '.key-points .hint')).toEqual(['Stopped.']);
    expect(texts(root, '[data-testid="key-points-list"] li')).toEqual(['First point.']);
  });

  test('a failing model says so and leaves the extractive summary as it is', async () => {
    const scope = { Summarizer: { availability: async () => 'available', create: async () => Promise.reject(new Error('model crashed')) } };
    await mount(<KeyPoints text="x" language="en" sentences={3} scope={scope} />, root);
    await click(root.querySelector('[data-testid="key-points-button"]'));
    await settle();
    expect(texts(root, '[role="alert"]')).toEqual(['The on-device model failed (model crashed). The summary above is from the article itself.']);
  });
});

describe('KeyPoints in the popup', () => {
  test.each([
    [true, 1],
    [false, 0],
  ])('with the on-device summarizer setting %s, the key-points control shows %d time(s)', async (onDeviceSummarizer, count) => {
    const calls = { inputs: [] as string[], created: 0 };
    const g = globalThis as { Summarizer?: unknown };
    g.Summarizer = fakeScope('available', ['- A point.'], calls).Summarizer;
    try {
      const client = new FakePopupClient({ settings: { ...DEFAULT_SETTINGS, onDeviceSummarizer }, states: [{ state: 'annotated', annotations: sampleAnnotations() }] });
      await mount(<App client={client} />, root);
      expect(root.querySelectorAll('#summary [data-testid="key-points-button"]')).toHaveLength(count);
    } finally {
      delete g.Summarizer;
    }
  });
});
