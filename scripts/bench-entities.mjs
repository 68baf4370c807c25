// Entity tagger benchmark (`node scripts/bench-entities.mjs`, called by `npm run bench`): tagging
// speed on the CoNLL-2003 dev tokens in one process, model size gzipped, model load + decode time,
// and the same figures for compromise in the same run, as ratios. Prints a JSON line last.
import { bundleForNode } from './lib/bundle-node.mjs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { scoreTags } from './train/entities/score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devPath = path.resolve(root, '../shared/data/entities/conll2003.dev.jsonl');
const outfile = path.join(root, '.tmp/bench-entities.mjs');
await bundleForNode(
    [
      "export { tagTokens } from './src/core/entities/index';",
      "export { registerModel, MODEL_FILES } from './src/core/models';",
      "export { entityTagger } from './src/core/entities/load-model';",
    ], root, outfile);
const core = await import(pathToFileURL(outfile).href);
const modelPath = path.join(root, 'models', core.MODEL_FILES.entities);

// Load + decode, as the CLI does it: read, JSON.parse, decode.
const tLoad = performance.now();
const raw = fs.readFileSync(modelPath, 'utf8');
core.registerModel('entities', JSON.parse(raw));
if (!core.entityTagger()) throw new Error('entity model failed to decode');
const loadMs = performance.now() - tLoad;
const gzBytes = zlib.gzipSync(raw, { level: 9 }).length;

const rows = fs.readFileSync(devPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const tokens = rows.reduce((a, r) => a + r.tokens.length, 0);
const docs = new Map();
for (const r of rows) {
  if (!docs.has(r.doc)) docs.set(r.doc, []);
  docs.get(r.doc).push(r.tokens);
}

// Wall-clock rate, and the rate per CPU second of this process (steadier on a shared machine).
function timed(fn) {
  const t = performance.now();
  const c = process.cpuUsage();
  fn();
  const cpu = process.cpuUsage(c);
  return { wall: tokens / ((performance.now() - t) / 1000), cpu: tokens / ((cpu.user + cpu.system) / 1e6) };
}
const runDocs = () =>
  timed(() => {
    for (const [doc, sentences] of docs) sentences.forEach((s, index) => core.tagTokens(s, { doc, sentences, index }));
  });
const runSentences = () =>
  timed(() => {
    for (const r of rows) core.tagTokens(r.tokens);
  });
const best = (runs) => ({ wall: Math.max(...runs.map((r) => r.wall)), cpu: Math.max(...runs.map((r) => r.cpu)) });
const cold = runDocs();
// Accuracy of the same tagger on the same tokens (document context), for the comparison below.
const ours = [];
for (const [doc, sentences] of docs) sentences.forEach((s, index) => ours.push(core.tagTokens(s, { doc, sentences, index })));
const coldDoc = cold.wall;
const docRuns = best([runDocs(), runDocs(), runDocs()]);
const warmDoc = docRuns.wall;
const sentRuns = best([runSentences(), runSentences(), runSentences()]);
const sentenceSpeed = sentRuns.wall;

// compromise, same tokens (joined by spaces, sentences by line breaks), one call per document.
const tC = performance.now();
const { default: nlp } = await import('compromise');
const compromiseLoadMs = performance.now() - tC;
const texts = [...docs.values()].map((ss) => ss.map((s) => s.join(' ')).join('\n'));
const found = [];
const comp = timed(() => {
  for (const text of texts) {
    const d = nlp(text);
    found.push([
      ['PER', d.people().json({ offset: true })],
      ['ORG', d.organizations().json({ offset: true })],
      ['LOC', d.places().json({ offset: true })],
    ]);
  }
});
// compromise's matches as IOB2 tags on the CoNLL tokens (character spans back to tokens).
const theirs = [];
[...docs.values()].forEach((sentences, di) => {
  const spans = [];
  let pos = 0;
  for (const s of sentences) {
    const tags = s.map(() => 'O');
    theirs.push(tags);
    s.forEach((tok, i) => {
      spans.push({ start: pos, end: pos + tok.length, tags, i });
      pos += tok.length + 1;
    });
  }
  for (const [type, matches] of found[di]) {
    for (const m of matches) {
      const from = m.offset.start;
      const to = from + m.offset.length;
      let first = true;
      for (const sp of spans) {
        if (sp.start >= from && sp.end <= to && sp.tags[sp.i] === 'O') {
          sp.tags[sp.i] = `${first ? 'B' : 'I'}-${type}`;
          first = false;
        }
      }
    }
  }
});
const gold = rows.map((r) => r.tags);
const ourF1 = scoreTags(gold, ours).ALL.f * 100;
const theirF1 = scoreTags(gold, theirs).ALL.f * 100;
const compromiseSpeed = comp.wall;

const fmt = (x) => Math.round(x).toLocaleString('en-US');
const load = os.loadavg()[0];
console.log(`entities: ${fmt(tokens)} CoNLL-2003 dev tokens, one Node process (load average ${load.toFixed(1)} on ${os.cpus().length} cores)`);
console.log(`  tagging, two passes with document context: ${fmt(warmDoc)} tokens/s, ${fmt(docRuns.cpu)} per CPU second (first run over cold caches ${fmt(coldDoc)})`);
console.log(`  tagging, one pass per sentence, no document: ${fmt(sentenceSpeed)} tokens/s, ${fmt(sentRuns.cpu)} per CPU second`);
console.log(`  compromise people/organizations/places:      ${fmt(compromiseSpeed)} tokens/s, ${fmt(comp.cpu)} per CPU second  → Pressmark ×${(warmDoc / compromiseSpeed).toFixed(1)}`);
console.log(`  dev F1 (exact spans, PER/ORG/LOC/MISC): Pressmark ${ourF1.toFixed(2)}, compromise ${theirF1.toFixed(2)} → ${(ourF1 - theirF1).toFixed(1)} points better`);
console.log(`  model ${(raw.length / 1e6).toFixed(2)} MB, gzipped ${(gzBytes / 1e6).toFixed(2)} MB; load + decode ${loadMs.toFixed(1)} ms (compromise import ${compromiseLoadMs.toFixed(1)} ms → ×${(compromiseLoadMs / loadMs).toFixed(2)})`);
console.log(
  JSON.stringify({
    area: 'entities',
    tokens,
    tokensPerSecond: Math.round(warmDoc),
    tokensPerCpuSecond: Math.round(docRuns.cpu),
    tokensPerSecondCold: Math.round(coldDoc),
    loadAverage: Number(load.toFixed(2)),
    tokensPerSecondNoDocument: Math.round(sentenceSpeed),
    compromiseTokensPerSecond: Math.round(compromiseSpeed),
    compromiseTokensPerCpuSecond: Math.round(comp.cpu),
    speedRatio: Number((warmDoc / compromiseSpeed).toFixed(2)),
    devF1: Number(ourF1.toFixed(2)),
    compromiseDevF1: Number(theirF1.toFixed(2)),
    modelBytesGzipped: gzBytes,
    modelLoadMs: Number(loadMs.toFixed(1)),
    compromiseLoadMs: Number(compromiseLoadMs.toFixed(1)),
  }),
);
