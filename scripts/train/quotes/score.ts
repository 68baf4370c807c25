/**
 * The PolNeAR scoring rules of ../shared/eval/score-quotes.mjs, re-implemented so the trainer can
 * tune thresholds on held-out training articles without writing files. Figures are fractions.
 */
import type { Span } from '../../../src/core/annotations';
import type { GoldDoc } from './polnear';

/** One predicted attribution piece with its speaker span. */
export interface PredictedPiece extends Span {
  speaker: Span | null;
}

/** The figures the shared scorer prints (as fractions). */
export interface QuoteScores {
  directOverlapF1: number;
  directExactF1: number;
  allOverlapF1: number;
  speakerDirect: number;
  precision: number;
  exactPrecision: number;
}

const TRIM = /^[\s"“”‘’'«»,.;:!?—–-]+|[\s"“”‘’'«»,.;:!?—–-]+$/g;
const shared = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const overlaps = (p: Span, g: Span): boolean => shared(p.start, p.end, g.start, g.end) >= 0.5 * Math.min(p.end - p.start, g.end - g.start) && p.end > p.start;
const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Scores predictions for a set of gold documents the way the shared scorer does. */
export function scoreQuotes(docs: readonly GoldDoc[], preds: readonly (readonly PredictedPiece[])[]): QuoteScores {
  let pred = 0, predHit = 0, predExact = 0, goldDirect = 0, gold = 0, hit = 0, hitDirect = 0, exactDirect = 0, spkGoldDirect = 0, spkRightDirect = 0;
  docs.forEach((doc, di) => {
    const ps = preds[di]!;
    const norm = (s: Span): string => doc.text.slice(s.start, s.end).replace(TRIM, '');
    const gs = doc.quotes.map((g) => ({ ...g, pieces: g.contentSpans?.length ? g.contentSpans : [{ start: g.start, end: g.end }] }));
    pred += ps.length;
    for (const p of ps) {
      if (gs.some((g) => overlaps(p, g))) predHit++;
      if (gs.some((g) => [g, ...g.pieces].some((s) => norm(s) === norm(p)))) predExact++;
    }
    for (const g of gs) {
      gold++;
      if (g.direct) goldDirect++;
      const near = ps.filter((p) => overlaps(p, g));
      if (!near.length) continue;
      hit++;
      if (g.direct) hitDirect++;
      const exact = ps.some((p) => norm(p) === norm(g)) || g.pieces.every((s) => ps.some((p) => norm(p) === norm(s)));
      if (exact && g.direct) exactDirect++;
      const p = near.sort((a, b) => shared(b.start, b.end, g.start, g.end) - shared(a.start, a.end, g.start, g.end))[0]!;
      if (g.speakerStart != null && g.direct) {
        spkGoldDirect++;
        const s = p.speaker;
        const gsp = { start: g.speakerStart, end: g.speakerEnd! };
        if (s && (shared(s.start, s.end, gsp.start, gsp.end) > 0 || norm(s).toLowerCase() === norm(gsp).toLowerCase())) spkRightDirect++;
      }
    }
  });
  const P = pred ? predHit / pred : 0;
  const Pe = pred ? predExact / pred : 0;
  return {
    directOverlapF1: f1(P, goldDirect ? hitDirect / goldDirect : 0),
    directExactF1: f1(Pe, goldDirect ? exactDirect / goldDirect : 0),
    allOverlapF1: f1(P, gold ? hit / gold : 0),
    speakerDirect: spkGoldDirect ? spkRightDirect / spkGoldDirect : 0,
    precision: P,
    exactPrecision: Pe,
  };
}

/** Whether a predicted span overlaps a gold attribution, and whether it equals one exactly. */
export function judgeSpan(doc: GoldDoc, p: Span): { real: boolean; exact: boolean } {
  const norm = (s: Span): string => doc.text.slice(s.start, s.end).replace(TRIM, '');
  const gs = doc.quotes.map((g) => ({ ...g, pieces: g.contentSpans?.length ? g.contentSpans : [{ start: g.start, end: g.end }] }));
  return { real: gs.some((g) => overlaps(p, g)), exact: gs.some((g) => [g, ...g.pieces].some((s) => norm(s) === norm(p))) };
}
