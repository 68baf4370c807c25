import type { QuoteAnalysis } from './analysis';
import { PieceScorer, type Weights } from './linear-model';

// Words that never anchor a cue by themselves: auxiliaries and particles that PolNeAR includes in
// cue spans ("has said", "was asked about") but that say nothing about speech.
const NON_ANCHOR = new Set(
  'a an the to of in on at for with by from as about into over has have had having is was were are be been being am do does did also not never just still already again then now only even further later first last once he she it they we i you this that these those and or but so his her their its our my your who which what when where how would will could should can may might must shall'.split(
    ' ',
  ),
);

const PRONOUNS = new Set('he she they i we you it who'.split(' '));
const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

/** Whether a lower-cased word can anchor a cue (it is not an auxiliary or particle). */
export function canAnchor(lower: string): boolean {
  return !NON_ANCHOR.has(lower) && (/\p{L}/u.test(lower) || lower === ':');
}

/**
 * Picks the token that anchors a cue span: the word most often seen as a whole cue by itself
 * ("said" in "has repeatedly said"), else its first content word, else its first token.
 */
export function anchorOf(a: QuoteAnalysis, tokStart: number, tokEnd: number, alone?: ReadonlyMap<string, number>): number {
  let best = -1;
  let bestCount = 0;
  for (let i = tokStart; i < tokEnd; i++) {
    const l = a.lower[i]!;
    if (!canAnchor(l)) continue;
    const c = alone?.get(l) ?? 0;
    if (best < 0 || c > bestCount) {
      best = i;
      bestCount = c;
    }
  }
  return best >= 0 ? best : tokStart;
}

