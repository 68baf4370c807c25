// Measures the article language detector (src/core/text/language.ts) on the article sets in
// /work/shared/data/articles: each page's human-marked body text is detected and compared with the
// language the page declares (<html lang>), the only label the sets carry. Pages that declare
// nothing are counted apart. Prints agreement overall and for the English / not-English decision
// the pipeline makes. Usage: node scripts/eval-language.mjs [DATA_DIR]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const dataDir = process.argv[2] ?? '/work/shared/data/articles';
const out = path.join(root, '.tmp/eval-language/language.mjs');
await esbuild.build({ entryPoints: [path.join(root, 'src/core/text/language.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
const { detectLanguage, isEnglish } = await import(out);

const pages = [];
for (const set of ['dev', 'readability-tests']) {
  const dir = path.join(dataDir, set);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    const truthFile = path.join(dir, name, 'truth.json');
    const pageFile = path.join(dir, name, 'page.html.gz');
    if (!fs.existsSync(truthFile) || !fs.existsSync(pageFile)) continue;
    const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
    const text = truth.articleBody ?? truth.text ?? truth.content ?? '';
    if (typeof text !== 'string' || !text.trim()) continue;
    const html = zlib.gunzipSync(fs.readFileSync(pageFile)).toString('utf8');
    const lang = /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})/i.exec(html)?.[1]?.toLowerCase() ?? null;
    pages.push({ id: `${set}/${name}`, text, declared: lang });
  }
}
if (!pages.length) {
  console.error(`no pages found under ${dataDir}`);
  process.exit(1);
}

let declared = 0;
let agree = 0;
let englishDecisionAgree = 0;
let noGuess = 0;
const confusion = new Map();
const detected = new Map();
const t0 = performance.now();
for (const p of pages) {
  const guess = detectLanguage(p.text);
  const lang = guess?.language ?? null;
  detected.set(lang ?? 'null', (detected.get(lang ?? 'null') ?? 0) + 1);
  if (!lang) noGuess++;
  if (!p.declared) continue;
  declared++;
  if (lang === p.declared) agree++;
  else confusion.set(`${p.declared}->${lang}`, (confusion.get(`${p.declared}->${lang}`) ?? 0) + 1);
  // The pipeline's decision: unknown counts as English (it annotates rather than refuses).
  if (isEnglish(p.declared) === (lang === null || isEnglish(lang))) englishDecisionAgree++;
}
const ms = performance.now() - t0;
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
console.log(`pages: ${pages.length} (declaring a language: ${declared}); detection took ${ms.toFixed(0)} ms in all`);
console.log(`detected: ${[...detected].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`agrees with <html lang>: ${agree}/${declared} = ${pct(agree, declared)}%`);
console.log(`English / not-English decision agrees with <html lang>: ${englishDecisionAgree}/${declared} = ${pct(englishDecisionAgree, declared)}%`);
console.log(`no guess: ${noGuess}`);
if (confusion.size) console.log(`disagreements (declared->detected): ${[...confusion].map(([k, v]) => `${k} ${v}`).join(', ')}`);
