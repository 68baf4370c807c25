// The language core on pages it has not seen (`node scripts/bench-core-cold.mjs [--rounds N]`, also
// called by `npm run bench`): the browser's service worker runs warm code on new data on every page, so
// Node micro-benchmarks that repeat one page flatter it. Each child process warms the code on one half
// of ../shared/data/articles/dev, then times annotate()'s stages on the other half, once each (unseen)
// and once more (seen). Wall time and CPU time (process.cpuUsage, as the machine may be shared) per
// stage; medians and p95 over every timed page of every child. Prints a JSON line last.
// `--compare DIR` also times the core of another source tree (e.g. `mkdir -p .tmp/old && git archive
// HEAD~3 src | tar -x -C .tmp/old`), its children alternating with this tree's (and which goes first)
// so that both see the same machine load, and prints the per-page ratios of the two, paired.
import { bundleForNode } from './lib/bundle-node.mjs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { SHARED, sharedPath } from './lib/shared.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const bundleOf = (tag) => path.join(root, `.tmp/bench-core-cold-${tag}.mjs`);
const STAGES = ['entities', 'quotes', 'sources', 'summary', 'total'];
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

/** The dev articles' bodies (truth.json articleBody), longer than 500 characters, in id order. */
function devBodies(dev) {
  return fs.readdirSync(dev).sort().flatMap((id) => {
    const f = path.join(dev, id, 'truth.json');
    if (!fs.existsSync(f)) return [];
    const body = JSON.parse(fs.readFileSync(f, 'utf8')).articleBody;
    return typeof body === 'string' && body.length > 500 ? [body] : [];
  });
}

if (process.argv.includes('--child')) {
  // One child: warm the code on one half, then time the other half (first sight, then again).
  const m = await import(arg('--bundle'));
  m.registerModelsFrom(path.join(root, 'models'));
  const articles = devBodies(arg('--dev')).map((t) => m.articleTextFromPlainText(t));
  const half = Math.floor(articles.length / 2);
  const split = arg('--split', 'a');
  const warm = split === 'a' ? articles.slice(0, half) : articles.slice(half);
  const timed = split === 'a' ? articles.slice(half) : articles.slice(0, half);
  for (let i = 0; i < 2; i++) for (const a of warm) m.annotate(a);
  // The stages as annotate() runs them (language detection counts with entities, as in its timings).
  const stages = (a) => {
    const out = {};
    const clock = () => { const c = process.cpuUsage(); return [performance.now(), (c.user + c.system) / 1000]; };
    let [w0, c0] = clock();
    const lap = (name) => { const [w, c] = clock(); out[name] = { wall: w - w0, cpu: c - c0 }; [w0, c0] = [w, c]; };
    const language = m.articleLanguage(a.text, null);
    const entities = m.unsupportedLanguageNotice(language) ? [] : m.recognizeEntities(a);
    lap('entities');
    const quotes = m.findQuotes(a, entities);
    lap('quotes');
    m.findSources(a, entities, quotes);
    lap('sources');
    m.summarize(a, { entities, quotes }, { sentences: 3 });
    lap('summary');
    out.total = { wall: 0, cpu: 0 };
    for (const s of STAGES.slice(0, -1)) { out.total.wall += out[s].wall; out.total.cpu += out[s].cpu; }
    return out;
  };
  const unseen = timed.map(stages);
  const seen = timed.map(stages);
  const words = timed.map((a) => (a.text.match(/\S+/g) ?? []).length);
  process.stdout.write(JSON.stringify({ unseen, seen, words }));
  process.exit(0);
}

const dev = sharedPath('data', 'articles', 'dev');
if (!dev) {
  console.error(`bench-core-cold: ${path.join(SHARED, 'data', 'articles', 'dev')} is missing (the dev articles live beside the repository in ../shared/data; set PRESSMARK_SHARED if they are elsewhere); nothing was measured.`);
  process.exit(2);
}
/** Bundles the core of the source tree at `src` (a folder holding src/) into `outfile`. */
async function bundleCore(src, outfile) {
  await bundleForNode(
    [
      "export { annotate } from './src/core/annotate';",
      "export { recognizeEntities } from './src/core/entities/index';",
      "export { findQuotes } from './src/core/quotes/index';",
      "export { findSources } from './src/core/sources/index';",
      "export { summarize } from './src/core/summary/index';",
      "export { articleLanguage, unsupportedLanguageNotice } from './src/core/text/language';",
      "export { articleTextFromPlainText } from './src/core/text/article-text';",
      "export { registerModelsFrom } from './src/cli/node-models';",
    ], src, outfile);
}

