import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  getSummarizer,
  isSummarizerSupported,
  keyPointsAvailability,
  keyPointsLength,
  parseKeyPoints,
  summarizeKeyPoints,
  summarizerOptions,
  type KeyPointsAvailability,
  type KeyPointsState,
  type SummarizerCreateOptions,
  type SummarizerGlobal,
  type SummarizerInstance,
  type SummarizerMonitor,
} from '../../../src/popup/key-points/summarizer-client';

const abortError = (): DOMException => new DOMException('The operation was aborted.', 'AbortError');

interface FakeConfig {
  availability?: KeyPointsAvailability;
  /** Download progress events fired from create() before it resolves. */
  progress?: number[];
  chunks?: string[];
  /** An error create() rejects with. */
  createError?: DOMException;
  /** Chunks stream one per macrotask; the stream stalls after this many (until aborted). */
  stallAfter?: number;
  inputQuota?: number;
}

// A stand-in for Chrome's global Summarizer: records calls, streams chunks, honours abort signals.
function fakeSummarizer(config: FakeConfig) {
  const calls = { create: [] as SummarizerCreateOptions[], availability: 0, inputs: [] as string[], destroyed: 0 };
  const api: SummarizerGlobal = {
    async availability() {
      calls.availability++;
      return config.availability ?? 'available';
    },
    async create(options) {
      calls.create.push(options!);
      if (config.createError) throw config.createError;
      const listeners: ((e: { loaded: number }) => void)[] = [];
      const monitor: SummarizerMonitor = { addEventListener: (_type, l) => void listeners.push(l) };
      options?.monitor?.(monitor);
      for (const loaded of config.progress ?? []) {
        await new Promise((r) => setTimeout(r, 0));
        if (options?.signal?.aborted) throw abortError();
        for (const l of listeners) l({ loaded });
      }
      if (options?.signal?.aborted) throw abortError();
      const instance: SummarizerInstance = {
        inputQuota: config.inputQuota ?? Infinity,
        async measureInputUsage(input) {
          return input.length;
        },
        summarizeStreaming(input, opts) {
          calls.inputs.push(input);
          const chunks = config.chunks ?? [];
          let i = 0;
          return new ReadableStream<string>({
            start(controller) {
              opts?.signal?.addEventListener('abort', () => controller.error(abortError()));
            },
            async pull(controller) {
              await new Promise((r) => setTimeout(r, 0));
              if (opts?.signal?.aborted) return;
              if (config.stallAfter !== undefined && i >= config.stallAfter) return new Promise<void>(() => undefined);
              if (i < chunks.length) controller.enqueue(chunks[i++]!);
              else controller.close();
            },
          });
        },
        destroy() {
          calls.destroyed++;
        },
      };
      return instance;
    },
  };
  return { api, calls, scope: { Summarizer: api } };
}

