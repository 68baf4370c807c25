import { expect, test } from 'vitest';
import { readingMinutes } from '../../../src/popup/reading-time';

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
});
