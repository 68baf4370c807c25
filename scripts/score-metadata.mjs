#!/usr/bin/env node
// Scores publication metadata against Readability's expected-metadata.json files: for each field
// where the expected value is given (not null or empty), the share of pages whose prediction agrees.
//
//   node scripts/score-metadata.mjs READABILITY_DIR PRED.jsonl
//
// PRED lines: {"id": "<page folder>", "metadata": <Metadata of src/core/annotations.ts>}.
// Fields: title↔headline, byline↔authors (joined with ", "), siteName↔publisher,
// publishedTime↔published.
// Agreement rules (the same for every page):
// - text: equal after normalising case, white space and punctuation (Unicode NFKC, lower case,
//   every run of characters that are not letters or digits becomes one space, and a space goes
//   between a letter and a digit that touch, since text of separate elements run together
//   glues them: "Lucas Nolan22 Dec" is "lucas nolan 22 dec"); the same on both sides, every page;
// - byline: Readability's byline is the raw text of the page's byline box ("By Jane Doe",
//   "By Brenda Goodman, MA WebMD Health News"), Pressmark's authors are names only. "exact" is the
//   text rule on the joined names; "agreement" also accepts a prediction whose every name occurs,
//   as whole words, in the expected byline (a non-empty prediction is required);
// - dates: both parsed as ISO-like dates; when the expected value is a date only, the calendar
//   dates must match; when both give a time and a zone, the instants must match to the minute;
//   otherwise the written date and time must match to the minute.
import fs from 'node:fs';
import path from 'node:path';

if (process.argv.length < 4 || process.argv.includes('--help')) {
  console.error('usage: node scripts/score-metadata.mjs READABILITY_DIR PRED.jsonl');
  process.exit(2);
}
const [dataDir, predPath] = process.argv.slice(2);

const preds = new Map();
for (const line of fs.readFileSync(predPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const p = JSON.parse(line);
  preds.set(p.id, p.metadata ?? null);
}

/** Case, white space and punctuation folded away. */
const normalize = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ')
    .trim();

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

function parseDate(s) {
  const m = DATE.exec(String(s ?? '').trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, , zone] = m;
  const r = { date: `${y}-${mo}-${d}`, time: h !== undefined ? `${h}:${mi}` : null, zone: null };
  if (r.time && zone) {
    const z = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    r.zone = z;
    r.instant = Date.UTC(+y, +mo - 1, +d, +h, +mi) - z * 60000;
  }
  return r;
}

function sameDate(expected, predicted) {
  const e = parseDate(expected);
  const p = parseDate(predicted);
  if (!e || !p) return false;
  if (!e.time) return e.date === p.date;
  if (!p.time) return false;
  if (e.zone !== null && p.zone !== null) return e.instant === p.instant;
  return e.date === p.date && e.time === p.time;
}

function namesInByline(expected, authors) {
  if (!authors.length) return false;
  const hay = ` ${normalize(expected)} `;
  return authors.every((a) => {
    const n = normalize(a);
    return n.length > 0 && hay.includes(` ${n} `);
  });
}

const fields = {
  title: { agree: 0, exact: 0, given: 0, misses: [] },
  byline: { agree: 0, exact: 0, given: 0, misses: [] },
  siteName: { agree: 0, exact: 0, given: 0, misses: [] },
  publishedTime: { agree: 0, exact: 0, given: 0, misses: [] },
};
const ids = fs
  .readdirSync(dataDir)
  .filter((d) => fs.existsSync(path.join(dataDir, d, 'expected-metadata.json')))
  .sort();
let missing = 0;
for (const id of ids) {
  const expected = JSON.parse(fs.readFileSync(path.join(dataDir, id, 'expected-metadata.json'), 'utf8'));
  const m = preds.get(id);
  if (!m) missing++;
  const authors = Array.isArray(m?.authors) ? m.authors : [];
  const predicted = {
    title: m?.headline ?? null,
    byline: authors.join(', ') || null,
    siteName: m?.publisher ?? null,
    publishedTime: m?.published ?? null,
  };
  for (const [field, stats] of Object.entries(fields)) {
    const want = expected[field];
    if (typeof want !== 'string' || !want.trim()) continue;
    stats.given++;
    const got = predicted[field];
    let exact;
    let agree;
    if (field === 'publishedTime') {
      exact = agree = got !== null && sameDate(want, got);
    } else {
      exact = got !== null && normalize(want) === normalize(got);
      agree = exact || (field === 'byline' && namesInByline(want, authors));
    }
    if (exact) stats.exact++;
    if (agree) stats.agree++;
    else stats.misses.push(`${id}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
}

const pct = (a, b) => (b ? (100 * a) / b : 100);
const verbose = process.argv.includes('--misses');
console.log(`pages ${ids.length}, without a prediction ${missing}`);
let min = Infinity;
for (const [field, s] of Object.entries(fields)) {
  const a = pct(s.agree, s.given);
  min = Math.min(min, a);
  const exact = field === 'byline' ? `  (exact ${pct(s.exact, s.given).toFixed(2)}%)` : '';
  console.log(`${field.padEnd(14)} ${a.toFixed(2)}%  ${s.agree}/${s.given}${exact}`);
  if (verbose) for (const miss of s.misses) console.log(`    ${miss}`);
}
console.log(`minimum agreement ${min.toFixed(2)}%`);
