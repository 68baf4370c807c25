import { describe, expect, test } from 'vitest';
import {
  BIGRAM_FEATURE_COUNT,
  FEATURE_COUNT,
  FEATURE_NAMES,
  bigramFeatures,
  buildWordDoc,
  wordFeatures,
  wordProbabilities,
  words,
} from '../../../src/core/summary/word-features';

const feature = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);

describe('buildWordDoc', () => {
  const doc = buildWordDoc(
    [
      { text: 'The Taliban welcomed the withdrawal of U.S. forces.', quoted: [] },
      { text: '“We will step forward,” the spokesman said.', quoted: [{ start: 0, end: 22 }] },
    ],
    ['Taliban fighters at Bagram'],
    ['Zabihullah Mujahid'],
  );

  test('tokens are lowercased words without punctuation', () => {
    expect(doc.tokens[0]).toEqual(words('The Taliban welcomed the withdrawal of U.S. forces.'));
    expect(doc.tokens[0]).toEqual(['the', 'taliban', 'welcomed', 'the', 'withdrawal', 'of', 'u', 's', 'forces']);
  });

  test('names come from capitalised words inside sentences and from recognised entities', () => {
    expect([...doc.names].sort()).toEqual(['mujahid', 'taliban', 'u', 'zabihullah']);
  });

  test('quotation flags per token and per sentence start', () => {
    expect(doc.quoted[1]).toEqual([true, true, true, true, false, false, false]);
    expect(doc.startsInQuote).toEqual([false, true]);
  });

  test('editorial words come from captions and headlines', () => {
    expect(doc.editorial.has('bagram')).toBe(true);
    expect(doc.editorial.has('withdrawal')).toBe(false);
  });
});

describe('wordFeatures', () => {
  const doc = buildWordDoc(
    [
      { text: 'Forces left Bagram on Friday.', quoted: [] },
      { text: 'Bagram was quiet after the forces left in 2021.', quoted: [] },
    ],
    [],
  );
  const f = wordFeatures(doc);
  const at = (sentence: number, token: number, name: (typeof FEATURE_NAMES)[number]): number => f[sentence]![token * FEATURE_COUNT + feature(name)]!;

  test('one row of FEATURE_COUNT values per token', () => {
    expect(f.map((x) => x.length)).toEqual(doc.tokens.map((t) => t.length * FEATURE_COUNT));
  });

  test.each([
    [1, 0, 'logCount', Math.log(2)], // "bagram" twice
    [1, 0, 'logFirstSentence', 0], // first seen in sentence 0
    [1, 0, 'inFirstSentence', 1],
    [1, 1, 'stopword', 1], // "was"
    [1, 8, 'number', 1], // "2021"
    [1, 8, 'logFirstSentence', Math.log(2)],
    [0, 0, 'isFirstSentence', 1],
    [1, 0, 'logSentencePosition', Math.log(2)],
  ] as const)('sentence %i token %i: %s = %f', (s, k, name, value) => {
    expect(at(s, k, name)).toBeCloseTo(value, 10);
  });

  test('probabilities follow the weights', () => {
    const w = new Array<number>(FEATURE_COUNT).fill(0);
    w[feature('stopword')] = -5;
    const [, p] = wordProbabilities(f, w);
    expect(p![1]).toBeLessThan(0.01); // "was"
    expect(p![0]).toBeCloseTo(0.5, 10); // "bagram"
  });

  test('one row of word-pair features per adjacent pair', () => {
    const pf = bigramFeatures(doc, wordProbabilities(f, new Array<number>(FEATURE_COUNT).fill(0)));
    expect(pf.map((x) => x.length)).toEqual(doc.tokens.map((t) => (t.length - 1) * BIGRAM_FEATURE_COUNT));
  });
});
