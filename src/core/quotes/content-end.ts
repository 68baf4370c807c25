import type { QuoteAnalysis } from './analysis';
import type { QuotesModel } from './cue-model';
import { isTrained, PieceScorer, score, type Weights } from './linear-model';

// Tokens before which a reported statement may stop: punctuation, conjunctions and prepositions
// that can open an adjunct of the main clause ("…, adding that …", "… in an interview").
const BOUNDARY_WORDS = new Set(
  ', ; — – -- ( : and but while because as after before when though although since in on at during according adding saying noting arguing calling citing claiming telling explaining suggesting insisting referring with without despite amid following than until unless whereas if so or yet'.split(' '),
);

// Without a model: stop only before a clear new attribution or participial aside.
const RULE_STOPS = /^(?:according|adding|saying|noting|arguing|citing|claiming|telling|explaining|insisting|referring)$/;

const MAX_CONTENT_SCAN = 120;

/**
 * Whether token j can be where a reported statement stops (the statement ends before it): before a
 * boundary word, or right after a quotation closing on punctuation, whatever word follows ('said
 * it was “a disgrace,” an indictment that …'). After a quotation closing on a word PolNeAR train
 * goes on 573 times in 656 ('the “first one” to call for it'), so that is no place to stop.
 */
export function isBoundary(a: QuoteAnalysis, j: number): boolean {
  if (a.quoteOf[j]! >= 0) return false;
  return BOUNDARY_WORDS.has(a.lower[j]!) || (j > 0 && a.quoteOf[j - 1]! >= 0 && closingPunctuation(a, j) !== 'w');
}

/** The words and flags of a boundary candidate that its features are made of (token j before the unit end). */
interface BoundaryContext {
  w: string;
  n1: string;
  n2: string;
  p1: string;
  nshape: string;
  nsuf: string;
  afterQuote: string;
  quoted: string;
  nextVerb: string;
  dist: string;
  left: string;
  commas: string;
  quoteNext: string;
  close: string;
}

function boundaryContext(a: QuoteAnalysis, start: number, j: number, hi: number): BoundaryContext {
  const w = a.lower[j]!;
  const n1 = a.lower[j + 1] ?? '</S>';
  const p1 = a.lower[j - 1] ?? '<S>';
  const nshape = j + 1 < hi ? shape(a.tokens[j + 1]!.text) : '</S>';
  const nsuf = n1.length > 4 ? n1.slice(-3) : n1;
  let commas = 0;
  let quoted = false;
  for (let k = start; k < j; k++) {
    if (a.lower[k] === ',') commas++;
    if (a.quoteOf[k]! >= 0) quoted = true;
  }
  const quoteSoon = j + 1 < hi && a.quoteOf[j + 1]! >= 0;
  // Right after a closing quotation mark ("… “positive step,” adding …").
  const afterQuote = j > start && a.quoteOf[j - 1]! >= 0 && (a.quoteOf[j] ?? -1) !== a.quoteOf[j - 1];
  const nextVerb = j + 1 < hi && /^\p{Ll}+(?:ed|ing|s)$/u.test(a.tokens[j + 1]!.text) ? nsuf.slice(-2) : 'no';
  // How that quotation closed: on a comma ("“fantastic,” telling …") the quoted words most often
  // end the statement, on a word ("a “disgrace” Wednesday …") the sentence most often goes on.
  const close = afterQuote ? closingPunctuation(a, j) : 'no';
  return {
    w,
    n1,
    n2: a.lower[j + 2] ?? '</S>',
    p1,
    nshape,
    nsuf,
    afterQuote: String(afterQuote),
    quoted: String(quoted),
    nextVerb,
    dist: bucket(j - start),
    left: bucket(hi - j),
    commas: String(Math.min(commas, 3)),
    quoteNext: String(quoteSoon),
    close,
  };
}

