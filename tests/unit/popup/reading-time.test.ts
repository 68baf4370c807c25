import { expect, test } from 'vitest';
import { minutesForWords, readingMinutes } from '../../../src/popup/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

test.each([
  [0, 0],
  [1, 1],
  [300, 1],
  [554, 2],
  [1000, 4],
  [2380, 10],
])('%d words → %d min', (n, minutes) => {
  expect(readingMinutes(words(n))).toBe(minutes);
  // The count the content script reports before the core runs gives the same minutes.
  expect(minutesForWords(n)).toBe(minutes);
});

test.each([-1, Number.NaN])('no words (%d) → 0 min', (n) => {
  expect(minutesForWords(n)).toBe(0);
});
