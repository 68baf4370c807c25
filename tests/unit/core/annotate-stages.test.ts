import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { annotate, annotateInStages } from '../../../src/core/annotate';
import { articleTextFromRawText } from '../../../src/core/text/article-text';
import { registerModel } from '../../../src/core/models';

const seed = articleTextFromRawText(fs.readFileSync('tests/fixtures/bagram-article.txt', 'utf8'));
const withoutTimings = <T extends { timings: unknown }>(a: T): Omit<T, 'timings'> => {
  const { timings: _t, ...rest } = a;
  return rest;
};

beforeAll(() => {
  registerModel('entities', JSON.parse(fs.readFileSync('models/entities.json', 'utf8')));
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

describe('annotateInStages', () => {
  test('the first stage has the entities and quotes, and no sources, credits or summary yet', () => {
    const { highlights } = annotateInStages(seed, { summarySentences: 2 });
    expect(highlights.entities.map((e) => e.name)).toContain('Fawad Aman');
    expect(highlights.quotes.length).toBeGreaterThanOrEqual(5);
    expect(highlights.sources).toEqual([]);
    expect(highlights.credits).toEqual([]);
    expect(highlights.summary.sentences).toEqual([]);
    expect(Object.keys(highlights.timings)).toEqual(['entities', 'quotes', 'total']);
  });

  test.each([1, 3, 5])('both stages together are what annotate makes (summary of %i)', (n) => {
    const { highlights, rest } = annotateInStages(seed, { summarySentences: n, detectMs: 4 });
    const staged = { ...highlights, ...rest() };
    const whole = annotate(seed, { summarySentences: n, detectMs: 4 });
    expect(withoutTimings(staged)).toEqual(withoutTimings(whole));
    expect(staged.summary.sentences).toHaveLength(n);
    expect(staged.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['Twitter', 'Associated Press', 'CNN']));
    expect(Object.keys(staged.timings)).toEqual(['detect', 'entities', 'quotes', 'sources', 'summary', 'total']);
    expect(staged.timings.total).toBeGreaterThanOrEqual(4);
  });
});
