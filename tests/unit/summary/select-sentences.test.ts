import { describe, expect, test } from 'vitest';
import { selectSentences, type ScoredSentence } from '../../../src/core/summary/select-sentences';

// A sentence whose every word has the same probability of being in the summary.
const sentence = (text: string, p: number): ScoredSentence => {
  const tokens = text.toLowerCase().split(/\s+/);
  return { tokens, probabilities: tokens.map(() => p) };
};

describe('selectSentences', () => {
  test('prefers sentences whose words are likely in the summary', () => {
    const s = [sentence('weather was mild across town', 0.1), sentence('taliban welcomed foreign troop withdrawal', 0.9), sentence('bagram base handed over quietly', 0.8)];
    expect(selectSentences(s, { count: 2, targetWords: 10 })).toEqual([1, 2]);
  });

  test('does not pick a sentence that only repeats chosen words (novelty)', () => {
    const s = [
      sentence('bagram base handed over to afghan army', 0.9),
      sentence('bagram base handed over to afghan army', 0.9),
      sentence('taliban welcomed the withdrawal', 0.6),
    ];
    expect(selectSentences(s, { count: 2, targetWords: 10 })).toEqual([0, 2]);
  });

  test('weighs length: a long sentence must bring more likely words than a short one', () => {
    const long = sentence(`troops left ${'and then some more words followed here '.repeat(4)}`, 0.2);
    const short = sentence('troops left bagram base', 0.7);
    const other = sentence('taliban praised the move', 0.6);
    expect(selectSentences([long, short, other], { count: 2, targetWords: 10 })).toEqual([1, 2]);
  });

  test('word pairs count when given a weight', () => {
    const a: ScoredSentence = { tokens: ['handed', 'over', 'base'], probabilities: [0.5, 0.5, 0.5], bigramProbabilities: [0.9, 0.9] };
    const b: ScoredSentence = { tokens: ['base', 'handed', 'over'], probabilities: [0.5, 0.5, 0.5], bigramProbabilities: [0.0, 0.0] };
    expect(selectSentences([b, a], { count: 1, targetWords: 5, bigramWeight: 2 })).toEqual([1]);
  });

  test.each([
    [0, []],
    [3, [0, 1]],
  ])('count %i of two sentences', (count, expected) => {
    const s = [sentence('one two three', 0.5), sentence('four five six', 0.5)];
    expect(selectSentences(s, { count, targetWords: 10 })).toEqual(expected);
  });

  test('indices come back in article order', () => {
    const s = [sentence('low value words here', 0.05), sentence('more low words', 0.05), sentence('key facts of story', 0.9), sentence('main event happened today', 0.9)];
    const chosen = selectSentences(s, { count: 2, targetWords: 10 });
    expect(chosen).toEqual([...chosen].sort((x, y) => x - y));
    expect(chosen).toEqual([2, 3]);
  });
});
