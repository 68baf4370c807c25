import type { QuoteAnalysis } from './analysis';
import type { RawAttribution } from './attributions';
import { partitionPoint } from '../text/partition-point';
import { type FeatureSink, isTrained, NameList, PieceScorer, sigmoid, type Weights } from './linear-model';
import { isQuotedHeading, isQuotedNickname } from './non-speech-quotations';

// Words that make a clause finite: a statement reported without one ("captured the nomination")
// is usually the object of a non-speech verb, not reported speech.
const FINITE = new Set(
  'is was are were be been being am has have had will would can could should must may might shall does did do wo ca n’t n\'t not'.split(' '),
);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'that']);

/** A coarse bucket for a count, so that lengths generalise across sizes. */
function bucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return '4-5';
  if (n <= 9) return '6-9';
  if (n <= 19) return '10-19';
  return '20+';
}

/** Token range [s, e) covering a character span (binary search over the tokens). */
function tokenSpan(a: QuoteAnalysis, start: number, end: number): [number, number] {
  const lo = partitionPoint(a.tokens.length, (i) => a.tokens[i]!.end <= start);
  let e = lo;
  while (e < a.tokens.length && a.tokens[e]!.start < end) e++;
  return [lo, e];
}

/** Whether a word looks like a finite verb by its form ("claimed", "wants"). */
function verbForm(a: QuoteAnalysis, i: number): boolean {
  const l = a.lower[i]!;
  if (!/^\p{Ll}+$/u.test(a.tokens[i]!.text)) return false;
  return l.length > 3 && (/ed$/.test(l) || (/[^s]s$/.test(l) && !/(?:ness|ous|ics|ss|ies)$/.test(l)));
}

/**
 * The features the acceptance model reads about one candidate attribution: how it was found, its
 * cue and the cue's strength, whether it holds quotation marks, its speaker, and the shape of its
 * content (length, a finite verb, how it is introduced).
 */
export function acceptanceFeatures(a: QuoteAnalysis, r: RawAttribution): string[] {
  const names = new NameList();
  emitAcceptanceFeatures(a, r, names);
  return names.names;
}

/** Gives the acceptance features of a candidate to a sink, as the pieces of their names. */
function emitAcceptanceFeatures(a: QuoteAnalysis, r: RawAttribution, f: FeatureSink): void {
  f.add('bias');
  const via = r.via;
  const direct = String(r.direct);
  f.add('via:', via);
  f.add('direct:', direct);
  f.add('via-direct:', via, ':', direct);
  if (r.partial) f.add('partial');
  if (r.continued) f.add('continued');
  if (r.channel) f.add('channel');
  const p = String(Math.min(9, Math.floor(r.confidence * 10)));
  f.add('p:', p);
  f.add('p-direct:', p, ':', direct);
  const cueWord = r.cue ? a.lower[r.cue[0]]! : '-';
  f.add('cue:', cueWord);
  f.add('cue-direct:', cueWord, ':', direct);
  if (r.cue) {
    const before = a.lower[r.cue[0] - 1] ?? '^';
    if (/^(?:was|were|is|are|been|being|be)$/.test(before)) f.add('cue-passive');
    if (/ing$/.test(cueWord)) f.add('cue-participle');
    if (r.cue[1] - r.cue[0] > 1) f.add('cue-phrase');
    const after = a.lower[r.cue[1]] ?? '$';
    f.add('cue-next:', /^[\p{L}]/u.test(after) ? (/^\p{Lu}/u.test(a.tokens[r.cue[1]]!.text) ? 'Cap' : after) : after);
    const u = a.units[a.unitOf[r.cue[0]]!];
    if (u) f.add('cue-pos:', r.cue[0] === u.tokStart ? 'first' : u.tokEnd - r.cue[1] <= 2 ? 'last' : 'mid');
    // The word before the cue tells a verb from a noun or modifier ("drew support from", "a
    // controversial proposal he has raised", "pledged delegates"), which report no speech.
    const prevKind = u && r.cue[0] > u.tokStart ? wordKind(a, r.cue[0] - 1) : '^';
    f.add('cue-prev:', prevKind);
    f.add('cue-prev-w:', cueWord, ':', prevKind);
    f.add('cue-prev-direct:', prevKind, ':', direct);
  }
  const sp = r.speaker;
  const spKind = !sp ? 'none' : sp.pronoun ? 'pronoun' : sp.name ? 'name' : 'phrase';
  f.add('speaker:', spKind);
  f.add('speaker-via:', spKind, ':', via);
  if (sp && !sp.pronoun && !sp.name) f.add('speaker-head:', String(a.lower[sp.tokEnd - 1]));
  const first = r.pieces[0];
  if (!first) {
    f.add('no-content');
    return;
  }
  const lastPiece = r.pieces[r.pieces.length - 1]!;
  const [s, e] = tokenSpan(a, first.start, lastPiece.end);
  let words = 0;
  let finite = false;
  let verbish = false;
  for (let k = s; k < e; k++) {
    const l = a.lower[k]!;
    if (/[\p{L}\p{N}]/u.test(l)) words++;
    if (FINITE.has(l)) finite = true;
    else if (k > s && verbForm(a, k) && (PRONOUN_SUBJECTS.has(a.lower[k - 1]!) || /^\p{Lu}/u.test(a.tokens[k - 1]!.text) || /s$/.test(a.lower[k - 1]!))) verbish = true;
  }
  const len = bucket(words);
  const fin = String(finite || verbish);
  f.add('len:', len);
  f.add('len-direct:', len, ':', direct);
  f.add('finite:', fin);
  f.add('finite-direct:', fin, ':', direct);
  f.add('finite-cue:', fin, ':', cueWord);
  const opener = a.lower[s] ?? '$';
  // The words that open and close the content: an object noun ("the nomination") versus a clause.
  f.add('w1:', opener);
  f.add('w2:', a.lower[s + 1] ?? '$');
  f.add('cue-w1:', cueWord, ':', opener);
  f.add('wl:', a.lower[e - 1] ?? '$');
  f.add('cue-speaker:', cueWord, ':', spKind);
  f.add('cue-len:', cueWord, ':', len);
  const firstKind = PRONOUN_SUBJECTS.has(opener) || opener === 'that' ? opener : /^\p{Lu}/u.test(a.tokens[s]?.text ?? '') ? 'Cap' : /^\p{L}/u.test(opener) ? 'word' : opener;
  f.add('first:', firstKind);
  // An object noun phrase ("captured his home state") opens like a clause but holds no verb.
  const openKind = DETERMINERS.has(opener) ? 'det' : firstKind;
  f.add('open-finite:', openKind, ':', fin, ':', direct);
  f.add('cue-open:', cueWord, ':', openKind);
  const prev = a.lower[s - 1] ?? '^';
  f.add('prev:', /^[\p{L}]/u.test(prev) ? (prev === 'that' ? 'that' : 'word') : prev);
  if (r.cue) f.add(r.cue[0] < s ? 'content-after-cue' : 'content-before-cue');
  if (r.direct) quotationContext(a, s, e, via, f);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'not', 'never', 'also']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'about', 'over', 'after', 'before', 'against', 'amid', 'into']);

