import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Quote } from '../../../src/core/annotations';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { analyze } from '../../../src/core/quotes/analysis';
import { misreadSubject, subjectBefore } from '../../../src/core/quotes/speaker-phrase';
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
    ['a noun in "-ly" is no adverb: the family', 'The family said the house was lost in the fire.', 'said', 'The family'],
    ['nor is an ally', 'Her closest ally said the deal was dead.', 'said', 'Her closest ally'],
    ['an adverb in "-ly" before the cue is skipped', 'The mayor reportedly said the budget would be cut.', 'said', 'The mayor'],
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

describe('the subject before a cue', () => {
  /** The subject phrase before the first token `cue` of `text`, as text, or null. */
  const before = (text: string, cue: string): string | null => {
    const a = analyze(articleTextFromPlainText(text));
    const k = a.lower.indexOf(cue);
    const p = subjectBefore(a, k, 0);
    return p ? text.slice(a.tokens[p.tokStart]!.start, a.tokens[p.tokEnd - 1]!.end) : null;
  };
  test.each([
    ['Harbor residents have always said the pier was unsafe.', 'said', 'Harbor residents'],
    ['The new tenants can’t quite believe the rent went down.', 'believe', 'The new tenants'],
    ['Two bakers really think the oven is broken.', 'think', 'Two bakers'],
    ['The union cannot accept the offer as it stands.', 'accept', 'The union'],
  ])('%s', (text, cue, shown) => {
    expect(before(text, cue)).toBe(shown);
  });
});

describe('a verb phrase read as a speaker stands for its sentence subject', () => {
  /** The subject found for a misread phrase running from token `from` for `n` tokens. */
  const subjectFor = (text: string, from: string, n: number): string | null => {
    const a = analyze(articleTextFromPlainText(text));
    const s = a.lower.indexOf(from);
    const p = misreadSubject(a, { tokStart: s, tokEnd: s + n, name: null, pronoun: false });
    return p ? text.slice(a.tokens[p.tokStart]!.start, a.tokens[p.tokEnd - 1]!.end) : null;
  };
  test('a noun phrase subject of the first verb', () => {
    expect(subjectFor('The coach has praised the young players, described the season as "a gift" and thanked the fans.', 'praised', 4)).toBe('The coach');
  });
  test('a capitalised phrase is no verb phrase and is not replaced by that subject', () => {
    expect(subjectFor('The coach has praised the team, Maria Lopez said.', 'maria', 2)).not.toBe('The coach');
  });
});

describe('a finite verb coordinated after "and" shares its clause subject', () => {
  test.each([
    ['Mayor Dana Whitfield visited the plant and formally endorsed the plan, saying it would help.', 'endorsed', 'Dana Whitfield'],
    ['She toured the harbor but quietly rejected the offer.', 'rejected', 'She'],
  ])('%s', (text, cue, shown) => {
    const a = analyze(articleTextFromPlainText(text));
    const p = subjectBefore(a, a.lower.indexOf(cue), 0);
    const name = p && (p.name ?? [p.tokStart, p.tokEnd]);
    expect(name && text.slice(a.tokens[name[0]]!.start, a.tokens[name[1] - 1]!.end)).toBe(shown);
  });
});

describe('a signature line after a quotation', () => {
  test.each([
    ['a name and a town', '"The new park is the best thing to happen here in years."\n\n- Rosa Delgado, Tucson.', 'Rosa Delgado'],
    ['a name and what the speaker was doing', '"The vote was close but fair."\n\n- Senator Amos Reed, speaking after the count.', 'Amos Reed'],
  ])('%s', (_name, text, shown) => {
    const q = quotesOf(text).find((x) => x.direct);
    expect(q?.speaker?.name).toBe(shown);
  });
});

describe('a paragraph opening on its cue and closing on a colon', () => {
  test.each([
    ['a name after the verb', 'The campaign released a statement on Friday.\n\nStated Holt:\n\n"Nobody here wants higher taxes."', 'Holt'],
    ['an apposition naming the speaker', 'The campaign released a statement on Friday.\n\nSaid the mayor’s aide, Tom Reyes:\n\n"We will publish the figures."', 'Tom Reyes'],
  ])('%s', (_name, text, shown) => {
    expect(quotesOf(text).find((q) => q.direct)?.speaker?.name).toBe(shown);
  });
});