const collect = (): { states: KeyPointsState[]; onState: (s: KeyPointsState) => void } => {
  const states: KeyPointsState[] = [];
  return { states, onState: (s) => states.push(s) };
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('feature detection', () => {
  test('no Summarizer: unsupported, availability "unavailable", and a run reports it without throwing', async () => {
    const scope = {};
    expect(isSummarizerSupported(scope)).toBe(false);
    expect(getSummarizer(scope)).toBeNull();
    expect(await keyPointsAvailability({}, scope)).toBe('unavailable');
    const { states, onState } = collect();
    const final = await summarizeKeyPoints('Some text.', {}, onState, scope).done;
    expect(final).toEqual({ status: 'unavailable', reason: 'unsupported' });
    expect(states).toEqual([final]);
  });

  test('an object without the methods is not the API', () => {
    expect(isSummarizerSupported({ Summarizer: { availability: 1 } })).toBe(false);
  });

  test('the fake installed on globalThis is found by default', async () => {
    const fake = fakeSummarizer({ availability: 'downloadable' });
    vi.stubGlobal('Summarizer', fake.api);
    expect(isSummarizerSupported()).toBe(true);
    expect(await keyPointsAvailability()).toBe('downloadable');
  });

  test.each<KeyPointsAvailability>(['unavailable', 'downloadable', 'downloading', 'available'])('availability passes through: %s', async (a) => {
    expect(await keyPointsAvailability({}, fakeSummarizer({ availability: a }).scope)).toBe(a);
  });

  test('availability() that rejects reads as unavailable', async () => {
    const api: SummarizerGlobal = { availability: () => Promise.reject(new Error('boom')), create: () => Promise.reject(new Error('boom')) };
    expect(await keyPointsAvailability({}, { Summarizer: api })).toBe('unavailable');
  });
});

describe('options', () => {
  test.each([
    [1, 'short'],
    [3, 'short'],
    [4, 'medium'],
    [5, 'medium'],
  ] as const)('%i sentences → %s', (n, length) => {
    expect(keyPointsLength(n)).toBe(length);
  });

  test('key-points type, chosen format, and the article language for input and output', () => {
    expect(summarizerOptions({ sentences: 5, format: 'plain-text', language: 'en-US' })).toMatchObject({
      type: 'key-points',
      format: 'plain-text',
      length: 'medium',
      expectedInputLanguages: ['en'],
      outputLanguage: 'en',
    });
    expect(summarizerOptions()).toMatchObject({ type: 'key-points', format: 'markdown', length: 'short' });
    expect(summarizerOptions()).not.toHaveProperty('outputLanguage');
  });
});

describe('summarizeKeyPoints', () => {
  test('streams deltas to the callback, then done; creates with the options and destroys after', async () => {
    const fake = fakeSummarizer({ chunks: ['- Forces left ', 'Bagram.\n', '- The Taliban welcomed it.'] });
    const { states, onState } = collect();
    const final = await summarizeKeyPoints('The article text.', { sentences: 3, format: 'markdown' }, onState, fake.scope).done;
    expect(final).toEqual({ status: 'done', text: '- Forces left Bagram.\n- The Taliban welcomed it.' });
    expect(states.map((s) => s.status)).toEqual(['summarizing', 'summarizing', 'summarizing', 'summarizing', 'done']);
    expect(states[2]).toEqual({ status: 'summarizing', text: '- Forces left Bagram.\n' });
    expect(fake.calls.create[0]).toMatchObject({ type: 'key-points', format: 'markdown', length: 'short' });
    expect(fake.calls.inputs).toEqual(['The article text.']);
    expect(fake.calls.destroyed).toBe(1);
  });

  test('cumulative chunks (older builds) are not doubled', async () => {
    const fake = fakeSummarizer({ chunks: ['- One', '- One point', '- One point.'] });
    const final = await summarizeKeyPoints('Text.', {}, () => undefined, fake.scope).done;
    expect(final).toEqual({ status: 'done', text: '- One point.' });
  });

  test('reports download progress while the model downloads', async () => {
    const fake = fakeSummarizer({ availability: 'downloadable', progress: [0.25, 1], chunks: ['- Done.'] });
    const { states, onState } = collect();
    await summarizeKeyPoints('Text.', {}, onState, fake.scope).done;
    const downloads = states.filter((s) => s.status === 'downloading');
    expect(downloads.map((s) => (s.status === 'downloading' ? s.progress : -1))).toEqual([null, 0.25, 1]);
    expect(states.at(-1)).toEqual({ status: 'done', text: '- Done.' });
  });

  test('the model cannot run here: unavailable, and nothing is summarized', async () => {
    const fake = fakeSummarizer({ availability: 'unavailable', createError: new DOMException('no', 'NotSupportedError') });
    const final = await summarizeKeyPoints('Text.', {}, () => undefined, fake.scope).done;
    expect(final).toEqual({ status: 'unavailable', reason: 'unavailable' });
    expect(fake.calls.inputs).toEqual([]);
  });

  test('no user gesture for the download: a clear state, not an exception', async () => {
    const fake = fakeSummarizer({ availability: 'downloadable', createError: new DOMException('needs activation', 'NotAllowedError') });
    const final = await summarizeKeyPoints('Text.', {}, () => undefined, fake.scope).done;
    expect(final).toEqual({ status: 'unavailable', reason: 'needs-gesture' });
  });

  test('abort while streaming keeps what arrived and destroys the summarizer', async () => {
    const fake = fakeSummarizer({ chunks: ['- First point.\n', '- Second'], stallAfter: 1 });
    const { states, onState } = collect();
    const run = summarizeKeyPoints('Text.', {}, (s) => {
      onState(s);
      if (s.status === 'summarizing' && s.text) run.abort();
    }, fake.scope);
    const final = await run.done;
    expect(final).toEqual({ status: 'aborted', text: '- First point.\n' });
    expect(states.at(-1)).toEqual(final);
    expect(fake.calls.destroyed).toBe(1);
    run.abort(); // a second abort is harmless
  });

  test('abort while downloading ends in aborted', async () => {
    const fake = fakeSummarizer({ availability: 'downloading', progress: [0.1, 0.2, 0.3], chunks: ['- x'] });
    const run = summarizeKeyPoints('Text.', {}, (s) => {
      if (s.status === 'downloading' && s.progress === 0.1) run.abort();
    }, fake.scope);
    expect(await run.done).toEqual({ status: 'aborted', text: '' });
    expect(fake.calls.inputs).toEqual([]);
  });

  test('a failing stream ends in error with the text so far; a throwing callback is ignored', async () => {
    const api: SummarizerGlobal = {
      availability: async () => 'available',
      create: async () => ({
        destroy: () => undefined,
        summarizeStreaming: () =>
          new ReadableStream<string>({
            start(c) {
              c.enqueue('- Partial');
              c.error(new DOMException('filtered', 'NotReadableError'));
            },
          }),
      }),
    };
    const final = await summarizeKeyPoints('Text.', {}, () => {
      throw new Error('view broke');
    }, { Summarizer: api }).done;
    expect(final).toMatchObject({ status: 'error', message: 'filtered' });
  });

  test('input over the quota is cut at a sentence end', async () => {
    const fake = fakeSummarizer({ chunks: ['- ok'], inputQuota: 60 });
    const text = 'First sentence here. Second sentence here. Third sentence here. Fourth sentence here.';
    await summarizeKeyPoints(text, {}, () => undefined, fake.scope).done;
    expect(fake.calls.inputs[0]!.length).toBeLessThanOrEqual(60);
    expect(fake.calls.inputs[0]).toMatch(/^First sentence here\..*here\.$/);
  });
});

describe('parseKeyPoints', () => {
  test.each([
    ['markdown bullets', '- **Forces** left Bagram.\n- The Taliban *welcomed* it.', ['Forces left Bagram.', 'The Taliban welcomed it.']],
    ['star and numbered bullets', '* One\n2. Two\n• Three', ['One', 'Two', 'Three']],
    ['a wrapped line joins its bullet', '- A long point\n  that wraps\n- Next', ['A long point that wraps', 'Next']],
    ['plain text without bullets', 'Just one line.', ['Just one line.']],
    ['nothing', '\n  \n', []],
  ])('%s', (_name, text, expected) => {
    expect(parseKeyPoints(text)).toEqual(expected);
  });
});