/** A coarse word class for the word at k, read from its form and a few closed word lists. */
function wordKind(a: QuoteAnalysis, k: number): string {
  const l = a.lower[k];
  if (l === undefined) return '$';
  if (DETERMINERS.has(l)) return 'det';
  if (AUXILIARIES.has(l)) return 'aux';
  if (PREPOSITIONS.has(l)) return 'prep';
  if (PRONOUN_SUBJECTS.has(l) || l === 'who') return 'pron';
  if (/^\p{Lu}/u.test(a.tokens[k]!.text)) return 'Cap';
  if (/^\p{Ll}/u.test(l)) return /ly$/.test(l) ? 'adv' : verbForm(a, k) ? 'verb' : 'word';
  return /^[,;:—–-]$/.test(l) ? l : 'punct';
}

/** Whether a quotation reads like a title (every word capitalised but short function words). */
function titleLike(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.every((w, i) => /^[^\p{L}]*\p{Lu}/u.test(w) || (i > 0 && /^(?:of|the|a|an|and|in|on|for|to|with|is|at|by|or)$/.test(w)));
}

/**
 * The words around the first quotation of a quoted candidate: a quotation used as a modifier or
 * a name ("the “gun violence” narrative", "''very conservative'' voters") is rarely anyone's
 * speech, one after a verb or before a cue usually is.
 */
function quotationContext(a: QuoteAnalysis, s: number, e: number, via: string, f: FeatureSink): void {
  let q = s;
  while (q < e && a.quoteOf[q]! < 0) q++;
  if (q >= e) return;
  let qe = q;
  while (qe < a.tokens.length && a.quoteOf[qe] === a.quoteOf[q]) qe++;
  const kind = (k: number): string => {
    const l = a.lower[k];
    if (l === undefined) return '$';
    if (DETERMINERS.has(l)) return 'det';
    if (/^[\p{Lu}]/u.test(a.tokens[k]!.text)) return 'Cap';
    if (/^\p{Ll}/u.test(l)) return verbForm(a, k) ? 'verb' : /ing$/.test(l) ? 'ing' : 'word';
    return l;
  };
  const before = q > 0 && a.units[a.unitOf[q]!]!.tokStart < q ? kind(q - 1) : '^';
  const after = kind(qe);
  let words = 0;
  for (let k = q; k < qe; k++) if (/[\p{L}\p{N}]/u.test(a.lower[k]!)) words++;
  const len = bucket(words);
  const closing = a.lower[qe - 2] ?? '';
  const close = /^[,.!?]$/.test(closing) ? closing : 'w';
  // A quotation in title case ("Orange is the New Black", CNN's "State of the Union") names a work.
  const m = a.quotes[a.quoteOf[q]!];
  const title = String(m ? titleLike(a.text.slice(m.innerStart, m.innerEnd)) : false);
  f.add('qtitle:', title);
  f.add('qtitle-via:', title, ':', via);
  f.add('qtitle-b:', title, ':', before);
  f.add('qb:', before);
  f.add('qa:', after);
  f.add('qba:', before, ':', after);
  f.add('qba-len:', before, ':', after, ':', len);
  f.add('qa-close:', after, ':', close);
  f.add('qvia-ba:', via, ':', before, ':', after);
}

/** The acceptance model's probability that a candidate attribution is a real one. */
export function acceptanceProbability(a: QuoteAnalysis, r: RawAttribution, weights: Weights): number {
  const s = new PieceScorer(weights);
  emitAcceptanceFeatures(a, r, s);
  return sigmoid(s.total);
}

/**
 * Keeps the candidate attributions the acceptance model believes, each judged with the threshold of
 * its kind (quoted or reported); without a model every candidate but a quoted heading or nickname is kept.
 */
export function acceptAttributions(a: QuoteAnalysis, raw: readonly RawAttribution[], weights: Weights | undefined, thresholds: { direct: number; indirect: number }): RawAttribution[] {
  // A quoted section heading or a nickname is nobody's speech, whatever the model makes of its words.
  const speech = raw.filter((r) => !isQuotedHeading(a, r) && !isQuotedNickname(a, r));
  if (!isTrained(weights)) return speech;
  return speech.filter((r) => acceptanceProbability(a, r, weights) >= (r.direct ? thresholds.direct : thresholds.indirect));
}
