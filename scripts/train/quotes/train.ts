/**
 * Trains the learned parts of the quote finder on PolNeAR train and writes models/quotes.json:
 * the cue lexicon (words that anchor attributions), the cue classifier, and the content-end
 * boundary model. Dev is only scored, never trained on.
 */
import fs from 'node:fs';
import { anchorOf, canAnchor, cueFeatures } from '../../../src/core/quotes/cue-features';
import { boundaryFeatures, isBoundary } from '../../../src/core/quotes/content-end';
import type { QuotesModel } from '../../../src/core/quotes/cue-model';
import { trainLogistic, type Example } from './logistic';
import { analyzeSplit, readSplit, tokenRange, type AnalyzedDoc } from './polnear';

const MIN_LEXICON = 2;

/** How often each word is a whole gold cue by itself ("said"), used to pick anchors. */
export function aloneCounts(docs: readonly AnalyzedDoc[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of docs) {
    for (const q of d.doc.quotes) {
      if (q.cueStart == null || q.cueEnd == null) continue;
      const r = tokenRange(d.a, q.cueStart, q.cueEnd);
      if (r && r[1] - r[0] === 1) out.set(d.a.lower[r[0]]!, (out.get(d.a.lower[r[0]]!) ?? 0) + 1);
    }
  }
  return out;
}

/** Token indices anchoring the gold cues of a document, with the end of each gold cue span. */
export function goldAnchors(d: AnalyzedDoc, alone: ReadonlyMap<string, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const q of d.doc.quotes) {
    if (q.cueStart == null || q.cueEnd == null) continue;
    const r = tokenRange(d.a, q.cueStart, q.cueEnd);
    if (r) out.set(anchorOf(d.a, r[0], r[1], alone), r[1]);
  }
  return out;
}

/** Multi-word cues: anchor plus following words that the data puts inside the cue most of the time. */
function learnPhrases(docs: readonly AnalyzedDoc[], alone: ReadonlyMap<string, number>): string[] {
  const gold = new Map<string, number>();
  const all = new Map<string, number>();
  for (const d of docs) {
    const an = goldAnchors(d, alone);
    for (const [i, end] of an) {
      let key = d.a.lower[i]!;
      for (let k = i + 1; k < Math.min(d.a.tokens.length, i + 4); k++) {
        key += ` ${d.a.lower[k]!}`;
        all.set(key, (all.get(key) ?? 0) + 1);
        if (k < end) gold.set(key, (gold.get(key) ?? 0) + 1);
      }
    }
  }
  return [...gold].filter(([k, c]) => c >= 3 && c / all.get(k)! >= 0.5 && !/[.,:;"“”]/.test(k)).map(([k]) => k).sort();
}

function cueExamples(docs: readonly AnalyzedDoc[], lexicon: ReadonlySet<string>, alone: ReadonlyMap<string, number>): Example[] {
  const ex: Example[] = [];
  for (const d of docs) {
    const an = goldAnchors(d, alone);
    for (let i = 0; i < d.a.tokens.length; i++) {
      const l = d.a.lower[i]!;
      if (!lexicon.has(l) || !canAnchor(l) || d.a.quoteOf[i]! >= 0) continue;
      ex.push({ features: cueFeatures(d.a, i), label: an.has(i) ? 1 : 0 });
    }
  }
  return ex;
}

function boundaryExamples(docs: readonly AnalyzedDoc[]): Example[] {
  const ex: Example[] = [];
  for (const d of docs) {
    const { a } = d;
    for (const g of d.doc.quotes) {
      if (g.cueEnd == null || g.cueEnd > g.start || g.contentSpans?.length) continue;
      const r = tokenRange(a, g.start, g.end);
      if (!r) continue;
      const [s] = r;
      let e = r[1];
      const u = a.units[a.unitOf[s]!]!;
      if (e > u.tokEnd) continue;
      while (e > s + 1 && /^[.!?]$/.test(a.lower[e - 1]!)) e--;
      let end = u.tokEnd;
      while (end > s + 1 && /^[.!?]$/.test(a.lower[end - 1]!)) end--;
      const goldAtEnd = e >= end;
      if (!goldAtEnd && !isBoundary(a, e)) continue;
      ex.push({ features: boundaryFeatures(a, s, u.tokEnd, u.tokEnd), label: goldAtEnd ? 1 : 0 });
      for (let j = s + 1; j < end; j++) {
        if (!isBoundary(a, j)) continue;
        ex.push({ features: boundaryFeatures(a, s, j, u.tokEnd), label: !goldAtEnd && j === e ? 1 : 0 });
      }
    }
  }
  return ex;
}

/** Trains every part of the model from the training split. */
export function trainQuotesModel(train: readonly AnalyzedDoc[], cueThreshold: number, cueThresholdDirect: number): QuotesModel {
  const alone = aloneCounts(train);
  const counts = new Map<string, number>();
  for (const d of train) for (const i of goldAnchors(d, alone).keys()) counts.set(d.a.lower[i]!, (counts.get(d.a.lower[i]!) ?? 0) + 1);
  const lexicon = [...counts].filter(([w, c]) => c >= MIN_LEXICON && canAnchor(w)).map(([w]) => w).sort();
  const lexSet = new Set(lexicon);
  const cuePhrases = learnPhrases(train, alone);
  const cue = trainLogistic(cueExamples(train, lexSet, alone), { epochs: 6, l2: 1e-6, rate: 0.1, minCount: 3, prune: 0.02, seed: 7 });
  const contentEnd = trainLogistic(boundaryExamples(train), { epochs: 8, l2: 1e-6, rate: 0.1, minCount: 2, prune: 0.02, seed: 11 });
  return { version: 1, lexicon, cue, cueThreshold, cueThresholdDirect, contentEnd, cuePhrases };
}

const args = process.argv.slice(2);
const foldArg = args.indexOf('--fold');
// --fold K trains on four fifths of train (articles whose index mod 5 is not K), to tune on the rest.
const fold = foldArg >= 0 ? Number(args.splice(foldArg, 2)[1]) : -1;
const out = args[0] ?? 'models/quotes.json';
const threshold = Number(args[1] ?? 0.5);
const thresholdDirect = Number(args[2] ?? 0.3);
const t0 = Date.now();
const train = analyzeSplit(readSplit('train').filter((_, i) => fold < 0 || i % 5 !== fold));
const model = trainQuotesModel(train, threshold, thresholdDirect);
fs.writeFileSync(out, JSON.stringify(model));
console.log(`wrote ${out}: lexicon ${model.lexicon.length}, cue weights ${Object.keys(model.cue).length}, content-end weights ${Object.keys(model.contentEnd).length}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
