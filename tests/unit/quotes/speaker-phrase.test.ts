import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/quotes/analysis';
import { clauseSubject, subjectBefore } from '../../../src/core/quotes/speaker-phrase';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

/** The subject phrase subjectBefore finds for the cue word `cue` (its first occurrence), as text. */
function subjectOf(text: string, cue: string): string | null {
  const a = analyze(articleTextFromPlainText(text));
  const k = a.lower.indexOf(cue);
  const u = a.units[a.unitOf[k]!]!;
  const p = subjectBefore(a, k, u.tokStart, u.tokStart);
  return p ? text.slice(a.tokens[p.tokStart]!.start, a.tokens[p.tokEnd - 1]!.end) : null;
}

describe('subjectBefore for a participle after a comma', () => {
  test.each([
    ['a name opening the clause before its verb', 'Perez hammered Trump, calling him a "train wreck."', 'calling', 'Perez'],
    ['a clause opening on a determiner keeps its noun phrase', 'Both parents stiffened their denunciation of Trump, saying he lacked empathy.', 'saying', null],
    ['a subject after an opening adverbial', 'In a statement Monday, Sanders thanked his supporters, adding that "the fight goes on."', 'adding', 'Sanders'],
  ])('%s', (_name, text, cue, subject) => {
    const found = subjectOf(text, cue);
    if (subject === null) expect(found).not.toBe('Both');
    else expect(found).toBe(subject);
  });
});

describe('subjectBefore for a colon read as the cue', () => {
  test.each([
    ['a later clause with its own pronoun subject', 'Reid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a back-handed compliment: "You never have to guess where he is."', ':', 'he'],
    ['the clause subject, not the word before the colon', 'A footnote in the report makes that clear: "These assessments do not apply here."', ':', 'A footnote'],
  ])('%s', (_name, text, cue, subject) => {
    expect(subjectOf(text, cue)).toBe(subject);
  });
});

describe('clauseSubject with a name spelled like a participle or an adverb', () => {
  /** The subject clauseSubject finds for the clause holding the word `word`, as text. */
  function clauseSubjectOf(text: string, word: string): string | null {
    const a = analyze(articleTextFromPlainText(text));
    const k = a.lower.indexOf(word);
    const u = a.units[a.unitOf[k]!]!;
    const p = clauseSubject(a, u.tokStart, k);
    return p ? text.slice(a.tokens[p.tokStart]!.start, a.tokens[p.tokEnd - 1]!.end) : null;
  }

  test.each([
    ['a name in -ing before its verb', 'Boreing said the members will still meet, but said, “It is time we change.”', 'but', 'Boreing'],
    ['a name in -ly before a helper', 'Kelly also said the network stood by her, but added, “I was surprised.”', 'but', 'Kelly'],
    ['a participle opener is still skipped', 'Smiling broadly, Trump said the crowd was huge, but added, “We need more.”', 'but', 'Trump'],
  ])('%s', (_name, text, word, subject) => {
    expect(clauseSubjectOf(text, word)).toBe(subject);
  });
});

describe('subjectBefore for a name described up to the comma before the cue', () => {
  test.each([
    ['two appositions after a quotation', '“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said.', 'said', 'Scott Pruitt'],
    ['a description holding a title in quotation marks', 'Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days were over.', 'said', 'Hemsley'],
    ['a description with a relative clause', 'John Weaver, a GOP strategist who has feuded with Manafort, said it was over.', 'said', 'John Weaver'],
    ['one apposition at the sentence start', 'Jeff Weaver, the campaign manager, said it was over.', 'said', 'Jeff Weaver'],
    ['an adverb and a middle initial before the name', 'Moreover, Jeffrey D. Sachs, director of the Earth Institute at Columbia University, said it would fail.', 'said', 'Jeffrey D. Sachs'],
    // a capitalised opener is a preposition, not a name
    ['a clause opening on a preposition', 'In Virginia, local leaders, worried about turnout, said it was close.', 'said', 'turnout'],
  ])('%s', (_name, text, cue, subject) => {
    expect(subjectOf(text, cue)).toBe(subject);
  });
});

describe('subjectBefore and a verb before the comma', () => {
  test('a clause (a finite verb) between a name and the cue is no description of that name', () => {
    expect(subjectOf('Trump spoke for an hour, and his aides, tired of it, said nothing.', 'said')).not.toBe('Trump');
    expect(subjectOf('Trump, who spoke for an hour, said nothing.', 'said')).toBe('Trump');
  });
});
