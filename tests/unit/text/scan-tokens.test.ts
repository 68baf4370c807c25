import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scanTokens } from '../../../src/core/text/scan-tokens';
import { tokenizeByExpression as tokenize } from '../../../src/core/text/tokenize';

// Pieces that exercise each alternative of the tokenizer's expression and the code point rules.
const PIECES = [
  'U.S.', 'U.S', 'e.g.', 'i.e', 'A.B.C.D', 'Ü.Ö.', 'é.è.', "don't", 'rock’n’roll', 'NATO-led', '--', '...', 'a.', '.a', "'s", '’', '-x', 'x-',
  '2.5', '3,000', '½', '٣', 'é', 'cafe\u0301', '\u0301x', '😀', '𝐀.𝐁.', '𝐀𝐁', '\ud800', '\udc00', 'Ⅻ', 'ǅ.ǅ.', '“', '”', '—', '…', '$', '|', '=',
  ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '\u2028', 'Σ', 'İstanbul', 'ﬁ', 'x', 'Y', '1',
];

/** A deterministic pseudo-random generator, so that failures can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe('scanTokens gives exactly the shared tokenizer tokens', () => {
  test.each([
    ['initials and abbreviations', 'The U.S. and U.K. (e.g. Mr. Smith) met A.B.C. at 3 p.m.'],
    ['inner separators', "rock’n’roll isn't NATO-led... it's 'quoted' -- or - not."],
    ['astral and combining characters', 'café\u0301 😀 𝐀.𝐁. text \ud800 lone'],
    ['with an offset', '  leading spaces\tand\u00a0odd\u2009spaces  '],
  ])('%s', (_name, text) => {
    expect(scanTokens(text, 7)).toEqual(tokenize(text, 7));
  });

  test('on the seed article', () => {
    const text = fs.readFileSync('tests/fixtures/bagram-article.txt', 'utf8');
    expect(scanTokens(text)).toEqual(tokenize(text));
  });

  test('on random strings of tricky pieces', () => {
    const next = random(42);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const len = 1 + Math.floor(next() * 12);
      for (let i = 0; i < len; i++) text += PIECES[Math.floor(next() * PIECES.length)]!;
      expect(scanTokens(text)).toEqual(tokenize(text));
    }
  });
});