const trees = [{ name: 'this tree', bundle: bundleOf('this') }];
await bundleCore(root, trees[0].bundle);
const other = arg('--compare');
if (other) {
  trees.push({ name: path.resolve(other), bundle: bundleOf('compare') });
  await bundleCore(path.resolve(other), trees[1].bundle);
}
const rounds = Number(arg('--rounds', '2'));
const empty = () => Object.fromEntries(STAGES.map((s) => [s, { wall: [], cpu: [] }]));
for (const t of trees) t.pooled = { unseen: empty(), seen: empty() };
const words = [];
for (let r = 0; r < rounds; r++) {
  for (const split of ['a', 'b']) {
    // The order alternates: whichever child runs first in a pair came out ~5% slower in an A/A test.
    for (const t of r % 2 === 0 ? trees : [...trees].reverse()) {
      const child = spawnSync(process.execPath, [self, '--child', '--bundle', t.bundle, '--dev', dev, '--split', split], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (child.status !== 0) {
        console.error(`bench-core-cold: child failed\n${child.stderr}`);
        process.exit(1);
      }
      const res = JSON.parse(child.stdout);
      if (r === 0 && t === trees[0]) words.push(...res.words);
      for (const kind of ['unseen', 'seen']) for (const page of res[kind]) for (const s of STAGES) for (const k of ['wall', 'cpu']) t.pooled[kind][s][k].push(page[s][k]);
    }
  }
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN; };
const n = trees[0].pooled.unseen.total.wall.length;
const result = { bench: 'core-cold', pages: n };
for (const t of trees) {
  const { pooled } = t;
  console.log(`== language core on unseen pages, ${t.name} (${words.length} dev articles, median ${pct(words, 0.5)} words; ${rounds} rounds x 2 halves, ${n} timed pages)`);
  console.log('| stage | unseen wall median | unseen CPU median | unseen CPU mean | unseen wall p95 | seen-again wall median |\n|---|---|---|---|---|---|');
  for (const s of STAGES) {
    const u = pooled.unseen[s];
    console.log(`| ${s} | ${pct(u.wall, 0.5).toFixed(2)} ms | ${pct(u.cpu, 0.5).toFixed(2)} ms | ${mean(u.cpu).toFixed(2)} ms | ${pct(u.wall, 0.95).toFixed(2)} ms | ${pct(pooled.seen[s].wall, 0.5).toFixed(2)} ms |`);
  }
  const figures = Object.fromEntries(STAGES.map((s) => [s, { wallMs: +pct(pooled.unseen[s].wall, 0.5).toFixed(2), cpuMs: +pct(pooled.unseen[s].cpu, 0.5).toFixed(2) }]));
  if (t === trees[0]) result.unseenMedian = figures;
  else result.compareUnseenMedian = figures;
}
if (trees.length === 2) {
  // The same pages in the same order in both trees: per-page ratios cancel most of the machine's drift.
  console.log('\n== paired, per unseen page: median of (this tree / compared tree)');
  console.log('| stage | wall ratio | CPU ratio | CPU ratio, quartiles |\n|---|---|---|---|');
  result.pairedRatio = {};
  for (const s of STAGES) {
    const ratios = (k) => trees[0].pooled.unseen[s][k].map((v, i) => v / Math.max(1e-3, trees[1].pooled.unseen[s][k][i]));
    const wall = pct(ratios('wall'), 0.5);
    const cpu = ratios('cpu');
    result.pairedRatio[s] = { wall: +wall.toFixed(3), cpu: +pct(cpu, 0.5).toFixed(3) };
    console.log(`| ${s} | ${wall.toFixed(3)} | ${pct(cpu, 0.5).toFixed(3)} | ${pct(cpu, 0.25).toFixed(3)} - ${pct(cpu, 0.75).toFixed(3)} |`);
  }
}
console.log(JSON.stringify(result));