function shape(t: string): string {
  if (/^\p{Lu}[\p{Ll}’'.-]/u.test(t)) return 'Xx';
  if (/^\p{Lu}+$/u.test(t)) return 'XX';
  if (/^\p{Ll}/u.test(t)) return 'x';
  if (/^\p{N}/u.test(t)) return 'd';
  return t;
}

/** A coarse class of a token used as context in features. */
function cls(a: QuoteAnalysis, i: number, lo: number, hi: number): string {
  if (i < lo) return '<S>';
  if (i >= hi) return '</S>';
  const l = a.lower[i]!;
  if (QUOTE_CHARS.has(l)) return 'Q';
  if (PRONOUNS.has(l)) return 'PRP';
  if (/^[,.;:!?()—–-]$/.test(l)) return l;
  return shape(a.tokens[i]!.text);
}

/** The context words and classes of a candidate cue token that its features are made of. */
interface CueContext {
  w: string;
  p1: string;
  p2: string;
  n1: string;
  n2: string;
  c1: string;
  c2: string;
  d1: string;
  d2: string;
  quoteBefore: string;
  quoteAfter: string;
  inq: string;
  pos: string;
  suffix: string;
  capital: string;
}

function cueContext(a: QuoteAnalysis, i: number): CueContext {
  const u = a.units[a.unitOf[i]!]!;
  const lo = u.tokStart;
  const hi = u.tokEnd;
  const w = a.lower[i]!;
  const word = (k: number): string => (k < lo ? '<S>' : k >= hi ? '</S>' : a.lower[k]!);
  // Quotation nearby: does a quote end just before (“…,” he said) or start just after (said: “…”).
  let quoteBefore = 'none';
  for (let k = i - 1; k >= Math.max(lo, i - 6); k--) {
    if (a.quoteOf[k]! >= 0) {
      quoteBefore = String(i - k);
      break;
    }
  }
  let quoteAfter = 'none';
  for (let k = i + 1; k < Math.min(hi, i + 6); k++) {
    if (a.quoteOf[k]! >= 0) {
      quoteAfter = String(k - i);
      break;
    }
  }
  let quotesInUnit = 0;
  for (let k = lo; k < hi; k++) if (a.quoteOf[k]! >= 0) quotesInUnit++;
  const toEnd = hi - i;
  const fromStart = i - lo;
  return {
    w,
    p1: word(i - 1),
    p2: word(i - 2),
    n1: word(i + 1),
    n2: word(i + 2),
    c1: cls(a, i - 1, lo, hi),
    c2: cls(a, i - 2, lo, hi),
    d1: cls(a, i + 1, lo, hi),
    d2: cls(a, i + 2, lo, hi),
    quoteBefore,
    quoteAfter,
    inq: quotesInUnit > 0 ? 'true' : 'false',
    pos: `${fromStart === 0 ? 'first' : fromStart < 4 ? 'near-start' : 'mid'}/${toEnd <= 2 ? 'last' : toEnd <= 5 ? 'near-end' : 'mid'}`,
    suffix: w.length > 4 ? w.slice(-3) : w,
    capital: /^\p{Lu}/u.test(a.tokens[i]!.text) ? 'cap' : 'low',
  };
}

/**
 * Features of a candidate cue token: its word and suffix, the words and token classes around it,
 * whether a quotation or a "that" clause sits next to it, and where it stands in its unit.
 */
export function cueFeatures(a: QuoteAnalysis, i: number): string[] {
  const { w, p1, p2, n1, n2, c1, c2, d1, d2, quoteBefore, quoteAfter, inq, pos, suffix, capital } = cueContext(a, i);
  return [
    'bias',
    `w=${w}`,
    `suf=${suffix}`,
    `cap=${capital}`,
    `w=${w}|p1=${p1}`,
    `w=${w}|n1=${n1}`,
    `w=${w}|n1=${n1}|n2=${n2}`,
    `w=${w}|c1=${c1}`,
    `w=${w}|d1=${d1}`,
    `w=${w}|c2c1=${c2},${c1}`,
    `w=${w}|d1d2=${d1},${d2}`,
    `w=${w}|qb=${quoteBefore}`,
    `w=${w}|qa=${quoteAfter}`,
    `w=${w}|pos=${pos}`,
    `w=${w}|inq=${inq}`,
    `p1=${p1}`,
    `p2p1=${p2},${p1}`,
    `n1=${n1}`,
    `n1n2=${n1},${n2}`,
    `c1=${c1}|d1=${d1}`,
    `c2c1=${c2},${c1}`,
    `d1d2=${d1},${d2}`,
    `qb=${quoteBefore}`,
    `qa=${quoteAfter}`,
    `pos=${pos}`,
    `suf=${suffix}|n1=${n1}`,
    `suf=${suffix}|c1=${c1}`,
  ];
}

/** The cue model's raw score for token i: score(weights, cueFeatures(a, i)) without building the names. */
export function cueScore(a: QuoteAnalysis, i: number, weights: Weights): number {
  const { w, p1, p2, n1, n2, c1, c2, d1, d2, quoteBefore, quoteAfter, inq, pos, suffix, capital } = cueContext(a, i);
  const s = new PieceScorer(weights);
  // The same features in the same order as cueFeatures.
  s.add('bias');
  s.add('w=', w);
  s.add('suf=', suffix);
  s.add('cap=', capital);
  s.add('w=', w, '|p1=', p1);
  s.add('w=', w, '|n1=', n1);
  s.add('w=', w, '|n1=', n1, '|n2=', n2);
  s.add('w=', w, '|c1=', c1);
  s.add('w=', w, '|d1=', d1);
  s.add('w=', w, '|c2c1=', c2, ',', c1);
  s.add('w=', w, '|d1d2=', d1, ',', d2);
  s.add('w=', w, '|qb=', quoteBefore);
  s.add('w=', w, '|qa=', quoteAfter);
  s.add('w=', w, '|pos=', pos);
  s.add('w=', w, '|inq=', inq);
  s.add('p1=', p1);
  s.add('p2p1=', p2, ',', p1);
  s.add('n1=', n1);
  s.add('n1n2=', n1, ',', n2);
  s.add('c1=', c1, '|d1=', d1);
  s.add('c2c1=', c2, ',', c1);
  s.add('d1d2=', d1, ',', d2);
  s.add('qb=', quoteBefore);
  s.add('qa=', quoteAfter);
  s.add('pos=', pos);
  s.add('suf=', suffix, '|n1=', n1);
  s.add('suf=', suffix, '|c1=', c1);
  return s.total;
}
