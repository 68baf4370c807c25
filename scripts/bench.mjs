// `npm run bench`: stage timings of the whole pipeline in Node, then each area's own side-by-side bench
// (scripts/bench-*.mjs: articles vs Readability, entities vs compromise, …) when present.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, sharedPath } from './lib/shared.mjs';

const lib = await import(path.join(ROOT, 'dist/node/lib.mjs'));
lib.registerModelsFrom(path.join(ROOT, 'models'));

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN; };
const median = (xs) => pct(xs, 0.5);

// Pages: the fixtures, plus the benchmark pages when ../shared is there.
const pages = ['bagram-rich.html', 'bagram-bare.html'].map((f) => ({ id: f, html: fs.readFileSync(path.join(ROOT, 'tests/fixtures', f), 'utf8') }));
const dev = sharedPath('data', 'articles', 'dev');
if (dev) for (const id of fs.readdirSync(dev).sort()) {
  const p = path.join(dev, id, 'page.html.gz');
  if (fs.existsSync(p)) pages.push({ id, html: zlib.gunzipSync(fs.readFileSync(p)).toString('utf8') });
}

const stages = ['detect', 'entities', 'quotes', 'sources', 'summary', 'total'];
const times = Object.fromEntries(stages.map((s) => [s, []]));
const perKWords = { entities: [], quotes: [], summary: [] };
for (let round = 0; round < 2; round++) { // round 0 warms the JIT up
  for (const page of pages) {
    const r = lib.annotateHtml(page.html, null);
    if (!r.ok || round === 0) continue;
    for (const s of stages) times[s].push(r.annotations.timings[s] ?? 0);
    const words = (r.annotations.article.text.match(/\S+/g) ?? []).length;
    if (words >= 200) for (const k of Object.keys(perKWords)) perKWords[k].push(((r.annotations.timings[k] ?? 0) * 1000) / words);
  }
}
console.log(`== pipeline stages in Node (${times.total.length} pages with an article of ${pages.length}: fixtures${dev ? ' + articles/dev' : ''})`);
console.log('| stage | median ms | p95 ms |\n|---|---|---|');
for (const s of stages) console.log(`| ${s} | ${median(times[s]).toFixed(2)} | ${pct(times[s], 0.95).toFixed(2)} |`);
console.log('\n| stage | median ms per 1,000 words | target |\n|---|---|---|');
const targets = { entities: '', quotes: '<= 5', summary: '<= 3' };
for (const k of Object.keys(perKWords)) console.log(`| ${k} | ${median(perKWords[k]).toFixed(2)} | ${targets[k]} |`);

for (const f of fs.readdirSync(path.join(ROOT, 'scripts')).filter((f) => /^bench-.+\.mjs$/.test(f)).sort()) {
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', f)], { stdio: 'inherit' });
  if (r.status !== 0) console.log(`(${f} exited with ${r.status})`);
}
