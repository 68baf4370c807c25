import type { QuoteAnalysis } from './analysis';
import type { RawAttribution } from './attributions';
import { score, sigmoid, type Weights } from './linear-model';
import { SPEAKER_PRONOUNS } from './words';

/** The learned filter: how likely an attribution is real, and how likely its span is exactly right. */
export interface FilterModel {
  real: Weights;
  exact: Weights;
  /** Attributions below either probability are dropped. */
  minReal: number;
  minExact: number;
}

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

/**
 * Features of an attribution as the finder built it: the structure that produced it, its cue and
 * how sure the cue model was, what kind of speaker it has, and the shape of its content.
 */
export function filterFeatures(a: QuoteAnalysis, r: RawAttribution): string[] {
  const piece = r.pieces[0]!;
  let s = 0;
  while (s < a.tokens.length && a.tokens[s]!.end <= piece.start) s++;
  let e = s;
  while (e < a.tokens.length && a.tokens[e]!.start < piece.end) e++;
  const u = a.units[a.unitOf[Math.min(s, a.tokens.length - 1)]!]!;
  const len = e - s;
  const first = a.lower[s] ?? '';
  const last = a.lower[e - 1] ?? '';
  const cue = r.cue ? a.lower[r.cue[0]]! : 'none';
  const sp = r.speaker;
  const spKind = !sp ? 'none' : sp.pronoun ? (SPEAKER_PRONOUNS.has(a.lower[sp.tokStart]!) ? 'pronoun' : 'relative') : sp.name ? (sp.name[1] === sp.tokEnd ? 'name' : 'modified') : 'phrase';
  const prob = bucket(Math.round(r.confidence * 10) / 10, [0.3, 0.5, 0.7, 0.8, 0.9, 0.95]);
  const atStart = s <= u.tokStart + 1 ? 'start' : 'mid';
  let unitEnd = u.tokEnd;
  while (unitEnd > u.tokStart && /^[.!?”"’']$/.test(a.lower[unitEnd - 1]!)) unitEnd--;
  const atEnd = e >= unitEnd ? 'end' : 'cut';
  const before = s > u.tokStart ? a.lower[s - 1]! : '<S>';
  const lenB = bucket(len, [1, 2, 3, 5, 8, 12, 20, 35]);
  const v = r.via;
  return [
    'bias',
    `via=${v}`,
    `via=${v}|cue=${cue}`,
    `cue=${cue}`,
    `via=${v}|prob=${prob}`,
    `via=${v}|sp=${spKind}`,
    `via=${v}|direct=${r.direct}|partial=${r.partial}`,
    `via=${v}|len=${lenB}`,
    `via=${v}|first=${first}`,
    `via=${v}|last=${last}`,
    `via=${v}|pos=${atStart},${atEnd}`,
    `via=${v}|before=${before}`,
    `via=${v}|pieces=${Math.min(r.pieces.length, 3)}`,
    `cue=${cue}|first=${first}`,
    `cue=${cue}|pos=${atStart},${atEnd}`,
    `prob=${prob}|sp=${spKind}`,
    `len=${lenB}|pos=${atStart},${atEnd}`,
  ];
}

/** The filter's two probabilities for an attribution: that it is real, and that its span is exact. */
export function filterScores(model: FilterModel, a: QuoteAnalysis, r: RawAttribution): { real: number; exact: number } {
  const f = filterFeatures(a, r);
  return { real: sigmoid(score(model.real, f)), exact: sigmoid(score(model.exact, f)) };
}

/** Keeps the attributions the filter trusts; without a filter model every attribution is kept. */
export function filterAttributions(model: FilterModel | null, a: QuoteAnalysis, raw: readonly RawAttribution[]): RawAttribution[] {
  if (!model) return [...raw];
  return raw.filter((r) => {
    const p = filterScores(model, a, r);
    return p.real >= model.minReal && p.exact >= model.minExact;
  });
}
