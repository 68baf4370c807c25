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

describe('a cue after a comma with its speaker after it closes the statement before it', () => {
  test.each([
    ['an apposition and a relative clause', 'Nor are tariffs likely to bring many of these jobs back, said David Autor, a professor of economics at M.I.T., who is one of the foremost specialists on trade.', 'Nor are tariffs likely to bring many of these jobs back', 'David Autor'],
    ['a relative clause', 'A more subdued Bill Clinton may not be such a bad thing either, say some Democrats, who cringe as they recall his words in the 2008 race.', 'A more subdued Bill Clinton may not be such a bad thing either', 'Democrats'],
    ['a title before the name', 'The big steel plant is hanging on, but it is under intense pressure from Asian imports, said the company’s chief executive, John Ferriola.', 'it is under intense pressure from Asian imports', 'chief executive'],
  ])('%s', (_name, text, statement, speaker) => {
    const quotes = quotesOf(text);
    // The statement is the clause before the cue (the scorer trims its closing comma), never the speaker's description.
    const q = quotes.find((x) => x.cue?.verb === 'said' || x.cue?.verb === 'say');
    expect(q?.text.replace(/,$/, '').endsWith(statement)).toBe(true);
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toContain(speaker);
  });
});

describe('a quotation after "“A,” he said" continues the quote only when punctuation sets it off', () => {
  test.each([
    ['a show told', '"We have to really increase the bombings," the nominee told "Fox and Friends" after the attack.', 'Fox and Friends', false],
    ['a book title in an apposition', '"You have to be careful," said James Miller, a co-author of "Those Guys Have All the Fun."', 'Those Guys Have All the Fun', false],
    ['a continued quote', '"We will win," he said, "and we will win big."', 'and we will win big', true],
  ])('%s', (_name, text, second, kept) => {
    expect(texts(text).some((t) => t.includes(second))).toBe(kept);
  });
});

describe('an infinitive after a verb of intent is its statement; "to" before a noun phrase is not', () => {
  test.each([
    ['vowed to', 'Trump vowed to repeal the health care law within his first hundred days.', 'to repeal the health care law', true],
    ['declined to', 'The spokesman declined to comment on the report.', 'to comment', true],
    ['a preposition', 'Trump vowed to the crowd that he would win.', 'to the crowd', false],
  ])('%s', (_name, text, statement, found) => {
    expect(texts(text).some((t) => t.startsWith(statement))).toBe(found);
  });
});

describe('"…, X told Y." closes the statement before it', () => {
  test.each([
    ['a newspaper', 'He had been completing his second year at the school, a school spokesman told The Wall Street Journal.', 'He had been completing his second year at the school', 'a school spokesman'],
    ['reporters and a day', 'The plan will fail without more money, Smith told reporters on Monday.', 'The plan will fail without more money', 'Smith'],
  ])('%s', (_name, text, statement, speaker) => {
    const q = quotesOf(text).find((x) => x.cue?.verb === 'told');
    expect(q?.text.replace(/,$/, '')).toBe(statement);
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(speaker);
  });
});

describe('a sentence opening "Asked whether …," is an attribution of the question', () => {
  test.each([
    ['whether', 'Asked whether he would run again, Smith said he had not decided.', 'whether he would run again'],
    ['about', 'Asked about his previous criticisms of Trump, Christie said that was part of the race.', 'his previous criticisms of Trump'],
    ['by someone, to', 'Asked by reporters to respond to the criticism, Carson said, "What does it say about people?"', 'to respond to the criticism'],
  ])('%s', (_name, text, question) => {
    const q = quotesOf(text).find((x) => x.cue?.verb.toLowerCase().startsWith('asked'));
    expect(q?.text.replace(/,$/, '')).toBe(question);
    expect(q?.speaker).toBeNull();
  });

  test('"asked" inside a sentence is not an opening question', () => {
    expect(quotesOf('The reporter asked whether he would run again, and Smith said no.').some((q) => q.text.startsWith('whether he would run again') && q.speaker === null)).toBe(false);
  });
});

describe('"according to X" after a conjunction sources the clause after it', () => {
  test.each([
    ['because', 'He will go to the next debate, because, according to Trump, the media would call him a chicken if he did not.', 'the media would call him a chicken if he did not'],
    ['a closing "according to" still sources the clause before it', 'The deal collapsed on Friday, according to two officials.', 'The deal collapsed on Friday'],
  ])('%s', (_name, text, statement) => {
    const q = quotesOf(text).find((x) => x.cue?.verb.toLowerCase().startsWith('according'));
    expect(q?.text.replace(/[,.]$/, '')).toBe(statement);
  });
});