/** The punctuation just inside the quotation closing before token j (',', '.', '?', '!'), or 'w' after a word. */
function closingPunctuation(a: QuoteAnalysis, j: number): string {
  let k = j - 1;
  while (k > 0 && a.quoteOf[k - 1] === a.quoteOf[j - 1] && /^[\p{Pi}\p{Pf}"'`]+$/u.test(a.tokens[k]!.text)) k--;
  const t = a.lower[k]!;
  return /^[,.?!]$/.test(t) ? t : 'w';
}

function endFeatures(a: QuoteAnalysis, start: number, hi: number, cue: string): string[] {
  const last = a.lower[hi - 1]!;
  let quoted = false;
  for (let k = start; k < hi && !quoted; k++) if (a.quoteOf[k]! >= 0) quoted = true;
  return ['end', `end|last=${/^[.!?]$/.test(last) ? 'stop' : /^[”"’']$/.test(last) ? 'quote' : 'other'}`, `end|len=${bucket(hi - start)}`, `end|quoted=${quoted}`, `end|c=${cue}`, `end|c=${cue}|len=${bucket(hi - start)}`];
}

/**
 * Features of ending a statement that starts at `start` just before token `j` (or at the unit end),
 * after a cue whose last word is `cue` (verbs differ in how far their statements run).
 */
export function boundaryFeatures(a: QuoteAnalysis, start: number, j: number, hi: number, cue = '-'): string[] {
  if (j >= hi) return endFeatures(a, start, hi, cue);
  const { w, n1, n2, p1, nshape, nsuf, afterQuote, quoted, nextVerb, dist, left, commas, quoteNext, close } = boundaryContext(a, start, j, hi);
  return [
    `close=${close}`,
    `w=${w}|afterQuote=${afterQuote}`,
    `w=${w}|quoted=${quoted}`,
    `w=${w}|nextVerb=${nextVerb}`,
    `afterQuote=${afterQuote}|quoted=${quoted}`,
    'cut',
    `w=${w}`,
    `w=${w}|n1=${n1}`,
    `w=${w}|nsuf=${nsuf}`,
    `w=${w}|nshape=${nshape}`,
    `w=${w}|p1=${p1}`,
    `w=${w}|dist=${dist}`,
    `w=${w}|left=${left}`,
    `w=${w}|commas=${commas}`,
    `w=${w}|quoteNext=${quoteNext}`,
    `n1=${n1}`,
    `w=${w}|n1=${n1}|n2=${n2}`,
    `c=${cue}|w=${w}`,
    `c=${cue}|w=${w}|dist=${dist}`,
  ];
}

/** The boundary model's raw score: score(weights, boundaryFeatures(...)) without building the names. */
export function boundaryScore(a: QuoteAnalysis, start: number, j: number, hi: number, cue: string, weights: Weights): number {
  if (j >= hi) return score(weights, endFeatures(a, start, hi, cue));
  const { w, n1, n2, p1, nshape, nsuf, afterQuote, quoted, nextVerb, dist, left, commas, quoteNext, close } = boundaryContext(a, start, j, hi);
  const s = new PieceScorer(weights);
  // The same features in the same order as boundaryFeatures.
  s.add('close=', close);
  s.add('w=', w, '|afterQuote=', afterQuote);
  s.add('w=', w, '|quoted=', quoted);
  s.add('w=', w, '|nextVerb=', nextVerb);
  s.add('afterQuote=', afterQuote, '|quoted=', quoted);
  s.add('cut');
  s.add('w=', w);
  s.add('w=', w, '|n1=', n1);
  s.add('w=', w, '|nsuf=', nsuf);
  s.add('w=', w, '|nshape=', nshape);
  s.add('w=', w, '|p1=', p1);
  s.add('w=', w, '|dist=', dist);
  s.add('w=', w, '|left=', left);
  s.add('w=', w, '|commas=', commas);
  s.add('w=', w, '|quoteNext=', quoteNext);
  s.add('n1=', n1);
  s.add('w=', w, '|n1=', n1, '|n2=', n2);
  s.add('c=', cue, '|w=', w);
  s.add('c=', cue, '|w=', w, '|dist=', dist);
  return s.total;
}

function shape(t: string): string {
  if (/^\p{Lu}/u.test(t)) return 'X';
  if (/^\p{Ll}/u.test(t)) return 'x';
  if (/^\p{N}/u.test(t)) return 'd';
  return t;
}

function bucket(n: number): string {
  return n <= 2 ? '0-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+';
}

/**
 * Where a reported statement starting at token `start` ends (exclusive token index), choosing among
 * the unit end and the boundary tokens with the learned boundary model (given the cue's last word),
 * or rules without one.
 */
export function contentEnd(a: QuoteAnalysis, start: number, hi: number, model: QuotesModel | null, cue = '-'): number {
  let end = sentenceInUnit(a, start, hi);
  while (end > start + 1 && /^[.!?]$/.test(a.lower[end - 1]!)) end--;
  const weights = model?.contentEnd;
  if (!isTrained(weights)) {
    for (let j = start + 1; j < end; j++) {
      if (a.quoteOf[j]! >= 0) continue;
      if (a.lower[j] === ',' && RULE_STOPS.test(a.lower[j + 1] ?? '')) return j;
    }
    return end;
  }
  let best = end;
  let bestScore = boundaryScore(a, start, hi, hi, cue, weights);
  // Boundaries are looked for in the first stretch of the statement only: no reported statement
  // in the training data runs on for longer before being cut, and the scan stays linear.
  for (let j = start + 1; j < Math.min(end, start + MAX_CONTENT_SCAN); j++) {
    if (!isBoundary(a, j)) continue;
    const s = boundaryScore(a, start, j, hi, cue, weights);
    if (s > bestScore) {
      bestScore = s;
      best = j;
    }
  }
  return best;
}

/**
 * Where the statement from token `start` must end inside its unit: at a quotation closing on its own
 * stop. Units keep a short sentence after such a quotation with it ('that “he loves you.” She says
 * …'), and words after it in the same sentence are the speaker's act, not the statement ('yelled
 * “You lie!” at the president').
 */
function sentenceInUnit(a: QuoteAnalysis, start: number, hi: number): number {
  for (let j = start + 2; j < Math.min(hi, start + MAX_CONTENT_SCAN); j++) {
    if (a.quoteOf[j - 1]! >= 0 && a.quoteOf[j]! < 0 && /^[.!?]$/.test(a.lower[j - 2]!)) return j;
  }
  return hi;
}

/** How many tokens after a cue a reported statement may start ("told the crowd on Friday that …"). */
export const START_WINDOW = 8;

/** The words and shapes of a start candidate that its features are made of. */
interface StartContext {
  w: string;
  p1: string;
  p2: string;
  c: string;
  d6: string;
  d3: string;
  wshape: string;
  pshape: string;
  quoteHere: string;
  between: string;
}

function startContext(a: QuoteAnalysis, cue: number, cueEnd: number, k: number, hi: number): StartContext {
  const d = k - cueEnd;
  let between = '';
  for (let j = cueEnd; j < k && between.length < 40; j++) between += `${shape(a.tokens[j]!.text)}`;
  return {
    w: k < hi ? a.lower[k]! : '</S>',
    p1: a.lower[k - 1] ?? '<S>',
    p2: a.lower[k - 2] ?? '<S>',
    c: a.lower[cue]!,
    d6: String(Math.min(d, 6)),
    d3: String(Math.min(d, 3)),
    wshape: k < hi ? shape(a.tokens[k]!.text) : '</S>',
    pshape: shape(a.tokens[k - 1]!.text),
    quoteHere: String(k < hi && a.quoteOf[k]! >= 0 && a.quoteOf[k - 1] !== a.quoteOf[k]),
    between,
  };
}

/** Features of starting a reported statement at token `k`, after a cue whose anchor is token `cue`. */
export function startFeatures(a: QuoteAnalysis, cue: number, cueEnd: number, k: number, hi: number): string[] {
  const { w, p1, p2, c, d6, d3, wshape, pshape, quoteHere, between } = startContext(a, cue, cueEnd, k, hi);
  return [
    'start',
    `d=${d6}`,
    `c=${c}|d=${d6}`,
    `w=${w}`,
    `p1=${p1}`,
    `p1=${p1}|w=${w}`,
    `p2=${p2}|p1=${p1}`,
    `c=${c}|w=${w}`,
    `c=${c}|p1=${p1}`,
    `ws=${wshape}|ps=${pshape}`,
    `c=${c}|ws=${wshape}|ps=${pshape}`,
    `quote=${quoteHere}|d=${d3}`,
    `between=${between}`,
    `c=${c}|between=${between}`,
  ];
}

/** The start model's raw score: score(weights, startFeatures(...)) without building the names. */
export function startScore(a: QuoteAnalysis, cue: number, cueEnd: number, k: number, hi: number, weights: Weights): number {
  const { w, p1, p2, c, d6, d3, wshape, pshape, quoteHere, between } = startContext(a, cue, cueEnd, k, hi);
  const s = new PieceScorer(weights);
  // The same features in the same order as startFeatures.
  s.add('start');
  s.add('d=', d6);
  s.add('c=', c, '|d=', d6);
  s.add('w=', w);
  s.add('p1=', p1);
  s.add('p1=', p1, '|w=', w);
  s.add('p2=', p2, '|p1=', p1);
  s.add('c=', c, '|w=', w);
  s.add('c=', c, '|p1=', p1);
  s.add('ws=', wshape, '|ps=', pshape);
  s.add('c=', c, '|ws=', wshape, '|ps=', pshape);
  s.add('quote=', quoteHere, '|d=', d3);
  s.add('between=', between);
  s.add('c=', c, '|between=', between);
  return s.total;
}

/**
 * Where a reported statement after a cue starts (token index): the learned start model picks among
 * the first tokens after the cue; without a model the statement starts right after the cue.
 */
export function contentStart(a: QuoteAnalysis, cue: number, cueEnd: number, hi: number, model: QuotesModel | null, fallback: number, earliest = cueEnd): number {
  const weights = model?.contentStart;
  if (!isTrained(weights)) return fallback;
  let best = fallback;
  let bestScore = -Infinity;
  for (let k = Math.max(cueEnd, earliest); k < Math.min(hi - 1, cueEnd + START_WINDOW); k++) {
    if (/^[.!?;]$/.test(a.lower[k]!)) break;
    const s = startScore(a, cue, cueEnd, k, hi, weights);
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return best;
}

/** How many words before a quotation a statement holding it may start ("described Trump as a “con artist”"). */
export const MIXED_WINDOW = 30;

/**
 * The tokens where a statement holding the quotation that opens at token `q` may start: the
 * quotation itself, then the words before it back to the start of its clause (unit start `lo`, a
 * colon, semicolon or an earlier quotation), nearest first.
 */
export function mixedStartCandidates(a: QuoteAnalysis, lo: number, q: number): number[] {
  const out = [q];
  for (let k = q - 1; k >= Math.max(lo, q - MIXED_WINDOW); k--) {
    if (/^[.!?;:]$/.test(a.lower[k]!) || a.quoteOf[k]! >= 0) break;
    out.push(k);
  }
  return out;
}

/** Whether a token looks like a finite or participle verb by its form ("described", "calls"). */
function verbShaped(a: QuoteAnalysis, i: number): boolean {
  const l = a.lower[i]!;
  if (!/^\p{Ll}+$/u.test(a.tokens[i]!.text)) return false;
  return /^(?:said|says|told|called|calls|call|wrote|is|was|are|were|be)$/.test(l) || (l.length > 3 && /(?:ed|ing|es)$/.test(l));
}

/** Features of starting, at token `k`, a statement that holds the quotation opening at token `q`. */
export function mixedStartFeatures(a: QuoteAnalysis, lo: number, k: number, q: number): string[] {
  const d = q - k;
  const at = d === 0;
  const w = at ? 'Q' : a.lower[k]!;
  const p1 = k > lo ? a.lower[k - 1]! : '<S>';
  const qp = q > lo ? a.lower[q - 1]! : '<S>';
  let commas = 0;
  let verbs = 0;
  for (let j = k; j < q; j++) {
    if (a.lower[j] === ',') commas++;
    else if (verbShaped(a, j)) verbs++;
  }
  const p1v = k > lo && verbShaped(a, k - 1);
  return [
    `d=${bucket(d)}`,
    `w=${w}`,
    `p1=${p1}`,
    `p1=${p1}|w=${w}`,
    `p1v=${p1v}|at=${at}`,
    `p1suf=${p1.length > 4 ? p1.slice(-2) : p1}|at=${at}`,
    `ws=${at ? 'Q' : shape(a.tokens[k]!.text)}|ps=${k > lo ? shape(a.tokens[k - 1]!.text) : '<S>'}`,
    `qp=${qp}|at=${at}`,
    `qp=${qp}|w=${w}`,
    `commas=${Math.min(commas, 2)}|at=${at}`,
    `verbs=${Math.min(verbs, 2)}|at=${at}`,
    `unitStart=${k === lo}|at=${at}`,
    `left=${bucket(q - lo)}|at=${at}`,
  ];
}

/**
 * Where a statement holding a quotation inside a sentence starts (token index): PolNeAR takes the
 * whole clause of a mixed quote ("described Trump as a “con artist”" holds "Trump as a “con
 * artist”"), so the learned model picks among the quotation and the words before it (from
 * `earliest` on, `lo` being the unit start); without a model the statement is the quotation alone.
 */
export function mixedStart(a: QuoteAnalysis, lo: number, q: number, model: QuotesModel | null, earliest = lo): number {
  const weights = model?.mixedStart;
  if (!isTrained(weights)) return q;
  let best = q;
  let bestScore = -Infinity;
  for (const k of mixedStartCandidates(a, lo, q)) {
    // (a cue before the quotation bounds the statement: its words are read, never taken)
    if (k < earliest) break;
    const s = score(weights, mixedStartFeatures(a, lo, k, q));
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return best;
}

/**
 * Where a statement holding a quotation that closes before token `qEnd` may end: right after the
 * quotation, at a boundary word after it, or at the end of its sentence (`hi` is the unit end).
 */
export function mixedEndCandidates(a: QuoteAnalysis, qEnd: number, hi: number): number[] {
  let end = hi;
  while (end > qEnd && /^[.!?]$/.test(a.lower[end - 1]!)) end--;
  const out = [qEnd];
  if (end <= qEnd) return out;
  for (let j = qEnd + 1; j < Math.min(end, qEnd + MAX_CONTENT_SCAN); j++) if (isBoundary(a, j)) out.push(j);
  out.push(end);
  return out;
}

/** Features of ending at token `j` a statement from `start` holding a quotation that closes before `qEnd`. */
export function mixedEndFeatures(a: QuoteAnalysis, start: number, q: number, qEnd: number, j: number, hi: number): string[] {
  let end = hi;
  while (end > qEnd && /^[.!?]$/.test(a.lower[end - 1]!)) end--;
  const type = j === qEnd ? 'quote' : j >= end ? 'end' : 'mid';
  const before = start < q;
  const n1 = a.lower[qEnd] ?? '</S>';
  const n2 = a.lower[qEnd + 1] ?? '</S>';
  const closing = a.lower[qEnd - 2] ?? '';
  const f = [
    `t=${type}`,
    `t=${type}|before=${before}`,
    `t=${type}|n1=${n1}`,
    `t=${type}|n1=${n1}|n2=${n2}`,
    `t=${type}|close=${/^[,.!?]$/.test(closing) ? closing : 'w'}`,
    `t=${type}|left=${bucket(end - qEnd)}`,
    `t=${type}|n2v=${qEnd + 1 < hi && verbShaped(a, qEnd + 1)}|n1=${/^[,—–]$/.test(n1) ? n1 : 'w'}`,
    `t=${type}|before=${before}|n1=${n1}`,
  ];
  if (type === 'mid') f.push(`w=${a.lower[j]}`, `w=${a.lower[j]}|n=${a.lower[j + 1] ?? '</S>'}`, `w=${a.lower[j]}|dist=${bucket(j - qEnd)}`, `w=${a.lower[j]}|before=${before}`);
  return f;
}

/**
 * Where a statement holding a quotation inside a sentence ends (token index, exclusive): the
 * learned model picks among the quotation's end, boundary words after it and the sentence end;
 * without a model the statement ends with the quotation.
 */
export function mixedEnd(a: QuoteAnalysis, start: number, q: number, qEnd: number, hi: number, model: QuotesModel | null): number {
  const weights = model?.mixedEnd;
  if (!isTrained(weights)) return qEnd;
  let best = qEnd;
  let bestScore = -Infinity;
  for (const j of mixedEndCandidates(a, qEnd, hi)) {
    const s = score(weights, mixedEndFeatures(a, start, q, qEnd, j, hi));
    if (s > bestScore) {
      bestScore = s;
      best = j;
    }
  }
  return best;
}
