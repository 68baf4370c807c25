import { describe, expect, test } from 'vitest';
import { partitionPoint } from '../../../src/core/text/partition-point';

describe('partitionPoint', () => {
  const xs = [2, 4, 4, 7, 9];
  test.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [4, 1],
    [5, 3],
    [9, 4],
    [10, 5],
  ])('the first of [2, 4, 4, 7, 9] not below %i is at %i', (x, at) => {
    expect(partitionPoint(xs.length, (i) => xs[i]! < x)).toBe(at);
  });

  test('an empty range gives 0', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
