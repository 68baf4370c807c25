import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerModel } from '../../../src/core/models';
import { analyze, type QuoteAnalysis } from '../../../src/core/quotes/analysis';
import { findAttributions } from '../../../src/core/quotes/attributions';
import { boundaryFeatures, boundaryScore, isBoundary } from '../../../src/core/quotes/content-end';
import { findCues, type QuotesModel } from '../../../src/core/quotes/cue-model';
import { findQuotes } from '../../../src/core/quotes/index';
import { score } from '../../../src/core/quotes/linear-model';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

const committed = JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')) as QuotesModel;

const analysisOf = (text: string): QuoteAnalysis => analyze(articleTextFromPlainText(text));
/** The index of the first token spelled `word` (lower case). */
const at = (a: QuoteAnalysis, word: string): number => a.lower.indexOf(word);

describe('where a reported statement may stop', () => {
  test.each([
    ['after a quotation closing on a comma, whatever word follows', 'The senator called the bill “a giveaway,” an insult to voters.', 'an', true],
    ['not after a quotation closing on a word', 'The senator called the bill a “giveaway” Monday in Denver.', 'monday', false],
    ['before a boundary word', 'The senator said the bill would pass in March.', 'in', true],
    ['not before an ordinary word', 'The senator said the bill would pass in March.', 'bill', false],
    ['not inside a quotation', 'The senator called it “a giveaway in disguise” on Monday.', 'in', false],
  ])('%s', (_name, text, word, expected) => {
    const a = analysisOf(text);
    expect(isBoundary(a, at(a, word))).toBe(expected);
  });
});

describe('how the quotation before a boundary closed', () => {
  const closing = (text: string, word: string): string | undefined => {
    const a = analysisOf(text);
    return boundaryFeatures(a, 0, at(a, word), a.tokens.length).find((f) => f.startsWith('close='));
  };
  test.each([
    ['on a comma', 'He said the plan was “a careful compromise,” but voters disagreed.', 'but', 'close=,'],
    ['on a word', 'He called the plan a “careful compromise” on Friday.', 'on', 'close=w'],
    ['after no quotation', 'He said the plan was careful, but voters disagreed.', 'but', 'close=no'],
  ])('%s', (_name, text, word, expected) => {
    expect(closing(text, word)).toBe(expected);
  });

  test('the piece-wise score counts it like the feature names do', () => {
    const a = analysisOf('He said the plan was “a careful compromise,” but voters disagreed.');
    const weights = { 'close=,': 2, 'close=no': -1, cut: 0.5 };
    for (let j = 1; j <= a.tokens.length; j++) expect(boundaryScore(a, 0, j, a.tokens.length, '-', weights)).toBe(score(weights, boundaryFeatures(a, 0, j, a.tokens.length)));
  });
});

describe('a reported statement holding a quotation, then more words', () => {
  /** The content of the attributions found with the committed cues, rule-based ends and the given mixed-end weights. */
  const statements = (text: string, mixedEnd: Record<string, number> | undefined): string[] => {
    const a = analysisOf(text);
    const model = { ...committed, contentEnd: {}, mixedEnd } as QuotesModel;
    const thresholds = { direct: model.cueThresholdDirect, indirect: model.cueThreshold };
    const cues = findCues(a, model, Math.min(thresholds.direct, thresholds.indirect));
    return findAttributions(a, cues, model, thresholds).flatMap((r) => r.pieces.map((p) => text.slice(p.start, p.end)));
  };
  const text = 'The mayor said the budget was “a careful compromise,” but council members voted it down.';

  test('ends with the quotation when the mixed-quote end model prefers it', () => {
    expect(statements(text, { 't=quote': 5 })).toContain('the budget was “a careful compromise,”');
  });

  test('runs on when the model prefers the sentence end', () => {
    expect(statements(text, { 't=end': 5 })).toContain('the budget was “a careful compromise,” but council members voted it down');
  });

  test('runs on without a trained mixed-quote end model', () => {
    expect(statements(text, undefined)).toContain('the budget was “a careful compromise,” but council members voted it down');
  });

  test('keeps a closing "according to" inside the statement it sources', () => {
    const found = statements('The mayor said the budget was “a careful compromise,” according to two aides.', { 't=quote': 5 });
    expect(found).not.toContain('the budget was “a careful compromise,”');
  });
});

describe('a show named in quotation marks after the cue is part of the channel', () => {
  beforeAll(() => {
    registerModel('quotes', committed);
  });
  const statementsOf = (text: string): string[] => findQuotes(articleTextFromPlainText(text), []).map((q) => q.text);

  test.each([
    ['before "that"', 'The senator said on NBC’s “Meet the Press” on Sunday that the bill would fail.', 'that the bill would fail'],
    ['before a clause, past the day', 'The governor said on “The Daily Show” on Monday he would veto it.', 'he would veto it'],
  ])('%s', (_name, text, expected) => {
    expect(statementsOf(text)).toEqual([expected]);
  });

  test('a quotation after the channel that is no title is still the statement', () => {
    expect(statementsOf('The senator said on Twitter, “The bill will fail.”')).toEqual(['The bill will fail.']);
  });
});
