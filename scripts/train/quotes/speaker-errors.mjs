#!/usr/bin/env node
// Categorises wrong speakers on the direct quotes of PolNeAR (a train fold, or dev), judged as the
// official scorer judges them: the prediction overlapping the gold attribution most names the right
// speaker when its span overlaps the gold source span or equals it case-insensitively after trimming.
// Runs the quote finder in-process (same code as `pressmark quotes --jsonl`) with a copy of the
// models taken at start, so a retrain elsewhere does not move the figures mid-run.
// Usage: node scripts/train/quotes/speaker-errors.mjs [--fold K | --dev] [--models DIR] [--show CATEGORY] [--limit N]
// --models defaults to models/; give a fold model (scripts/train-quotes.mjs --fold K) for held-out figures.
// --src DIR bundles the sources from another checkout of src/ (to measure a change apart from others').
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const take = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const fold = Number(take('--fold') ?? 0);
// --all: every train article (no fold held out), for shape counts over the whole distribution.
const all = argv.includes('--all');
const dev = argv.includes('--dev');
const show = take('--show');
const limit = Number(take('--limit') ?? 15);

const work = path.resolve('.tmp/speaker-errors');
fs.mkdirSync(work, { recursive: true });
// (one entry per run: parallel runs with different --src must not overwrite each other's)
const entry = path.join(work, `entry-${process.pid}.ts`);
const src = path.resolve(take('--src') ?? 'src');
fs.writeFileSync(entry, `export { findQuotesInText } from '${path.join(src, 'core/quotes/index')}';\nexport { registerModelsFrom } from '${path.join(src, 'cli/node-models')}';\n`);
const outfile = path.join(work, `bundle-${process.pid}.mjs`);
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
const { findQuotesInText, registerModelsFrom } = await import(pathToFileURL(outfile).href);
fs.rmSync(outfile);
fs.rmSync(entry);
registerModelsFrom(path.resolve(take('--models') ?? 'models'));

const dataDir = path.resolve('../shared/data/quotes');
const file = path.join(dataDir, dev ? 'polnear.dev.jsonl' : 'polnear.train.jsonl');
const docs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((_, i) => dev || all || i % 5 === fold);

