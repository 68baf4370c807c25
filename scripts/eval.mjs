// `npm run eval [-- AREA ...]`: runs the pressmark CLI over ../shared/data and scores its output with the
// scorers in ../shared/eval (and scripts/score-metadata.mjs for metadata), then prints one table.
// Areas: articles, metadata, entities, quotes, summaries (default: all).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, requireShared } from './lib/shared.mjs';

const AREAS = ['articles', 'metadata', 'entities', 'quotes', 'summaries'];
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const a of asked) if (!AREAS.includes(a)) { console.error(`unknown area ${a}; areas: ${AREAS.join(', ')}`); process.exit(2); }
const areas = asked.length ? asked : AREAS;
const data = requireShared('data');
const evalDir = requireShared('eval');
const work = path.join(ROOT, '.tmp', 'eval');
fs.mkdirSync(work, { recursive: true });
const CLI = path.join(ROOT, 'bin', 'pressmark.mjs');

/** Runs `pressmark <args>` with a JSONL file on stdin and returns its output lines parsed. */
function runCli(args, inputLines) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pressmark ${args.join(' ')} exited with ${code}`));
      resolve(Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
    });
    (async () => {
      for (const line of inputLines) if (!child.stdin.write(line + '\n')) await new Promise((r) => child.stdin.once('drain', r));
      child.stdin.end();
    })();
  });
}

function score(script, gold, predLines, name) {
  const pred = path.join(work, `${name}.pred.jsonl`);
  fs.writeFileSync(pred, predLines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const r = spawnSync(process.execPath, [script, gold, pred], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${path.basename(script)} failed: ${r.stderr}`);
  fs.writeFileSync(path.join(work, `${name}.score.txt`), r.stdout);
  console.log(`\n== ${name} (${path.basename(script)})\n${r.stdout.trim()}`);
  return r.stdout;
}

const num = (text, re) => { const m = text.match(re); return m ? Number(m[1]) : NaN; };
const rows = [];
const row = (area, metric, value, target, reference = '') => rows.push({ area, metric, value, target, reference });

// Body text as the benchmark means it: the article's blocks without its headline and captions.
const bodyText = (a) => a.article.blocks.filter((b) => b.kind !== 'headline' && b.kind !== 'caption').map((b) => a.article.text.slice(b.start, b.end)).join('\n\n');

function pages(dir) {
  return fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'page.html.gz'))).sort().map((id) => {
    const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, id, 'page.html.gz'))).toString('utf8');
    const truth = fs.existsSync(path.join(dir, id, 'truth.json')) ? JSON.parse(fs.readFileSync(path.join(dir, id, 'truth.json'), 'utf8')) : {};
    return { id, html, url: truth.url ?? null };
  });
}

for (const area of areas) {
  const t0 = Date.now();
  if (area === 'articles') {
    const dir = path.join(data, 'articles', 'dev');
    const out = await runCli(['annotate', '--jsonl'], pages(dir).map((p) => JSON.stringify(p)));
    const text = score(path.join(evalDir, 'score-articles.mjs'), dir, out.map((o) => ({ id: o.id, text: o.error ? '' : bodyText(o) })), 'articles');
    row('articles (dev, 91 pages)', 'F1', num(text, /F1 ([\d.]+)\s*$/m), '>= 97.00', 'Readability 95.6');
    row('articles (dev, 91 pages)', 'pages at F1 >= 0.9 (%)', num(text, /F1 >= 0\.9: ([\d.]+)%/), '>= 92.00', 'Readability 83');
  } else if (area === 'metadata') {
    const dir = path.join(data, 'articles', 'readability-tests');
    const scorer = path.join(ROOT, 'scripts', 'score-metadata.mjs');
    if (!fs.existsSync(scorer)) { console.log('\n== metadata: scripts/score-metadata.mjs is not written yet'); continue; }
    const out = await runCli(['annotate', '--jsonl'], pages(dir).map((p) => JSON.stringify(p)));
    const text = score(scorer, dir, out.map((o) => ({ id: o.id, metadata: o.metadata ?? null })), 'metadata');
    for (const f of ['title', 'byline', 'siteName', 'publishedTime']) row('metadata (readability-tests)', `${f} agreement (%)`, num(text, new RegExp(`${f}\\s+([\\d.]+)%`)), '>= 95.00');
  } else if (area === 'entities') {
    const gold = path.join(data, 'entities', 'conll2003.dev.jsonl');
    const lines = fs.readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => { const { tokens, doc } = JSON.parse(l); return JSON.stringify(doc === undefined ? { tokens } : { tokens, doc }); });
    const out = await runCli(['entities', '--jsonl'], lines);
    const text = score(path.join(evalDir, 'score-entities.mjs'), gold, out, 'entities');
    row('entities (CoNLL-2003 dev)', 'F1', num(text, /overall F1 ([\d.]+)/), '>= 91.00', 'compromise 43 (test)');
    for (const t of ['PER', 'ORG', 'LOC', 'MISC']) row('entities (CoNLL-2003 dev)', `${t} F1`, num(text, new RegExp(`^${t}\\b.*?F1\\s+([\\d.]+)`, 'm')), '');
  } else if (area === 'quotes') {
    const gold = path.join(data, 'quotes', 'polnear.dev.jsonl');
    const lines = fs.readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => { const { id, text } = JSON.parse(l); return JSON.stringify({ id, text }); });
    const out = await runCli(['quotes', '--jsonl'], lines);
    const text = score(path.join(evalDir, 'score-quotes.mjs'), gold, out, 'quotes');
    row('quotes (PolNeAR dev)', 'direct quotes, overlap F1', num(text, /direct quotes, overlap.*F1 ([\d.]+)/), '>= 97.00', 'regex 94');
    row('quotes (PolNeAR dev)', 'direct quotes, exact-span F1', num(text, /direct quotes, exact span.*F1 ([\d.]+)/), '>= 85.00', 'regex ~62');
    row('quotes (PolNeAR dev)', 'speaker right, direct (%)', num(text, /speaker right, direct quotes found\s+([\d.]+)%/), '>= 90.00', 'regex 71');
    row('quotes (PolNeAR dev)', 'all attributions, overlap F1', num(text, /all attributions, overlap.*F1 ([\d.]+)/), '>= 75.00', 'regex ~45');
  } else if (area === 'summaries') {
    const gold = path.join(data, 'summaries', 'cnndm-sample.dev.jsonl');
    const lines = fs.readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => { const { id, article } = JSON.parse(l); return JSON.stringify({ id, article }); });
    const out = await runCli(['summarize', '--jsonl'], lines);
    const text = score(path.join(evalDir, 'score-summaries.mjs'), gold, out, 'summaries');
    for (const m of ['ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum']) {
      const esc = m.replace('-', '\\-');
      const ours = num(text, new RegExp(`predicted[^\\n]*?${esc}\\s+([\\d.]+)`, 'i')) ;
      const lead = num(text, new RegExp(`lead-?3[^\\n]*?${esc}\\s+([\\d.]+)`, 'i'));
      row('summaries (CNN/DM dev sample)', m, ours, m === 'ROUGE-1' ? `>= Lead-3 + 1 (${(lead + 1).toFixed(2)})` : `>= Lead-3 (${lead.toFixed(2)})`, `Lead-3 ${lead}`);
    }
  }
  console.log(`(${area}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

const fmt = (v) => (typeof v === 'number' ? (Number.isNaN(v) ? 'n/a' : v.toFixed(2)) : String(v));
console.log('\n| area | metric | Pressmark | target | reference |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.area} | ${r.metric} | ${fmt(r.value)} | ${r.target} | ${r.reference} |`);
