import { describe, expect, test } from 'vitest';
import { withoutUnmatchedCloser } from '../../../src/core/quotes/index';

describe('a reported piece leaves out a bracket closed after it', () => {
  test.each([
    ['a parenthetical sentence', '(The mayor said the budget would pass.)', 'the budget would pass.)', 'the budget would pass'],
    ['a bracket the piece opened stays', 'He said the vote (held Monday) was fair', 'the vote (held Monday)', 'the vote (held Monday)'],
    ['a square bracket closed outside', '[Officials said talks resumed]', 'talks resumed]', 'talks resumed'],
    ['no bracket at the end', 'She said the plan works.', 'the plan works', 'the plan works'],
  ])('%s', (_name, text, piece, expected) => {
    const start = text.indexOf(piece);
    const span = withoutUnmatchedCloser(text, { start, end: start + piece.length });
    expect(text.slice(span.start, span.end)).toBe(expected);
  });
});
