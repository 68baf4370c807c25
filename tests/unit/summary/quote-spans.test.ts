import { describe, expect, test } from 'vitest';
import { findQuoteSpans } from '../../../src/core/summary/quote-spans';

const quoted = (text: string): string[] => findQuoteSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('findQuoteSpans', () => {
  test.each([
    ['a quotation over two sentences', 'Aman said: “The base was handed over. The forces have withdrawn.” Then he left.', ['“The base was handed over. The forces have withdrawn.”']],
    ['straight double quotes', 'He called it a "positive step" on Friday.', ['"positive step"']],
    ['single curly quotes with apostrophes inside', 'Locke said: ‘I’d be over the moon. It’s a great club.’ He smiled.', ['‘I’d be over the moon. It’s a great club.’']],
    ['apostrophes alone are not quotes', "Afghanistan's largest airfield and the players' kit don't count.", []],
    ['a quoted paragraph reopened without closing the last', '‘I had a taste of it. ‘But it is not about me.’ He left.', ['‘I had a taste of it. ‘But it is not about me.’']],
    ['a quotation left open at the end of the block', '“We will step forward for the security of the country.', ['“We will step forward for the security of the country.']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test('a mark never closed within many words was not a quotation', () => {
    const text = `He said ‘${'word '.repeat(200)}end.`;
    expect(quoted(text)).toEqual([]);
  });

  test('spans stay inside the given range', () => {
    const text = '"Outside." Inside "here" only.';
    expect(findQuoteSpans(text, 11, text.length).map((s) => text.slice(s.start, s.end))).toEqual(['"here"']);
  });
});
