import { describe, expect, test } from 'vitest';
import { isTrained, score } from '../../../src/core/quotes/linear-model';

// Enough keys that probe chains form in the hash table, with names that differ in one character.
const many: Record<string, number> = {};
for (let i = 0; i < 5000; i++) many[`w=${i.toString(36)}|n1=${(i * 7) % 13}`] = (i % 17) / 8 - 1;

describe('linear model score', () => {
  test.each([
    [['a', 'b'], 1.5 + -0.25],
    [['b', 'zzz', 'a'], -0.25 + 0 + 1.5],
    [['zzz'], 0],
    [[], 0],
    [['a', 'a'], 3],
  ])('sums the weights of %j in order, unknown names weighing nothing', (features, expected) => {
    expect(score({ a: 1.5, b: -0.25 }, features)).toBe(expected);
  });

  test('agrees with a plain lookup for every key of a large model and for near-miss names', () => {
    const names = Object.keys(many);
    for (const k of names) expect(score(many, [k])).toBe(many[k]);
    for (const k of names.slice(0, 500)) {
      expect(score(many, [`${k}x`])).toBe(0);
      expect(score(many, [k.slice(0, -1)])).toBe(k.slice(0, -1) in many ? many[k.slice(0, -1)] : 0);
    }
    let expected = 0;
    for (const k of names.slice(0, 40)) expected += many[k]!;
    expect(score(many, names.slice(0, 40))).toBe(expected);
  });

  test.each([
    [undefined, false],
    [{}, false],
    [{ bias: 0.1 }, true],
  ])('isTrained(%j) is %s', (weights, trained) => {
    expect(isTrained(weights)).toBe(trained);
  });
});
