import type { QuoteAnalysis } from './analysis';
import { isSubjectAdverb, nameIn, type SpeakerPhrase } from './speaker-phrase';
import { SPEAKER_PRONOUNS } from './words';

// Words opening a subordinate clause: a cue inside one ("Whether you’re looking to …") is no
// attribution of the sentence, so its subject is no speaker.
const SUBORDINATORS = new Set(['whether', 'if', 'when', 'whenever', 'unless', 'although', 'though', 'because', 'while', 'once', 'until']);

// Helpers a subject never ends on; the phrase stops before them ("Words cannot", "supporters can’t").
const HELPERS = new Set(['cannot', 'not', 'never', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'shall']);

// Contractions joining a pronoun to its helper ("We’ve", "I'm", "they’re").
const PRONOUN_CONTRACTION = /^(\p{L}+)[’'](?:ve|re|m|ll|d|s)$/u;

/** The bare pronoun of a token, through a contraction ("we’ve" → "we"), or null when it is none. */
export function pronounOf(lower: string): string | null {
  if (SPEAKER_PRONOUNS.has(lower)) return lower;
  const m = PRONOUN_CONTRACTION.exec(lower);
  // ("it’s" is left out: it opens a clause about something, "It’s time, …", and names no one)
  return m && m[1] !== 'it' && SPEAKER_PRONOUNS.has(m[1]!) ? m[1]! : null;
}

function isHelper(a: QuoteAnalysis, i: number): boolean {
  const t = a.tokens[i]!.text;
  // (a capitalised "Will" or "May" inside a phrase is a name)
  if (!/^\p{Ll}/u.test(t)) return false;
  const l = a.lower[i]!;
  return HELPERS.has(l) || /n[’']t$/.test(l);
}

function isAdverb(a: QuoteAnalysis, i: number): boolean {
  return /^\p{Ll}/u.test(a.tokens[i]!.text) && isSubjectAdverb(a.lower[i]!);
}

/**
 * A speaker phrase cut to the noun phrase a reader expects: English subjects never end on a helper,
 * a negation or an adverb ("I don’t" → "I", "California supporters can’t quite" → "California
 * supporters"), a pronoun stands alone ("I always tell my" → "I", "We’ve" → "We"); null when the
 * phrase opens a subordinate clause or addresses the reader ("Whether you’re", "your journey").
 */
export function speakerNounPhrase(a: QuoteAnalysis, p: SpeakerPhrase): SpeakerPhrase | null {
  if (p.pronoun) return p;
  const s = p.tokStart;
  const first = a.lower[s]!;
  if (SUBORDINATORS.has(first) || first === 'your') return null;
  if (pronounOf(first)) return { tokStart: s, tokEnd: s + 1, name: null, pronoun: true };
  let e = s + 1;
  while (e < p.tokEnd && !isHelper(a, e)) e++;
  while (e > s + 1 && isAdverb(a, e - 1)) e--;
  if (e === p.tokEnd) return p;
  if (isHelper(a, s)) return null;
  return { tokStart: s, tokEnd: e, name: nameIn(a, s, e), pronoun: false };
}
