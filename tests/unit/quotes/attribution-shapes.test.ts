import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

const quotesOf = (text: string) => findQuotes(articleTextFromPlainText(text), []);
const texts = (text: string): string[] => quotesOf(text).map((q) => q.text);

describe('what follows "said X," is a description of X, not more of the statement', () => {
  test.each([
    ['an apposition', 'The plan may be "strategic," said Jeffery Hemsley, an assistant professor at Syracuse University.', 'an assistant professor'],
    ['a relative clause', 'The hire "is a good decision for Trump," said Black, who has been friends with Manafort for 40 years.', 'who has been friends'],
  ])('%s', (_name, text, description) => {
    const found = texts(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((t) => t.includes(description))).toBe(false);
  });
});

describe('a closing "according to" sources the whole sentence', () => {
  test('the reported clause before it is part of its statement, not a statement of its own', () => {
    const quotes = quotesOf('Republicans also denounced the deal, according to company leaders.');
    expect(quotes.map((q) => [q.text, q.cue?.verb])).toEqual([['Republicans also denounced the deal', 'according to']]);
  });
});
