import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Quote } from '../../../src/core/annotations';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { analyze } from '../../../src/core/quotes/analysis';
import { pronounOf, speakerNounPhrase } from '../../../src/core/quotes/speaker-noun-phrase';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

const quotesOf = (text: string): Quote[] => findQuotes(articleTextFromPlainText(text), []);
/** The attribution whose cue is `verb`. */
const byCue = (text: string, verb: string): Quote | undefined => quotesOf(text).find((q) => q.cue?.verb === verb);

describe('a speaker phrase is cut to the noun phrase a reader expects', () => {
  test.each([
    ['a negated helper after a pronoun', 'I don’t think the new bridge will open before winter.', 'think', 'I'],
    ['an adverb after a pronoun', 'I always tell my students to read the footnotes first.', 'tell', 'I'],
    ['a pronoun joined to its helper', 'We’ve asked the council to publish the budget by Friday.', 'asked', 'We'],
    ['a negation and an adverb after a noun phrase', 'Oregon farmers can’t quite believe the harvest came in so early.', 'believe', 'Oregon farmers'],
  ])('%s', (_name, text, verb, shown) => {
    expect(byCue(text, verb)?.speaker?.name).toBe(shown);
  });

  test('the trimmed speaker still points at the words in the text', () => {
    const text = 'Oregon farmers can’t quite believe the harvest came in so early.';
    const sp = byCue(text, 'believe')?.speaker;
    expect(sp && text.slice(sp.start, sp.end)).toBe('Oregon farmers');
  });

  test('a clause opened by a subordinator has no speaker', () => {
    const q = byCue('Whether you’re looking to repaint a room or fix a fence, the store can help.', 'looking');
    expect(q?.speaker ?? null).toBeNull();
  });

  test('a name followed by its verb is kept whole', () => {
    expect(byCue('Mayor Alma Ortiz said the bridge will open in spring.', 'said')?.speaker?.name).toBe('Alma Ortiz');
  });
});

describe('a month is never a channel', () => {
  test.each([
    ['an abbreviation with its period', 'The Harbor Company announced in Sept. that it was leaving the city.', 'announced'],
    ['a month written out', 'The Harbor Company said in May that it was leaving the city.', 'said'],
  ])('%s', (_name, text, verb) => {
    const q = byCue(text, verb);
    expect(q).toBeDefined();
    expect(q!.channel).toBeNull();
  });

  test('an outlet after "in" is still a channel', () => {
    expect(byCue('The Harbor Company said in Reuters that it was leaving the city.', 'said')?.channel?.name).toBe('Reuters');
  });
});

describe('pronounOf', () => {
  test.each([
    ['we’ve', 'we'],
    ["i'm", 'i'],
    ['they’re', 'they'],
    ['he', 'he'],
    ['it’s', null],
    ['words', null],
  ])('%s -> %s', (word, bare) => {
    expect(pronounOf(word)).toBe(bare);
  });
});

describe('speakerNounPhrase on the words before a cue', () => {
  /** The phrase left from the first `n` tokens of `text`, as text, or null. */
  const trimmed = (text: string, n: number): string | null => {
    const a = analyze(articleTextFromPlainText(text));
    const p = speakerNounPhrase(a, { tokStart: 0, tokEnd: n, name: null, pronoun: false });
    return p ? text.slice(a.tokens[p.tokStart]!.start, a.tokens[p.tokEnd - 1]!.end) : null;
  };
  test.each([
    ['Numbers cannot describe it.', 2, 'Numbers'],
    ['Oregon farmers can’t quite believe it.', 4, 'Oregon farmers'],
    ['I wake up every day thinking.', 5, 'I'],
    ['Whether you’re looking.', 2, null],
    ['If officials said so.', 2, null],
    ['your story tells it.', 2, null],
    ['Local farmers really believe it.', 3, 'Local farmers'],
    ['The family lawyer said it.', 3, 'The family lawyer'],
    ['Will Doyle said it.', 2, 'Will Doyle'],
  ])('%s (%i tokens) -> %s', (text, n, shown) => {
    expect(trimmed(text, n)).toBe(shown);
  });
});