const TRIM = /^[\s"“”‘’'«»,.;:!?—–-]+|[\s"“”‘’'«»,.;:!?—–-]+$/g;
const shared = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const overlaps = (p, g) => shared(p.start, p.end, g.start, g.end) >= 0.5 * Math.min(p.end - p.start, g.end - g.start) && p.end > p.start;
const PRONOUNS = /^(?:he|she|they|we|i|it|you|who|which|that)$/i;

/** A short name for why a speaker is wrong, from the shapes of gold and prediction. */
function category(doc, g, p) {
  const t = doc.text;
  const gold = t.slice(g.speakerStart, g.speakerEnd);
  const s = p.speaker;
  if (!s) return PRONOUNS.test(gold.trim()) ? 'none:gold-pronoun' : 'none';
  const pred = t.slice(s.start, s.end);
  const between = t.slice(Math.min(s.end, g.speakerEnd), Math.max(s.start, g.speakerStart));
  const paraOf = (o) => t.lastIndexOf('\n', o);
  if (PRONOUNS.test(gold.trim())) return PRONOUNS.test(pred.trim()) ? 'pronoun:other-pronoun' : 'pronoun:gold-is-pronoun';
  if (PRONOUNS.test(pred.trim())) return 'pronoun:pred-is-pronoun';
  if (between.length < 40 && !/[.\n]/.test(between)) return 'near:same-clause';
  if (paraOf(g.speakerStart) !== paraOf(g.start)) return g.speakerStart < g.start ? 'far:gold-earlier-paragraph' : 'far:gold-later-paragraph';
  // PolNeAR gives a sentence closing on "according to X" / "X reported" to that outer source.
  const outer = /according to\s*$/i.test(t.slice(Math.max(0, g.speakerStart - 15), g.speakerStart)) || /^\s*(?:reported|reports|said|says|wrote|writes|recalled)\b/.test(t.slice(g.speakerEnd, g.speakerEnd + 12));
  if (outer && g.speakerStart > s.end) return 'nested:outer-source';
  if (/^(?:the|this|that)\s/i.test(gold)) return 'nominal:the-X';
  if (g.cueStart != null && g.speakerStart > g.cueStart) return 'after-cue';
  return 'other';
}

/** The shape of a predicted speaker phrase, for right/wrong counts per shape. */
function shape(doc, s) {
  if (!s) return 'none';
  const t = doc.text.slice(s.start, s.end).trim();
  if (/^(?:who|which|that)$/i.test(t)) return 'relative';
  if (PRONOUNS.test(t)) return 'pronoun';
  if (/^(?:the|this|that)\s/i.test(t)) return /^\p{Lu}/u.test(t.split(/\s+/).pop()) ? 'the-Name' : 'the-noun';
  if (/^\p{Lu}/u.test(t) && /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*$/u.test(t)) return 'name';
  return 'other-phrase';
}
const shapes = new Map();
const tally = (k, ok) => {
  const v = shapes.get(k) ?? [0, 0];
  v[ok ? 0 : 1]++;
  shapes.set(k, v);
};
const counts = new Map();
const examples = new Map();
let found = 0;
let right = 0;
let predicted = 0;
// --pred FILE writes the predictions as `pressmark quotes --jsonl` does, for the official scorer.
const predFile = take('--pred');
const predLines = [];
for (const doc of docs) {
  const ps = findQuotesInText(doc.text).filter((q) => Number.isInteger(q.start));
  if (predFile) predLines.push(JSON.stringify({ id: doc.id, quotes: ps.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker && q.speaker.start != null ? { start: q.speaker.start, end: q.speaker.end } : null, cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null })) }));
  predicted += ps.length;
  for (const g of doc.quotes) {
    if (!g.direct || g.speakerStart == null) continue;
    const near = ps.filter((p) => overlaps(p, g));
    if (!near.length) continue;
    found++;
    const p = near.sort((a, b) => shared(b.start, b.end, g.start, g.end) - shared(a.start, a.end, g.start, g.end))[0];
    const s = p.speaker;
    const gsp = { start: g.speakerStart, end: g.speakerEnd };
    const norm = (x) => doc.text.slice(x.start, x.end).replace(TRIM, '').toLowerCase();
    const ok = !!s && (shared(s.start, s.end, gsp.start, gsp.end) > 0 || norm(s) === norm(gsp));
    tally(shape(doc, s), ok);
    if (ok) {
      right++;
      continue;
    }
    const rightFor = (q) => q.speaker && (shared(q.speaker.start, q.speaker.end, gsp.start, gsp.end) > 0 || norm(q.speaker) === norm(gsp));
    // Another overlapping prediction names the right speaker: the scorer picked the wrong piece.
    if (argv.includes('--by-shape')) {
      // Group by the predicted phrase's shape instead of the error's.
      const c = `${shape(doc, s)}${p.cue ? '' : ':no-cue'}`;
      counts.set(c, (counts.get(c) ?? 0) + 1);
      if (!examples.has(c)) examples.set(c, []);
      const others = near.slice(1).map((q) => `«${doc.text.slice(q.start, q.end).slice(0, 50)}» by «${q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : '-'}»`).join('; ');
    examples.get(c).push(`[${doc.id}] picked «${doc.text.slice(p.start, p.end).slice(0, 50)}»${others ? `; also ${others}` : ''}\n   gold «${doc.text.slice(g.speakerStart, g.speakerEnd)}» pred «${s ? doc.text.slice(s.start, s.end) : '-'}» cue ${p.cue?.verb ?? '-'} | …${doc.text.slice(Math.max(0, Math.min(g.speakerStart, s?.start ?? g.start, g.start) - 60), Math.min(g.start + 60, doc.text.length)).replace(/\n/g, ' ¶ ')}`);
      continue;
    }
    const c = near.slice(1).some((q) => rightFor(q) && q.start === p.start && q.end === p.end)
      ? 'picked:same-span-other-speaker-right'
      : near.slice(1).some(rightFor) ? 'picked:other-prediction-right' : category(doc, g, p);
    counts.set(c, (counts.get(c) ?? 0) + 1);
    if (!examples.has(c)) examples.set(c, []);
    const from = Math.max(0, Math.min(g.speakerStart, g.start, s?.start ?? g.start) - 120);
    const to = Math.min(doc.text.length, Math.max(g.speakerEnd, g.start + 80, s?.end ?? 0) + 40);
    const others = near.slice(1).map((q) => `«${doc.text.slice(q.start, q.end).slice(0, 50)}» by «${q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : '-'}»`).join('; ');
    examples.get(c).push(`[${doc.id}] picked «${doc.text.slice(p.start, p.end).slice(0, 50)}»${others ? `; also ${others}` : ''}\n   gold «${doc.text.slice(g.speakerStart, g.speakerEnd)}» pred «${s ? doc.text.slice(s.start, s.end) : '-'}» (${s?.name ?? ''}; cue ${p.cue?.verb ?? '-'}${p.direct ? '' : ', reported'})\n   …${doc.text.slice(from, to).replace(/\n/g, ' ¶ ')}…`);
  }
}
if (predFile) fs.writeFileSync(predFile, predLines.join('\n') + '\n');
console.log(`${dev ? 'dev' : all ? 'train' : `train fold ${fold}`}: ${docs.length} docs, ${predicted} predictions; speaker right, direct quotes found ${((100 * right) / found).toFixed(2)}% (${right}/${found})`);
console.log(`  predicted speaker shapes (right/wrong): ${[...shapes].map(([k, [r, w]]) => `${k} ${r}/${w}`).join(', ')}`);
for (const [c, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${c}`);
if (show) for (const e of (examples.get(show) ?? []).slice(0, limit)) console.log(e);
