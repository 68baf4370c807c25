/**
 * Training data and scoring for the acceptance model: candidate attributions found on articles the
 * base model was not trained on (five-fold cross-fitting over train), labelled by whether they
 * overlap a gold attribution the way ../shared/eval/score-quotes.mjs counts it.
 */
import type { Span } from '../../../src/core/annotations';
import { acceptanceFeatures, acceptanceProbability } from '../../../src/core/quotes/acceptance';
import { findAttributions, type RawAttribution } from '../../../src/core/quotes/attributions';
import { findCues, type QuotesModel } from '../../../src/core/quotes/cue-model';
import { toQuotes } from '../../../src/core/quotes/index';
import type { Weights } from '../../../src/core/quotes/linear-model';
import type { Example } from './logistic';
import type { AnalyzedDoc, GoldAttribution } from './polnear';

/** The candidates of one article: what the base model found, before acceptance. */
export interface DocCandidates {
  d: AnalyzedDoc;
  raw: RawAttribution[];
}

/** Runs the base model over articles and keeps every candidate attribution. */
export function candidatesOf(docs: readonly AnalyzedDoc[], model: QuotesModel): DocCandidates[] {
  const th = { direct: model.cueThresholdDirect, indirect: model.cueThreshold };
  return docs.map((d) => {
    const cues = findCues(d.a, model, Math.min(th.direct, th.indirect));
    return { d, raw: findAttributions(d.a, cues, model, th) };
  });
}

const TRIM = /^[\s"“”‘’'«»,.;:!?—–-]+|[\s"“”‘’'«»,.;:!?—–-]+$/g;
const shared = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const overlaps = (p: Span, g: Span): boolean => p.end > p.start && shared(p.start, p.end, g.start, g.end) >= 0.5 * Math.min(p.end - p.start, g.end - g.start);

/** Whether a candidate's output spans overlap some gold attribution (the scorer's precision test). */
function isRight(spans: readonly Span[], gold: readonly GoldAttribution[]): boolean {
  return spans.some((p) => gold.some((g) => overlaps(p, g)));
}

/** The output spans of one candidate, as the quote finder reports them. */
function outputSpans(d: AnalyzedDoc, r: RawAttribution): Span[] {
  return toQuotes(d.a, [r], []).map((q) => ({ start: q.start, end: q.end }));
}

/** Labelled examples: each candidate's features, 1 when it overlaps a gold attribution. */
export function acceptanceExamples(cands: readonly DocCandidates[]): Example[] {
  const out: Example[] = [];
  for (const { d, raw } of cands) for (const r of raw) out.push({ features: acceptanceFeatures(d.a, r), label: isRight(outputSpans(d, r), d.doc.quotes) ? 1 : 0 });
  return out;
}

/** Overlap and exact-span figures of the scorer, over the kept candidates. */
export interface Figures {
  precision: number;
  exactPrecision: number;
  recallDirect: number;
  exactDirect: number;
  recallAll: number;
  f1Direct: number;
  f1Exact: number;
  f1All: number;
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

/** Scores the candidates the acceptance model keeps at the given thresholds (no model keeps all). */
export function figures(cands: readonly DocCandidates[], weights: Weights | null, th: { direct: number; indirect: number }): Figures {
  let pred = 0;
  let hit = 0;
  let exactHit = 0;
  let gold = 0;
  let goldDirect = 0;
  let found = 0;
  let foundDirect = 0;
  let exactDirect = 0;
  for (const { d, raw } of cands) {
    const kept = weights ? raw.filter((r) => acceptanceProbability(d.a, r, weights) >= (r.direct ? th.direct : th.indirect)) : raw;
    const ps = toQuotes(d.a, kept, []).map((q) => ({ start: q.start, end: q.end }));
    const text = d.doc.text;
    const norm = (s: Span): string => text.slice(s.start, s.end).replace(TRIM, '');
    const gs = d.doc.quotes.map((g) => ({ ...g, pieces: g.contentSpans?.length ? g.contentSpans : [{ start: g.start, end: g.end }] }));
    pred += ps.length;
    for (const p of ps) {
      if (gs.some((g) => overlaps(p, g))) hit++;
      if (gs.some((g) => [g, ...g.pieces].some((s) => norm(s) === norm(p)))) exactHit++;
    }
    for (const g of gs) {
      gold++;
      if (g.direct) goldDirect++;
      if (!ps.some((p) => overlaps(p, g))) continue;
      found++;
      if (g.direct) foundDirect++;
      const exact = ps.some((p) => norm(p) === norm(g)) || g.pieces.every((s) => ps.some((p) => norm(p) === norm(s)));
      if (exact && g.direct) exactDirect++;
    }
  }
  const precision = hit / Math.max(1, pred);
  const exactPrecision = exactHit / Math.max(1, pred);
  const recallDirect = foundDirect / Math.max(1, goldDirect);
  const recallAll = found / Math.max(1, gold);
  const exactRecall = exactDirect / Math.max(1, goldDirect);
  return {
    precision,
    exactPrecision,
    recallDirect,
    exactDirect: exactRecall,
    recallAll,
    f1Direct: f1(precision, recallDirect),
    f1Exact: f1(exactPrecision, exactRecall),
    f1All: f1(precision, recallAll),
  };
}
