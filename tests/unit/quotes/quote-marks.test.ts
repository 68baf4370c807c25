import { describe, expect, test } from 'vitest';
import { findMarkedQuotes } from '../../../src/core/quotes/quote-marks';
import { articleTextFromBlocks, articleTextFromPlainText } from '../../../src/core/text/article-text';

const inner = (text: string): string[] => {
  const article = articleTextFromPlainText(text);
  return findMarkedQuotes(article).map((q) => article.text.slice(q.innerStart, q.innerEnd));
};

describe('findMarkedQuotes', () => {
  test.each([
    ['curly double quotes', 'He said: “We are leaving.” Then he left.', ['We are leaving.']],
    ['straight double quotes', '"We are leaving," he said.', ['We are leaving,']],
    ['guillemets', 'Il a dit « nous partons » hier.', [' nous partons ']],
    ['single curly quotes', 'He called it ‘a positive step’ on Friday.', ['a positive step']],
    ['straight single quotes', "He said 'we will stay' and left.", ['we will stay']],
    ['doubled apostrophes', "''We will win,'' Mr. Trump said.", ['We will win,']],
    ['German low-high quotes', 'Er sagte „wir bleiben“ gestern.', ['wir bleiben']],
    ['two quotes in one paragraph', '"A," he said. "B."', ['A,', 'B.']],
    ['apostrophes are not quotes', 'Afghanistan’s largest base and the Taliban’s exit don’t count.', []],
    ['plural possessive is not a quote', 'The Afghans’ hopes rose.', []],
    ['a straight quote right after a comma closes', '"This is it,"Katie Packer said.', ['This is it,']],
    ['a right quote mark opening a paragraph opens', '”This is why it matters,” said John Smith.', ['This is why it matters,']],
    ['a right quote mark after a direction mark opens', '\u202a”They are evil,” he wrote.', ['They are evil,']],
    ['a right quote mark opening a paragraph before an ellipsis opens', '” … he delivered,” Barabak wrote.', [' … he delivered,']],
    ['a right quote mark after a space and before a word opens', 'He said ”no way” and left.', ['no way']],
    ['a right quote mark inside an open quote still closes it', '“We are done ”now.', ['We are done ']],
    // A straight mark setting off an excerpt on a page that quotes in curly marks is not closed by the
    // next curly opening mark: the curly pair is the quotation.
    ['a straight excerpt mark before curly quotes', '"The mayor praised the plan as “a fresh start” for the harbor.', ['a fresh start']],
    ['a straight excerpt mark continued from the paragraph before', '"The harbor had been closed for years.\n\n"The mayor called it “a fresh start” on Monday.', ['The harbor had been closed for years.', 'a fresh start']],
    ['a reversed curly pair still closes', 'He said ”we stay“ and left.', ['we stay']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  test('single quotes inside double quotes are nested, not separate passages', () => {
    const article = articleTextFromPlainText('“He said ‘no way’ to me,” she said.');
    const quotes = findMarkedQuotes(article);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.nested.map((n) => article.text.slice(n.start, n.end))).toEqual(['‘no way’']);
  });

  test('a quote left open at a paragraph end continues in the next paragraph that opens with a mark', () => {
    const article = articleTextFromPlainText('“We are leaving. The base is yours.\n\n“We will not come back,” he said.\n\nNothing more.');
    const quotes = findMarkedQuotes(article);
    expect(quotes.map((q) => [article.text.slice(q.innerStart, q.innerEnd), q.closed, q.continuation])).toEqual([
      ['We are leaving. The base is yours.', false, false],
      ['We will not come back,', true, true],
    ]);
  });

  test('a quote left open before a paragraph without a mark ends at its paragraph', () => {
    const article = articleTextFromPlainText('“We are leaving.\n\nThe troops left.');
    const quotes = findMarkedQuotes(article);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.closed).toBe(false);
    expect(article.text.slice(quotes[0]!.innerStart, quotes[0]!.innerEnd)).toBe('We are leaving.');
  });
});

describe('blockquotes', () => {
  test('a blockquote is a quoted passage without marks, and consecutive ones continue each other', () => {
    const article = articleTextFromBlocks([
      { text: 'The minister wrote on Facebook:', kind: 'paragraph' },
      { text: 'We are leaving the base today.', kind: 'blockquote' },
      { text: 'It is yours now, as “promised.”', kind: 'blockquote' },
    ]);
    const quotes = findMarkedQuotes(article);
    expect(quotes.map((q) => [article.text.slice(q.innerStart, q.innerEnd), q.mark, q.continuation])).toEqual([
      ['We are leaving the base today.', '', false],
      ['It is yours now, as “promised.”', '', true],
    ]);
    expect(quotes[1]!.nested.map((n) => article.text.slice(n.start, n.end))).toEqual(['“promised.”']);
  });
});
