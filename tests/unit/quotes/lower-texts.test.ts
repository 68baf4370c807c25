import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lowerTexts } from '../../../src/core/quotes/analysis';
import { tokenize } from '../../../src/core/text/tokenize';

describe('lowerTexts gives each token lower-cased on its own', () => {
  test.each([
    ['plain ASCII', 'The U.S. Senate SAID on Friday.'],
    ['curly quotes and dashes', '“We Will Not Leave,” said Aman — AGAIN.'],
    ['a character that grows when lower-cased', 'İstanbul and IZMIR'],
    ['a final sigma', 'ΟΔΥΣΣΕΥΣ ΣΑΣ said'],
    ['astral capitals and titlecase letters', '𐐀𐐁 ǅemal Ⅻ Ⓐ'],
    ['the seed article', fs.readFileSync('tests/fixtures/bagram-article.txt', 'utf8')],
  ])('%s', (_name, text) => {
    const tokens = tokenize(text);
    expect(lowerTexts(text, tokens)).toEqual(tokens.map((t) => t.text.toLowerCase()));
  });
});
