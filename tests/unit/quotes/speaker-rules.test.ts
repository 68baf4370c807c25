import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Quote } from '../../../src/core/annotations';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

const quotesOf = (text: string): Quote[] => findQuotes(articleTextFromPlainText(text), []);
const spoken = (text: string, q: Quote | undefined): string | null => (q?.speaker?.start != null ? text.slice(q.speaker.start, q.speaker.end) : null);
/** The speaker of the direct quote whose text starts with `opening`. */
const speakerOf = (text: string, opening: string): string | null => spoken(text, quotesOf(text).find((q) => q.direct && q.text.startsWith(opening)));

describe('a later quotation in the sentence of a quoted speaker', () => {
  test.each([
    ['the second half of an interrupted quotation', '"This used to be Russia\'s back yard," said Raffaello Pantucci, director of studies at the institute, "but it is increasingly coming into China\'s orbit."', 'but it is', 'Raffaello Pantucci'],
    ['a partial quote in a participle clause', '"This merger will leave taxpayers holding the bag," Hillary Clinton said in a statement, calling on Congress to force large corporations to pay "their fair share" of taxes.', 'their fair', 'Hillary Clinton'],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  test('a quotation in a later sentence is not taken over by this rule', () => {
    const text = '"We will win," said Mark Smith. Critics dismissed the "secret plan" as fiction.';
    expect(speakerOf(text, 'secret plan')).not.toBe('Mark Smith');
  });
});
