#!/usr/bin/env node
// Article detection speed, side by side with Readability (Firefox Reader View) in the same run:
// milliseconds to find the article and build its text on an already parsed linkedom document,
// median and 95th percentile over the article-extraction benchmark's dev pages, and the ratio.
// Both also get their body-text F1 on the same pages (the benchmark's metric), since a fast
// extractor that finds the wrong text is no win.
//
//   node scripts/bench-articles.mjs [DATA_DIR] [--rounds N]
//
// Pressmark's time is detectArticle(): segmentation, root choice, ArticleText with its DOM map,
// and the metadata. Readability's is `new Readability(doc).parse()`, which mutates the document,
// so each gets a freshly parsed copy; parsing is never timed. Wall-clock time is reported, and the
// process's CPU time too: on a shared machine other jobs inflate wall time, CPU time much less.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1]) || 3) : 3;
const dataDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? path.resolve(ROOT, '../shared/data/articles/dev');
if (!fs.existsSync(dataDir)) {
  console.log(`bench-articles: no data at ${dataDir}; skipped`);
  process.exit(0);
}

const out = path.join(ROOT, '.tmp', 'bench-articles.mjs');
await esbuild.build({ entryPoints: [path.join(ROOT, 'src/page/detect-article.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
const { detectArticle } = await import(`${out}?${Date.now()}`);

const pages = fs
  .readdirSync(dataDir)
  .filter((id) => fs.existsSync(path.join(dataDir, id, 'page.html.gz')))
  .sort()
  .map((id) => {
    const html = zlib.gunzipSync(fs.readFileSync(path.join(dataDir, id, 'page.html.gz'))).toString('utf8');
    const truthPath = path.join(dataDir, id, 'truth.json');
    const truth = fs.existsSync(truthPath) ? JSON.parse(fs.readFileSync(truthPath, 'utf8')) : {};
    return { id, html, url: truth.url ?? null, truth: truth.articleBody ?? null };
  });

const parse = (html) => parseHTML(html).document;
const bodyText = (a) => a.blocks.filter((b) => b.kind !== 'headline' && b.kind !== 'caption').map((b) => a.text.slice(b.start, b.end)).join('\n\n');

// Per page: the median of its timed rounds; round 0 only warms the JIT up.
const ours = pages.map(() => []);
const theirs = pages.map(() => []);
const oursCpu = pages.map(() => []);
const theirsCpu = pages.map(() => []);
const cpuMs = (u) => (u.user + u.system) / 1000;
const oursText = [];
const theirsText = [];
for (let round = 0; round <= rounds; round++) {
  pages.forEach((page, i) => {
    const a = parse(page.html);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = detectArticle(a, { url: page.url });
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    const b = parse(page.html);
    const c2 = process.cpuUsage();
    const t2 = performance.now();
    let parsed = null;
    try {
      parsed = new Readability(b).parse();
    } catch {
      parsed = null; // Readability throws on a few malformed pages; that counts as no article.
    }
    const t3 = performance.now();
    const c3 = process.cpuUsage(c2);
    if (round === 0) {
      oursText[i] = r.found ? bodyText(r.article) : '';
      theirsText[i] = parsed?.textContent ?? '';
      return;
    }
    ours[i].push(t1 - t0);
    theirs[i].push(t3 - t2);
    oursCpu[i].push(cpuMs(c1));
    theirsCpu[i].push(cpuMs(c3));
  });
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const perPage = (runs) => runs.map(median);
const oursMs = perPage(ours);
const theirsMs = perPage(theirs);
const oursCpuMs = perPage(oursCpu);
const theirsCpuMs = perPage(theirsCpu);

// The benchmark's metric (port of ../shared/eval/score-articles.mjs): 4-token shingles.
const TOKEN = /[\p{L}\p{N}_]+/gu;
function shingles(text) {
  const t = (text || '').match(TOKEN) || [];
  const m = new Map();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const s = t.slice(i, i + 4);
    if (!s.length) continue;
    const k = s.join('\u0001');
    m.set(k, (m.get(k) || 0) + 1);
  }
  return m;
}
function scoreAll(texts) {
  let p = 0, r = 0, np = 0, nr = 0, good = 0, n = 0;
  pages.forEach((page, i) => {
    if (page.truth === null) return;
    n++;
    const a = shingles(page.truth), b = shingles(texts[i]);
    let tp = 0, fp = 0, fn = 0;
    for (const k of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(k) || 0, y = b.get(k) || 0;
      tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
    }
    const prec = fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
    const rec = fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
    if (tp + fp > 0) { p += prec; np++; }
    if (tp + fn > 0) { r += rec; nr++; }
    if (prec + rec > 0 && (2 * prec * rec) / (prec + rec) >= 0.9) good++;
  });
  const P = np ? p / np : 0, R = nr ? r / nr : 0;
  return { f1: P + R ? (200 * P * R) / (P + R) : 0, good: n ? (100 * good) / n : 0 };
}
const oursScore = scoreAll(oursText);
const theirsScore = scoreAll(theirsText);

const f = (x) => x.toFixed(2);
console.log(`article detection on ${pages.length} pages of ${path.basename(dataDir)}, linkedom, ${rounds} timed rounds (median per page), same run`);
console.log('| extractor | median ms | p95 ms | median CPU ms | p95 CPU ms | body F1 | pages at F1 >= 0.9 |');
console.log('|---|---|---|---|---|---|---|');
console.log(`| Pressmark detectArticle | ${f(median(oursMs))} | ${f(quantile(oursMs, 0.95))} | ${f(median(oursCpuMs))} | ${f(quantile(oursCpuMs, 0.95))} | ${f(oursScore.f1)} | ${f(oursScore.good)}% |`);
console.log(`| Readability 0.6 parse | ${f(median(theirsMs))} | ${f(quantile(theirsMs, 0.95))} | ${f(median(theirsCpuMs))} | ${f(quantile(theirsCpuMs, 0.95))} | ${f(theirsScore.f1)} | ${f(theirsScore.good)}% |`);
console.log(`ratio (Readability / Pressmark): median ${f(median(theirsMs) / median(oursMs))}x, p95 ${f(quantile(theirsMs, 0.95) / quantile(oursMs, 0.95))}x (CPU: median ${f(median(theirsCpuMs) / median(oursCpuMs))}x, p95 ${f(quantile(theirsCpuMs, 0.95) / quantile(oursCpuMs, 0.95))}x)`);
console.log(`targets: median <= 5 ms, p95 <= 20 ms; load average now ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs`);
