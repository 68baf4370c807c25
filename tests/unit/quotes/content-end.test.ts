import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/quotes/analysis';
import { contentEnd } from '../../../src/core/quotes/content-end';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

/** The text of the statement that starts at the first occurrence of `from`, as contentEnd ends it (no model). */
function statement(text: string, from: string): string {
  const a = analyze(articleTextFromPlainText(text));
  const start = a.lower.indexOf(from);
  const u = a.units[a.unitOf[start]!]!;
  const end = contentEnd(a, start, u.tokEnd, null);
  return text.slice(a.tokens[start]!.start, a.tokens[end - 1]!.end);
}

describe('where a reported statement ends without a model', () => {
  test.each([
    ['at the unit end', 'He said that the base would close by Friday.', 'that', 'that the base would close by Friday'],
    ['before a participle that adds a new statement', 'He said that the base would close, adding that talks would go on.', 'that', 'that the base would close'],
    // The unit keeps the short sentence after a quotation closing on its own stop, the statement does not.
    ['at a quotation closing its sentence', 'Melania Trump tells supporters that “he loves you.” She says they will go on.', 'that', 'that “he loves you.”'],
    ['at a quotation closing on its own stop inside a sentence', 'He yelled “You lie!” at the president during the address.', '“', '“You lie!”'],
  ])('%s', (_name, text, from, expected) => {
    expect(statement(text, from)).toBe(expected);
  });
});
