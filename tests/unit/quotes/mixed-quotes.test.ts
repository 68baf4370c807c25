import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerModel } from '../../../src/core/models';
import { analyze } from '../../../src/core/quotes/analysis';
import { mixedEnd, mixedEndCandidates, mixedStart, mixedStartCandidates } from '../../../src/core/quotes/content-end';
import type { QuotesModel } from '../../../src/core/quotes/cue-model';
import { findQuotes } from '../../../src/core/quotes/index';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

/** The analysis of a text and the token where its first quotation opens. */
function firstQuotation(text: string): { a: ReturnType<typeof analyze>; q: number } {
  const a = analyze(articleTextFromPlainText(text));
  return { a, q: a.quoteOf.findIndex((x) => x >= 0) };
}

describe('where a statement holding a quotation may start', () => {
  test.each([
    ['back to the sentence start', 'He called it a “disaster” for all.', ['“', 'a', 'it', 'called', 'he']],
    ['not past a colon', 'The headline read: “Finally.”', ['“']],
    ['not past an earlier quotation', 'She praised the “grit” and “heart” of the team.', ['“', 'and']],
  ])('%s', (_name, text, expected) => {
    const { a, q } = firstQuotation(text);
    const last = text.includes('and “') ? a.quoteOf.findIndex((x) => x === 1) : q;
    expect(mixedStartCandidates(a, 0, last).map((k) => a.lower[k])).toEqual(expected);
  });

  test('without a trained model the statement is the quotation alone', () => {
    const { a, q } = firstQuotation('He called it a “disaster” for all.');
    expect(mixedStart(a, 0, q, null)).toBe(q);
  });

  test('the model picks the candidate its weights prefer', () => {
    const { a, q } = firstQuotation('He called it a “disaster” for all.');
    const model = { mixedStart: { 'p1=called': 5 } } as unknown as QuotesModel;
    expect(a.lower[mixedStart(a, 0, q, model)]).toBe('it');
  });
});

describe('where a statement holding a quotation may end', () => {
  const text = 'He blamed a “bad earpiece” before details emerged, aides said.';
  test('right after the quotation, at boundary words after it, or at the sentence end', () => {
    const { a, q } = firstQuotation(text);
    const qe = a.quoteOf.lastIndexOf(0) + 1;
    expect(mixedEndCandidates(a, qe, a.tokens.length).map((j) => a.lower[j] ?? '</S>')).toEqual(['before', ',', '.']);
    expect(mixedEnd(a, 0, q, qe, a.tokens.length, null)).toBe(qe);
    const model = { mixedEnd: { 'w=,': 5 } } as unknown as QuotesModel;
    expect(a.lower[mixedEnd(a, 0, q, qe, a.tokens.length, model)]).toBe(',');
  });
});

describe('mixed quotes in the trained quote finder', () => {
  test.each([
    ['an object before a quoted label', 'Clinton described Trump as a “con artist” on Monday.', 'Trump as a “con artist'],
  ])('%s', (_name, text, expected) => {
    const quotes = findQuotes(articleTextFromPlainText(text), []);
    const q = quotes.find((x) => x.direct && x.text.includes('con artist'));
    expect(q?.text.replace(/[”"]+$/, '')).toBe(expected);
  });
});

describe('a quotation closed by a cue after it takes the words its clause runs into it with', () => {
  test.each([
    ['a subject and verb before the quotation', 'Elsewhere it was calm. The plan is “a gift to the rich,” Senator Vale said.', 'The plan is “a gift to the rich,”'],
    ['the clause after a colon only', 'Then came the test: the bill was “dead on arrival,” Mr. Ortiz said.', 'the bill was “dead on arrival,”'],
    ['a quotation opening its sentence stays alone', 'Elsewhere it was calm. “The plan is a gift to the rich,” Senator Vale said.', 'The plan is a gift to the rich,'],
    ['a quotation set off by a comma stays alone', 'Still, “the plan is a gift to the rich,” Senator Vale said.', 'the plan is a gift to the rich,'],
  ])('%s', (_name, text, expected) => {
    const quotes = findQuotes(articleTextFromPlainText(text), []);
    const q = quotes.find((x) => x.direct && (x.text.includes('gift') || x.text.includes('dead on')));
    expect(q?.text).toBe(expected);
    expect(q?.speaker?.name).toMatch(/Vale|Ortiz/);
  });
});
