import fs from 'node:fs';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { articleTextFromRawText } from '../../../src/core/text/article-text';
import { emptyMetadata } from '../../../src/core/annotations';
import { registerModel } from '../../../src/core/models';
import type { CoreRequest } from '../../../src/messages';

// The reader's settings as the background keeps them: a summary of 2 sentences.
const api = {
  storage: {
    sync: { get: vi.fn(async () => ({ settings: { summarySentences: 2 } })) },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  },
};
vi.mock('../../../src/shared/extension-api', () => ({ extensionApi: () => api }));
const { afterHighlights, mustImportAtTopLevel, prepareCore, runCore, runCoreRest } = await import('../../../src/background/core-runner');
const { entityTagger } = await import('../../../src/core/entities/load-model');

const article = articleTextFromRawText(fs.readFileSync('tests/fixtures/bagram-article.txt', 'utf8'));
const request = (extra: Partial<CoreRequest> = {}): CoreRequest => ({ article, url: 'https://example.com/a', metadata: emptyMetadata(), notices: [], detectMs: 1, ...extra });

beforeAll(() => {
  registerModel('entities', JSON.parse(fs.readFileSync('models/entities.json', 'utf8')));
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

describe('runCore', () => {
  test.each([
    ['the reader setting when none is asked for', undefined, 2],
    ['the length asked for', 4, 4],
  ])('without restId: whole annotations, with a summary of %s', async (_name, asked, expected) => {
    const reply = await runCore(request(asked === undefined ? {} : { summarySentences: asked }));
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.summarySentences).toBe(expected);
    expect(reply.annotations.summary.sentences).toHaveLength(expected);
    expect(reply.annotations.sources.length).toBeGreaterThan(0);
  });

  test('with restId: the highlights first, then the rest once, and the two make the whole', async () => {
    const whole = await runCore(request());
    const first = runCore(request({ restId: 'r1' }));
    afterHighlights('r1', first);
    const reply = await first;
    if (!reply.ok || !whole.ok) throw new Error('core failed');
    expect(reply.annotations.entities).toEqual(whole.annotations.entities);
    expect(reply.annotations.quotes).toEqual(whole.annotations.quotes);
    expect(reply.annotations.summary.sentences).toEqual([]);
    expect(reply.annotations.sources).toEqual([]);
    const rest = await runCoreRest('r1');
    if (!rest.ok) throw new Error(rest.message);
    expect(rest.rest.summary).toEqual(whole.annotations.summary);
    expect(rest.rest.sources).toEqual(whole.annotations.sources);
    expect(rest.rest.credits).toEqual(whole.annotations.credits);
    // Asked twice: the stage was handed over and forgotten.
    vi.useFakeTimers();
    const again = runCoreRest('r1');
    await vi.advanceTimersByTimeAsync(6000);
    vi.useRealTimers();
    expect((await again).ok).toBe(false);
  });

  test.each([
    ['an article the core reads whole: its text and blocks are not sent back', 1, true],
    ['an article the core cuts to its limits: the cut text and blocks come back', 60, false],
  ])('with restId, %s', async (_name, copies, omitted) => {
    const text = Array.from({ length: copies }, () => article.text).join('\n\n');
    const big = articleTextFromRawText(text);
    const reply = await runCore(request({ article: big, restId: `omit-${copies}` }));
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.articleOmitted === true).toBe(omitted);
    if (omitted) {
      expect(reply.annotations.article.text).toBe('');
      expect(reply.annotations.article.blocks).toEqual([]);
    } else {
      expect(reply.annotations.article.text.length).toBeGreaterThan(0);
      expect(reply.annotations.article.text.length).toBeLessThan(big.text.length);
      expect(big.text.startsWith(reply.annotations.article.text)).toBe(true);
    }
    expect(reply.annotations.entities.length).toBeGreaterThan(0);
  });

  test('a rest request that overtakes its first stage waits for it', async () => {
    const rest = runCoreRest('r2');
    const first = runCore(request({ restId: 'r2' }));
    afterHighlights('r2', first);
    const [r, h] = await Promise.all([rest, first]);
    expect(h.ok).toBe(true);
    expect(r.ok && r.rest.summary.sentences.length).toBe(2);
  });

  test('the rest is made only after the highlights reply has left', async () => {
    let replied: () => void = () => undefined;
    const reply = new Promise<void>((resolve) => (replied = resolve));
    await runCore(request({ restId: 'r3' }));
    afterHighlights('r3', reply);
    let settled = false;
    const rest = runCoreRest('r3').then((r) => {
      settled = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBe(false);
    replied();
    expect((await rest).ok).toBe(true);
  });
});

describe('loading the models in the worker', () => {
  test.each([
    ['a browser that does not expose the state', undefined, true],
    ['the first evaluation of a new version', 'parsed', true],
    ['an install under way', 'installing', true],
    ['an installed worker woken again', 'activated', false],
    ['a worker activating', 'activating', false],
  ])('%s: import at the top level is %s', (_name, state, expected) => {
    expect(mustImportAtTopLevel(state)).toBe(expected);
  });

  test('prepareCore runs once and leaves the tagger decoded', async () => {
    const prepared = prepareCore();
    expect(prepareCore()).toBe(prepared);
    await prepared;
    const tagger = entityTagger();
    expect(tagger).not.toBeNull();
    // Decoded once: the same tables serve the next request.
    expect(entityTagger()).toBe(tagger);
  });
});
