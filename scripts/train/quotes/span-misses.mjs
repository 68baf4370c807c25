#!/usr/bin/env node
// Sorts the direct gold quotes that a prediction overlaps but none matches exactly into categories
// (reported speech instead with --indirect) (by what the gold span has or lacks beyond the closest prediction), to see which span rules pay.
// usage: node scripts/train/quotes/span-misses.mjs GOLD.jsonl PRED.jsonl [--show CATEGORY] [--indirect]
import fs from 'node:fs';

const [goldPath, predPath] = process.argv.slice(2);
const showAt = process.argv.indexOf('--show');
const show = showAt >= 0 ? process.argv[showAt + 1] : null;
const includeIndirect = process.argv.includes("--indirect");
const read = (p) => fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const preds = new Map(read(predPath).map((p) => [p.id, p.quotes ?? []]));
const TRIM = /^[\s"“”‘’'«»,.;:!?—–-]+|[\s"“”‘’'«»,.;:!?—–-]+$/g;
const shared = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const overlaps = (p, g) => p.end > p.start && shared(p.start, p.end, g.start, g.end) >= 0.5 * Math.min(p.end - p.start, g.end - g.start);
const counts = new Map();
let total = 0;
const add = (c, line) => {
  counts.set(c, (counts.get(c) ?? 0) + 1);
  if (show && c.startsWith(show)) console.log(`[${c}] ${line}\n`);
};
const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n / 2)} … ${s.slice(-n / 2)}` : s).replace(/\n/g, '¶');
for (const doc of read(goldPath)) {
  const ps = preds.get(doc.id) ?? [];
  const trimmed = (s) => {
    const t = doc.text.slice(s.start, s.end);
    const lead = t.length - t.replace(/^[\s"“”‘’'«»,.;:!?—–-]+/, '').length;
    const tail = t.length - t.replace(/[\s"“”‘’'«»,.;:!?—–-]+$/, '').length;
    return { start: s.start + lead, end: Math.max(s.start + lead, s.end - tail) };
  };
  const norm = (s) => doc.text.slice(s.start, s.end).replace(TRIM, '');
  for (const g of doc.quotes) {
    if (includeIndirect ? g.direct : !g.direct) continue;
    const near = ps.filter((p) => overlaps(p, g));
    if (!near.length) continue;
    const pieces = g.contentSpans?.length ? g.contentSpans : [{ start: g.start, end: g.end }];
    const exact = ps.some((p) => norm(p) === norm(g)) || pieces.every((s) => ps.some((p) => norm(p) === norm(s)));
    total++;
    if (exact) continue;
    const p = near.sort((x, y) => shared(y.start, y.end, g.start, g.end) - shared(x.start, x.end, g.start, g.end))[0];
    const G = trimmed(g);
    const P = trimmed(p);
    const head = G.start < P.start ? 'g+' + clip(doc.text.slice(G.start, P.start), 40) : G.start > P.start ? 'p+' + clip(doc.text.slice(P.start, G.start), 40) : '';
    const tail = G.end > P.end ? 'g+' + clip(doc.text.slice(P.end, G.end), 40) : G.end < P.end ? 'p+' + clip(doc.text.slice(G.end, P.end), 40) : '';
    let c;
    if (pieces.length > 1) c = 'pieces';
    else if (doc.text.slice(G.start, G.end).includes('\n')) c = 'paragraphs';
    else if (head && tail) c = `both:${head.slice(0, 2)}${tail.slice(0, 2)}`;
    else if (head) c = `start:${head.slice(0, 2)}`;
    else c = `end:${tail.slice(0, 2)}`;
    // Finer: gold extends beyond a quotation (mixed quote) or starts with "that".
    if (/^that\b/i.test(doc.text.slice(P.start, G.start))) c += ':that';
    const predText = doc.text.slice(p.start, p.end);
    const goldText = doc.text.slice(G.start, G.end);
    if (c.startsWith('start:g+') || c.startsWith('end:g+') || c.startsWith('both:g+g+')) c += /["“”]/.test(goldText) ? ':mixed' : '';
    add(c, `via pred ${p.start}-${p.end}\n  GOLD: ${clip(goldText, 240)}\n  PRED: ${clip(predText, 240)}\n  head ${head} | tail ${tail}`);
  }
}
console.log(`found direct ${total}; not exact ${[...counts.values()].reduce((s, x) => s + x, 0)}`);
for (const [c, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(5)}  ${c}`);
