/**
 * Trains the learned parts of the quote finder on PolNeAR train and writes models/quotes.json:
 * the cue lexicon (words that anchor attributions), the cue classifier, and the content-end
 * boundary model. Dev is only scored, never trained on.
 */
import fs from 'node:fs';
import { anchorOf, canAnchor, cueFeatures } from '../../../src/core/quotes/cue-features';
import { boundaryFeatures, isBoundary, mixedEndCandidates, mixedEndFeatures, mixedStartCandidates, mixedStartFeatures, START_WINDOW, startFeatures } from '../../../src/core/quotes/content-end';
import { score, sigmoid } from '../../../src/core/quotes/linear-model';
import type { QuotesModel } from '../../../src/core/quotes/cue-model';
import { trainLogistic, trainRanker, type Choice, type Example } from './logistic';
import { analyzeSplit, readSplit, tokenRange, type AnalyzedDoc } from './polnear';
import { acceptanceExamples, candidatesOf, figures, type DocCandidates } from './acceptance';

const MIN_LEXICON = 2;
// A word joins the lexicon only if at least this share of its occurrences (outside quotations)
// anchor a cue: rarer cue words cost time on every article and rarely pay.
const MIN_LEXICON_RATE = Number(process.env.QUOTES_MIN_RATE ?? 0.1);

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
  // A phrase ending in where or how something was said ("said in a statement", "wrote on Twitter")
  // keeps the cue to its verb: the rest is the channel, marked separately.
  const CHANNEL_TAIL = / (?:in|on|during|via|to|through) (?:a|an|the|his|her|their|twitter|facebook|instagram|reporters|cnn|fox)\b| (?:in|during|on)$/;
  return [...gold]
    .filter(([k, c]) => c >= 3 && c / all.get(k)! >= 0.5 && !/[.,:;"“”]/.test(k) && !CHANNEL_TAIL.test(k))
    .map(([k]) => k)
    .sort();
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

/**
 * The gold end of a reported statement whose cue comes first, in tokens of its sentence unit, with
 * trailing sentence punctuation left out; null when the statement is not a boundary-training case.
 */
function goldBoundary(a: AnalyzedDoc['a'], g: AnalyzedDoc['doc']['quotes'][number]) {
  if (g.cueStart == null || g.cueEnd == null || g.cueEnd > g.start || g.contentSpans?.length) return null;
  const r = tokenRange(a, g.start, g.end);
  if (!r) return null;
  const [s] = r;
  let e = r[1];
  const u = a.units[a.unitOf[s]!]!;
  if (e > u.tokEnd) return null;
  while (e > s + 1 && /^[.!?]$/.test(a.lower[e - 1]!)) e--;
  let end = u.tokEnd;
  while (end > s + 1 && /^[.!?]$/.test(a.lower[end - 1]!)) end--;
  const goldAtEnd = e >= end;
  boundaryCases.total++;
  if (!goldAtEnd && !isBoundary(a, e)) return null;
  boundaryCases.covered++;
  const cr = tokenRange(a, g.cueStart, g.cueEnd);
  return { s, e, u, end, goldAtEnd, cue: cr ? a.lower[cr[1] - 1]! : '-' };
}

/** How many gold reported-statement ends goldBoundary saw, and how many fell on a candidate (diagnostics). */
const boundaryCases = { total: 0, covered: 0 };

function boundaryChoices(docs: readonly AnalyzedDoc[]): Choice[] {
  const out: Choice[] = [];
  for (const d of docs) {
    const { a } = d;
    for (const g of d.doc.quotes) {
      const gb = goldBoundary(a, g);
      if (!gb) continue;
      const { s, e, u, end, goldAtEnd, cue } = gb;
      const candidates = [boundaryFeatures(a, s, u.tokEnd, u.tokEnd, cue)];
      let gold = goldAtEnd ? 0 : -1;
      for (let j = s + 1; j < end; j++) {
        if (!isBoundary(a, j)) continue;
        if (j === e && !goldAtEnd) gold = candidates.length;
        candidates.push(boundaryFeatures(a, s, j, u.tokEnd, cue));
      }
      if (gold >= 0) out.push({ candidates, gold });
    }
  }
  return out;
}

function startChoices(docs: readonly AnalyzedDoc[], alone: ReadonlyMap<string, number>): Choice[] {
  const out: Choice[] = [];
  for (const d of docs) {
    const { a } = d;
    for (const g of d.doc.quotes) {
      if (g.cueStart == null || g.cueEnd == null || g.cueEnd > g.start) continue;
      const cr = tokenRange(a, g.cueStart, g.cueEnd);
      const r = tokenRange(a, g.start, g.end);
      if (!cr || !r) continue;
      const anchor = anchorOf(a, cr[0], cr[1], alone);
      const u = a.units[a.unitOf[anchor]!]!;
      if (a.unitOf[r[0]] !== a.unitOf[anchor]) continue;
      const from = anchor + 1;
      const candidates: string[][] = [];
      let gold = -1;
      for (let k = from; k < Math.min(u.tokEnd - 1, from + START_WINDOW); k++) {
        if (/^[.!?;]$/.test(a.lower[k]!)) break;
        if (k === r[0]) gold = candidates.length;
        candidates.push(startFeatures(a, anchor, from, k, u.tokEnd));
      }
      if (gold >= 0) out.push({ candidates, gold });
    }
  }
  return out;
}

/**
 * Where gold quoted statements start relative to the first quotation inside them, when that
 * quotation does not open its sentence: a choice among the quotation and the words before it.
 */
function mixedStartChoices(docs: readonly AnalyzedDoc[]): Choice[] {
  const out: Choice[] = [];
  for (const d of docs) {
    const { a } = d;
    for (const g of d.doc.quotes) {
      if (!g.direct || g.contentSpans?.length) continue;
      const r = tokenRange(a, g.start, g.end);
      if (!r) continue;
      let q = -1;
      for (let k = r[0]; k < r[1]; k++) {
        if (a.quoteOf[k]! >= 0 && a.quoteOf[k - 1] !== a.quoteOf[k]) {
          q = k;
          break;
        }
      }
      if (q < 0) continue;
      const u = a.units[a.unitOf[q]!]!;
      if (q === u.tokStart || r[0] < u.tokStart) continue;
      // A gold start inside the quotation (past its mark) is the quotation itself once trimmed.
      const start = a.quoteOf[r[0]] === a.quoteOf[q] ? q : r[0];
      const ks = mixedStartCandidates(a, u.tokStart, q);
      const gold = ks.indexOf(start);
      if (gold >= 0) out.push({ candidates: ks.map((k) => mixedStartFeatures(a, u.tokStart, k, q)), gold });
    }
  }
  return out;
}

/**
 * Where gold quoted statements end relative to the last quotation inside them, when that
 * quotation does not close its sentence: its end, a boundary word after it, or the sentence end.
 */
function mixedEndChoices(docs: readonly AnalyzedDoc[]): Choice[] {
  const out: Choice[] = [];
  for (const d of docs) {
    const { a } = d;
    for (const g of d.doc.quotes) {
      if (!g.direct || g.contentSpans?.length) continue;
      const r = tokenRange(a, g.start, g.end);
      if (!r) continue;
      let qe = -1;
      for (let k = r[1] - 1; k >= r[0]; k--) {
        if (a.quoteOf[k]! >= 0) {
          qe = k + 1;
          break;
        }
      }
      if (qe < 0) continue;
      let q = qe - 1;
      while (q > 0 && a.quoteOf[q - 1] === a.quoteOf[qe - 1]) q--;
      const u = a.units[a.unitOf[qe - 1]!]!;
      if (r[1] > u.tokEnd || r[0] < u.tokStart) continue;
      const js = mixedEndCandidates(a, qe, u.tokEnd);
      if (js.length < 2) continue;
      let e = r[1];
      while (e > qe && /^[.!?,;]$/.test(a.lower[e - 1]!)) e--;
      const gold = e <= qe ? 0 : js.indexOf(e) >= 0 ? js.indexOf(e) : e >= js[js.length - 1]! ? js.length - 1 : -1;
      const start = a.quoteOf[r[0]] === a.quoteOf[q] ? q : r[0];
      if (gold >= 0) out.push({ candidates: js.map((j) => mixedEndFeatures(a, start, q, qe, j, u.tokEnd)), gold });
    }
  }
  return out;
}

/** How often a ranker picks the gold candidate. */
function rankerAccuracy(weights: Record<string, number>, choices: readonly Choice[]): number {
  let right = 0;
  for (const c of choices) {
    const scores = c.candidates.map((f) => f.reduce((s, x) => s + (weights[x] ?? 0), 0));
    if (scores.indexOf(Math.max(...scores)) === c.gold) right++;
  }
  return right / Math.max(1, choices.length);
}

/** The same choices as independent examples (the gold candidate 1, the others 0), to compare pointwise training. */
function pointwise(choices: readonly Choice[]): Example[] {
  return choices.flatMap((c) => c.candidates.map((features, i) => ({ features, label: i === c.gold ? 1 : 0 })));
}

/** Trains every part of the model from the training split. */
export function trainQuotesModel(train: readonly AnalyzedDoc[], cueThreshold: number, cueThresholdDirect: number): QuotesModel {
  const alone = aloneCounts(train);
  const counts = new Map<string, number>();
  for (const d of train) for (const i of goldAnchors(d, alone).keys()) counts.set(d.a.lower[i]!, (counts.get(d.a.lower[i]!) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const d of train) for (let i = 0; i < d.a.tokens.length; i++) if (d.a.quoteOf[i]! < 0) seen.set(d.a.lower[i]!, (seen.get(d.a.lower[i]!) ?? 0) + 1);
  let lexicon = [...counts]
    .filter(([w, c]) => c >= MIN_LEXICON && canAnchor(w) && c / (seen.get(w) ?? c) >= MIN_LEXICON_RATE)
    .map(([w]) => w)
    .sort();
  const lexSet = new Set(lexicon);
  const cuePhrases = learnPhrases(train, alone);
  const cue = trainLogistic(cueExamples(train, lexSet, alone), { epochs: 6, l2: 1e-6, rate: 0.1, minCount: 3, prune: 0.05, seed: 7 });
  // Words the classifier never lets through on the training data only cost time: drop them.
  const best = new Map<string, number>();
  for (const d of train) {
    for (let i = 0; i < d.a.tokens.length; i++) {
      const l = d.a.lower[i]!;
      if (!lexSet.has(l) || d.a.quoteOf[i]! >= 0 || !canAnchor(l)) continue;
      const p = sigmoid(score(cue, cueFeatures(d.a, i)));
      if (p > (best.get(l) ?? 0)) best.set(l, p);
    }
  }
  lexicon = lexicon.filter((w) => (best.get(w) ?? 0) >= Math.min(cueThreshold, cueThresholdDirect));
  // Start and end are chosen among candidates, so they are trained as rankers (softmax per choice).
  const contentStart = trainRanker(startChoices(train, alone), { epochs: 8, l2: 1e-6, rate: 0.1, minCount: 5, prune: 0.1, seed: 13 });
  const contentEnd = trainRanker(boundaryChoices(train), { epochs: 8, l2: 1e-6, rate: 0.1, minCount: 3, prune: 0.05, seed: 11 });
  const mixedStart = trainRanker(mixedStartChoices(train), { epochs: 8, l2: 1e-6, rate: 0.1, minCount: 3, prune: 0.05, seed: 19 });
  const mixedEnd = trainRanker(mixedEndChoices(train), { epochs: 8, l2: 1e-6, rate: 0.1, minCount: 3, prune: 0.05, seed: 23 });
  return { version: 1, lexicon, cue, cueThreshold, cueThresholdDirect, contentStart, contentEnd, cuePhrases, mixedStart, mixedEnd };
}

const args = process.argv.slice(2);
const take = (flag: string): string | null => {
  const i = args.indexOf(flag);
  return i >= 0 ? args.splice(i, 2)[1]! : null;
};
// --fold K trains on four fifths of train (articles whose index mod 5 is not K), to tune on the rest.
const fold = Number(take('--fold') ?? -1);
const out = args.filter((x) => !x.startsWith('--'))[0] ?? 'models/quotes.json';
// (positional arguments only: flags like --accept-eval are not thresholds)
const positional = args.filter((x) => !x.startsWith('--'));
// 0.3: cues are taken generously and the acceptance model below judges the whole attribution
// (without it, 0.5 was the best cue threshold on folds 0 and 1).
const threshold = Number(positional[1] ?? 0.3);
const thresholdDirect = Number(positional[2] ?? 0.3);
const t0 = Date.now();
if (args.includes('--rankers')) {
  // Compares pointwise and listwise training of the start and end models on fold 0 (or --fold K).
  const rf = fold < 0 ? 0 : fold;
  const all = analyzeSplit(readSplit('train'));
  const tr = all.filter((_, i) => i % 5 !== rf);
  const te = all.filter((_, i) => i % 5 === rf);
  const alone = aloneCounts(tr);
  const opts = { epochs: 8, l2: 1e-6, rate: 0.1, minCount: 3, prune: 0.05, seed: 11 };
  const endChoices = boundaryChoices(tr);
  const startChoicesTr = startChoices(tr, alone);
  const endPoint = trainLogistic(pointwise(endChoices), opts);
  const endList = trainRanker(endChoices, opts);
  const startPoint = trainLogistic(pointwise(startChoicesTr), { ...opts, minCount: 5, prune: 0.1 });
  const startList = trainRanker(startChoicesTr, { ...opts, minCount: 5, prune: 0.1 });
  boundaryCases.total = boundaryCases.covered = 0;
  const ec = boundaryChoices(te);
  console.log(`end candidates hold the gold end in ${boundaryCases.covered} of ${boundaryCases.total} statements`);
  const sc = startChoices(te, aloneCounts(tr));
  console.log(`end: pointwise ${rankerAccuracy(endPoint, ec).toFixed(3)} listwise ${rankerAccuracy(endList, ec).toFixed(3)} (right of all: ${Math.round(rankerAccuracy(endList, ec) * ec.length)} / ${boundaryCases.total}) (always unit end ${(ec.filter((c) => c.gold === 0).length / ec.length).toFixed(3)}, ${ec.length} choices)`);
  const mixed = trainRanker(mixedStartChoices(tr), { ...opts, seed: 19 });
  const mc = mixedStartChoices(te);
  console.log(`mixed start: ${rankerAccuracy(mixed, mc).toFixed(3)} (always the quotation ${(mc.filter((c) => c.gold === 0).length / mc.length).toFixed(3)}, ${mc.length} choices)`);
  const mixedE = trainRanker(mixedEndChoices(tr), { ...opts, seed: 23 });
  const me = mixedEndChoices(te);
  console.log(`mixed end: ${rankerAccuracy(mixedE, me).toFixed(3)} (always the quotation ${(me.filter((c) => c.gold === 0).length / me.length).toFixed(3)}, ${me.length} choices)`);
  console.log(`start: pointwise ${rankerAccuracy(startPoint, sc).toFixed(3)} listwise ${rankerAccuracy(startList, sc).toFixed(3)} (always first ${(sc.filter((c) => c.gold === 0).length / sc.length).toFixed(3)}, ${sc.length} choices)`);
  process.exit(0);
}
// (QA_EPOCHS, QA_L2, QA_RATE and QA_MIN override the trainer's options for --accept-eval sweeps; L2
// from 1e-6 to 1e-2 moved fold figures by under 0.1 in round 5.)
const ACCEPT_OPTIONS = { epochs: Number(process.env.QA_EPOCHS ?? 10), l2: Number(process.env.QA_L2 ?? 1e-6), rate: Number(process.env.QA_RATE ?? 0.1), minCount: Number(process.env.QA_MIN ?? 3), prune: 0.02, seed: 17 };
// Acceptance thresholds (quoted, reported), chosen on held-out folds 0 and 1 (see --accept-eval and
// scripts/train/quotes/fold-eval.mjs). Each 0.05 on the reported threshold moves fold 1 (the weaker
// fold) by about 0.4 all-attribution F1 one way and 0.35 direct / 0.4 exact F1 the other (CLI,
// round 4: 0.55 -> 76.13 / 94.35 / 70.80, 0.6 -> 75.67 / 94.57 / 71.18, 0.65 -> 75.24 / 94.92 / 71.61,
// 0.7 -> 74.82). 0.6 keeps all-attribution F1 above 75 with margin on both folds (fold 0: 78.20),
// which 0.65 did not (fold 1: 75.24, ~75.1 in round 3).
// Round 5 (cue-prev and object-NP features, '…, said X, a professor …' read as trailing): 0.65 ->
// fold 0 95.91 / 77.01 / 78.68, fold 1 94.85 / 72.13 / 76.06 (direct / exact / all, CLI), so 0.65
// now keeps all-attribution F1 about a point above 75 on the weaker fold.
// Then infinitive statements ('vowed to repeal …', PolNeAR marks ~3% of attributions so) raised
// all-attribution recall by about a point, bought back as precision: 0.62 / 0.65 / 0.72 / 0.75 ->
// fold 1 all F1 77.84 / 77.61 / 76.49 / 75.96, direct F1 94.94 / 95.06 / 95.33 / 95.53 (CLI);
// 0.72 keeps the weaker fold 1.5 above 75. With 'Asked whether …,' openings as attributions:
// 0.72 / 0.75 / 0.78 -> fold 1 all F1 76.96 / 76.30 / 75.70, direct 95.26 / 95.40 / 95.55 (fold 0
// 79.17 / 78.54 / 77.82, direct 96.24 / 96.28 / 96.41); 0.75 keeps fold 1 about 1.3 above 75.
// Session 7 (statements cut after quotations closing on a comma, which frees later cues of the
// sentence to head statements of their own): the retrained acceptance model takes ~30 more reported
// statements per fold, so all-attribution F1 rose (0.75: dev / fold 0 / fold 1 80.60 / 78.84 /
// 76.26 against 79.86 / 78.59 / 76.27 before) and exact-span F1 stayed put (76.16 / 78.08 / 74.60
// against 76.17 / 78.02 / 74.52). 0.76 / 0.78 -> exact 76.27 / 78.17 / 74.65 and 76.44 / 78.30 /
// 74.75, all-attribution 80.55 / 78.59 / 76.13 and 80.11 / 77.91 / 75.76; 0.76 keeps every split's
// all-attribution F1 within 0.15 of before (0.78 loses 0.5-0.7 on the folds). (The old code at 0.76:
// exact 76.28 / 78.09 / 74.64, all-attribution 79.61 / 78.10 / 76.04.)
const acceptDirect = Number(process.env.QUOTES_ACCEPT_DIRECT ?? 0.3);
const acceptIndirect = Number(process.env.QUOTES_ACCEPT ?? 0.76);

/** Candidates found on each fold of the documents by a base model trained on the other four. */
function crossFitted(all: readonly AnalyzedDoc[], folds: number[]): Map<number, DocCandidates[]> {
  const out = new Map<number, DocCandidates[]>();
  for (const j of folds) {
    const base = trainQuotesModel(all.filter((_, i) => i % 5 !== j), threshold, thresholdDirect);
    out.set(j, candidatesOf(all.filter((_, i) => i % 5 === j), base));
  }
  return out;
}

if (args.includes('--accept-eval')) {
  // Trains the acceptance model on cross-fitted candidates of four folds and scores the fifth
  // (folds 0 and 1) over a grid of thresholds.
  const all = analyzeSplit(readSplit('train'));
  const cands = crossFitted(all, [0, 1, 2, 3, 4]);
  const fmt = (x: number): string => (100 * x).toFixed(2);
  for (const k of [0, 1]) {
    const ex = [...cands].filter(([j]) => j !== k).flatMap(([, c]) => acceptanceExamples(c));
    const w = trainLogistic(ex, ACCEPT_OPTIONS);
    const show = (name: string, f: ReturnType<typeof figures>): void =>
      console.log(`fold ${k} ${name.padEnd(14)} P ${fmt(f.precision)} direct R ${fmt(f.recallDirect)} F1 ${fmt(f.f1Direct)} | exact P ${fmt(f.exactPrecision)} R ${fmt(f.exactDirect)} F1 ${fmt(f.f1Exact)} | all R ${fmt(f.recallAll)} F1 ${fmt(f.f1All)}`);
    show('none', figures(cands.get(k)!, null, { direct: 0, indirect: 0 }));
    for (const d of [0.2, 0.3, 0.4]) for (const t of [0.6, 0.65, 0.7, 0.72, 0.75, 0.8]) show(`d${d} i${t}`, figures(cands.get(k)!, w, { direct: d, indirect: t }));
  }
  process.exit(0);
}

const train = analyzeSplit(readSplit('train').filter((_, i) => fold < 0 || i % 5 !== fold));
const model = trainQuotesModel(train, threshold, thresholdDirect);
if (!args.includes('--no-accept')) {
  // The acceptance model learns from candidates found on articles their base model did not see.
  const cands = crossFitted(analyzeSplit(readSplit('train').filter((_, i) => fold < 0 || i % 5 !== fold)), [0, 1, 2, 3, 4]);
  model.accept = trainLogistic([...cands.values()].flatMap((c) => acceptanceExamples(c)), ACCEPT_OPTIONS);
  model.acceptThreshold = acceptIndirect;
  model.acceptThresholdDirect = acceptDirect;
}
fs.writeFileSync(out, JSON.stringify(model));
console.log(`wrote ${out}: lexicon ${model.lexicon.length}, cue weights ${Object.keys(model.cue).length}, content-end weights ${Object.keys(model.contentEnd).length}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
