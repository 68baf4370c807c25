import { describe, expect, test } from 'vitest';
import { articleTextFromBlocks, articleTextFromPlainText, articleTextFromRawText, blockAt } from '../../../src/core/text/article-text';

describe('articleTextFromBlocks', () => {
  test('joins non-empty blocks with a blank line and records their spans and kinds', () => {
    const a = articleTextFromBlocks([
      { text: 'Headline', kind: 'headline' },
      { text: '   ', kind: 'paragraph' },
      { text: 'Body one.', kind: 'paragraph' },
      { text: 'Photo: AP', kind: 'caption' },
    ]);
    expect(a.text).toBe('Headline\n\nBody one.\n\nPhoto: AP');
    expect(a.blocks.map((b) => [a.text.slice(b.start, b.end), b.kind])).toEqual([
      ['Headline', 'headline'],
      ['Body one.', 'paragraph'],
      ['Photo: AP', 'caption'],
    ]);
  });
});

describe('articleTextFromPlainText', () => {
  test('splits paragraphs on blank lines and folds inner line breaks', () => {
    const a = articleTextFromPlainText('First line\ncontinues.\r\n\r\nSecond.\n\n\n');
    expect(a.blocks.map((b) => a.text.slice(b.start, b.end))).toEqual(['First line continues.', 'Second.']);
  });
});

describe('articleTextFromRawText', () => {
  test.each([
    ['one\n\n two \nthree', ['one', 'two', 'three']],
    ['', []],
    ['\n\n  \n', []],
    ['single', ['single']],
  ])('keeps %j unchanged and finds its lines', (raw, lines) => {
    const a = articleTextFromRawText(raw);
    expect(a.text).toBe(raw);
    expect(a.blocks.map((b) => raw.slice(b.start, b.end))).toEqual(lines);
  });
});

describe('blockAt', () => {
  const a = articleTextFromBlocks([
    { text: 'abc', kind: 'paragraph' },
    { text: 'de', kind: 'paragraph' },
  ]);
  test.each([
    [0, 'abc'],
    [2, 'abc'],
    [3, null],
    [4, null],
    [5, 'de'],
    [6, 'de'],
    [7, null],
  ])('offset %i is in %j', (offset, expected) => {
    const b = blockAt(a, offset);
    expect(b ? a.text.slice(b.start, b.end) : null).toBe(expected);
  });
});
