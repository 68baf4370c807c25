import { describe, expect, test } from 'vitest';
import { caseClass, longShape, shortShape } from '../../../src/core/entities/word-shape';

describe('word shapes', () => {
  test.each([
    ['McDonald', 'XxXx', 'XxXxxx~'],
    ['1996-08-30', 'd-d-d', 'dddd-d~'],
    ['Kabul', 'Xx', 'Xxxxx'],
    ['Zoë', 'Xx', 'Xxx'],
    ['ÉLYSÉE', 'X', 'XXXXXX'],
    ['𝐀bc', 'Xx', 'Xxx'],
    ['😀😀x', '😀x', '😀😀x'],
    ['a\ud800', 'x\ud800', 'x\ud800'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['', '', ''],
  ])('%j: short shape %j, long shape %j', (word, short, long) => {
    expect(shortShape(word)).toBe(short);
    expect(longShape(word)).toBe(long);
  });

  test.each([
    ['kabul', 1],
    ['Kabul', 2],
    ['NATO', 3],
    ['McDonald', 4],
    ['1996', 5],
    ['--', 6],
    ['ÉLYSÉE', 3],
    ['Zoë', 2],
    ['日本', 1],
    ['', 0],
  ])('caseClass(%j) = %i', (word, cls) => {
    expect(caseClass(word)).toBe(cls);
  });
});
