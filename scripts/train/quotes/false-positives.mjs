#!/usr/bin/env node
// Sorts the quote finder's false positives (output spans overlapping no gold attribution, the
// scorer's precision test) into categories, each with the true positives the same category holds,
// so that a rule or feature removing a category can be weighed before it is written.
// usage: node scripts/train/quotes/false-positives.mjs 0|1|dev [--models FILE] [--show CATEGORY] [--cues] [--probs]
//   fold K reads the fold model .tmp/quotes-folds/K/models/quotes.json (fold-eval.mjs trains it) and
//   scores fold K of train; dev reads models/quotes.json. --show prints the false positives of the
//   categories starting with CATEGORY (with the gold attribution of their cue, if any; --hits prints the
//   true positives too, marked HIT); --cues counts
//   reported speech by cue word; --probs splits each category by acceptance probability.
//   A category ending in "(gold cue: span missed)" found a gold cue but overlaps none of its content.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const which = args.find((x) => !x.startsWith('--')) ?? '0';
const opt = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : null);
const show = opt('--show');
const modelPath = opt('--models') ?? (which === 'dev' ? 'models/quotes.json' : `.tmp/quotes-folds/${which}/models/quotes.json`);

// The core runs from a bundle of a small entry module (the pipeline's own stages, nothing copied).
const outfile = path.resolve('.tmp/false-positives/entry.mjs');
fs.mkdirSync(path.dirname(outfile), { recursive: true });
await esbuild.build({
  stdin: {
    contents: `
      export { analyze } from './src/core/quotes/analysis';
      export { findAttributions } from './src/core/quotes/attributions';
      export { findCues } from './src/core/quotes/cue-model';
      export { acceptanceProbability } from './src/core/quotes/acceptance';
      export { isQuotedHeading } from './src/core/quotes/non-speech-quotations';
      export { toQuotes } from './src/core/quotes/index';
      export { articleTextFromRawText } from './src/core/text/article-text';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error',
});
const core = await import(pathToFileURL(outfile).href);
const model = JSON.parse(fs.readFileSync(modelPath, 'utf8'));
const read = (p) => fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const docs = which === 'dev' ? read('/work/shared/data/quotes/polnear.dev.jsonl') : read('/work/shared/data/quotes/polnear.train.jsonl').filter((_, i) => i % 5 === Number(which));

const shared = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const overlaps = (p, g) => p.end > p.start && shared(p.start, p.end, g.start, g.end) >= 0.5 * Math.min(p.end - p.start, g.end - g.start);
const clip = (s, n = 160) => (s.length > n ? `${s.slice(0, n / 2)} … ${s.slice(-n / 2)}` : s).replace(/\n/g, '¶');
const words = (s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const titleCase = (s) => {
  const w = s.split(/\s+/).filter((x) => /\p{L}/u.test(x));
  return w.length > 0 && w.every((x, i) => /^\p{Lu}/u.test(x) || (i > 0 && /^(?:of|the|a|an|and|in|on|for|to|with)$/.test(x)));
};

/** The category of one output span, from how it was found and what its text looks like. */
function categorize(doc, a, r, p, all) {
  const text = doc.text;
  const inner = text.slice(p.start, p.end);
  const kind = r.direct ? 'Q' : 'R';
  const firstBlock = a.article.blocks[0];
  if (firstBlock && p.start < firstBlock.end) return `${kind}:headline`;
  const dup = all.some((o) => o !== p && overlaps(o, p));
  if (dup) return `${kind}:overlaps-another`;
  if (r.direct) {
    const m = a.quotes.find((q) => q.start <= p.start && q.end >= p.end) ?? a.quotes.find((q) => q.start >= p.start && q.end <= p.end);
    const q = m ? text.slice(m.innerStart, m.innerEnd) : inner;
    const n = words(q);
    if (r.via.startsWith('orphan') || r.via === 'continued') {
      if (r.via === 'continued') return 'Q:continued';
      if (n <= 3 && titleCase(q)) return 'Q:orphan-title';
      if (n <= 3) return 'Q:orphan-short(<=3)';
      if (n <= 8) return 'Q:orphan-4-8';
      return r.speaker ? 'Q:orphan-long-guessed' : 'Q:orphan-long-nospeaker';
    }
    if (n <= 3) return `Q:cued-short:${r.via}`;
    return `Q:cued:${r.via}`;
  }
  const n = words(inner);
  if (n <= 3) return `R:short(<=3):${r.via}`;
  return `R:${r.via}`;
}

const cats = new Map();
const cueStats = new Map();
const probStats = new Map();
const add = (m, key, hit) => {
  const c = m.get(key) ?? { fp: 0, tp: 0 };
  if (hit) c.tp++;
  else c.fp++;
  m.set(key, c);
};
let nPred = 0;
let nFp = 0;
for (const doc of docs) {
  const a = core.analyze(core.articleTextFromRawText(doc.text));
  const th = { direct: model.cueThresholdDirect, indirect: model.cueThreshold };
  const cues = core.findCues(a, model, Math.min(th.direct, th.indirect));
  const raw = core.findAttributions(a, cues, model, th);
  const scored = raw.map((r) => ({ r, prob: core.acceptanceProbability(a, r, model.accept) }));
  // (the rules acceptAttributions applies before the model, then the model's thresholds)
  const kept = scored.filter((x) => !core.isQuotedHeading(a, x.r) && x.prob >= (x.r.direct ? model.acceptThresholdDirect : model.acceptThreshold));
  const outputs = kept.flatMap(({ r, prob }) => core.toQuotes(a, [r], []).map((q) => ({ start: q.start, end: q.end, r, prob })));
  for (const p of outputs) {
    nPred++;
    const hit = doc.quotes.some((g) => overlaps(p, g));
    if (!hit) nFp++;
    let c = categorize(doc, a, p.r, p, outputs);
    // A false positive whose cue is a gold cue found the right attribution with the wrong span.
    if (!hit && p.r.cue) {
      const cs = a.tokens[p.r.cue[0]].start;
      const ce = a.tokens[p.r.cue[1] - 1].end;
      if (doc.quotes.some((g) => g.cueStart != null && shared(cs, ce, g.cueStart, g.cueEnd) > 0)) c += ' (gold cue: span missed)';
    }
    add(cats, c, hit);
    if (!p.r.direct) add(cueStats, p.r.cue ? a.lower[p.r.cue[0]] : '-', hit);
    if (args.includes('--probs')) add(probStats, `${c.split(' ')[0].split(':').slice(0, 2).join(':')} p${Math.min(9, Math.floor(p.prob * 10))}`, hit);
    if (show && c.startsWith(show) && (!hit || args.includes('--hits'))) {
      const u = a.units.find((x) => x.start <= p.start && x.end >= p.start);
      const ctx = u ? doc.text.slice(u.start, Math.max(u.end, p.end)) : '';
      const cs = p.r.cue ? a.tokens[p.r.cue[0]].start : -1;
      const g = p.r.cue ? doc.quotes.find((x) => x.cueStart != null && shared(cs, a.tokens[p.r.cue[1] - 1].end, x.cueStart, x.cueEnd) > 0) : undefined;
      const gold = g ? `\n  GOLD: ${clip(doc.text.slice(g.start, g.end))}` : '';
      console.log(`${hit ? 'HIT ' : ''}[${c}] p=${p.prob.toFixed(2)} cue=${p.r.cue ? a.lower[p.r.cue[0]] : '-'} ${doc.id}\n  PRED: ${clip(doc.text.slice(p.start, p.end))}${gold}\n  SENT: ${clip(ctx, 300)}\n`);
    }
  }
}
console.log(`== ${which}: predicted ${nPred}, false positives ${nFp} (precision ${(100 * (1 - nFp / nPred)).toFixed(2)})`);
console.log('   FP    TP  FP%  category');
for (const [k, c] of [...cats].sort((x, y) => y[1].fp - x[1].fp)) console.log(`${String(c.fp).padStart(5)} ${String(c.tp).padStart(5)} ${String(Math.round((100 * c.fp) / (c.fp + c.tp))).padStart(4)}  ${k}`);
if (args.includes('--probs')) {
  console.log('\nby kind and acceptance probability (--probs)');
  for (const [k, c] of [...probStats].sort((x, y) => (x[0] < y[0] ? -1 : 1))) console.log(`${String(c.fp).padStart(5)} ${String(c.tp).padStart(5)} ${String(Math.round((100 * c.fp) / (c.fp + c.tp))).padStart(4)}  ${k}`);
}
if (args.includes('--cues')) {
  console.log('\nreported speech by cue word (FP >= 3)');
  for (const [k, c] of [...cueStats].filter(([, c]) => c.fp >= 3).sort((x, y) => y[1].fp - x[1].fp)) console.log(`${String(c.fp).padStart(5)} ${String(c.tp).padStart(5)} ${String(Math.round((100 * c.fp) / (c.fp + c.tp))).padStart(4)}  ${k}`);
}
