#!/usr/bin/env node
// Counts the predictions that overlap a gold attribution but miss its exact span, by kind (our
// direct/partial flags) and by how the boundaries differ from the closest gold span or piece: which
// side is longer at the start and end, and the first words of the difference. Shows examples of a class.
// usage: node scripts/train/quotes/exact-misses.mjs GOLD.jsonl PRED.jsonl [all|reported|direct|partial[/VIA]] [--show PREFIX] [--n 40]
import fs from 'node:fs';

const args = process.argv.slice(2);
const [goldPath, predPath, kindWanted] = args;
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : null; };
const show = opt('--show');
const limit = Number(opt('--n') ?? 40);
const W = Number(opt('--words') ?? 1);
const read = (p) => fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const preds = new Map(read(predPath).map((p) => [p.id, p.quotes ?? []]));
const LEAD = /^[\s"“”‘’'«»,.;:!?—–-]+/;
const TAIL = /[\s"“”‘’'«»,.;:!?—–-]+$/;
const shared = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const overlaps = (p, g) => p.end > p.start && shared(p.start, p.end, g.start, g.end) >= 0.5 * Math.min(p.end - p.start, g.end - g.start);
const words = (s, n) => s.replace(/\s+/g, ' ').trim().split(' ').slice(0, n).join(' ').toLowerCase();
const lastWords = (s, n) => s.replace(/\s+/g, ' ').trim().split(' ').slice(-n).join(' ').toLowerCase();
const counts = new Map();
const stats = { pred: 0, hit: 0, exact: 0 };
let shown = 0;
for (const doc of read(goldPath)) {
  const text = doc.text;
  const trim = (s) => {
    const t = text.slice(s.start, s.end);
    const lead = t.length - t.replace(LEAD, '').length;
    const tail = t.length - t.replace(TAIL, '').length;
    return { start: s.start + lead, end: Math.max(s.start + lead, s.end - tail) };
  };
  const norm = (s) => text.slice(s.start, s.end).replace(LEAD, '').replace(TAIL, '');
  const spans = doc.quotes.flatMap((g) => [{ start: g.start, end: g.end, g }, ...(g.contentSpans ?? []).map((s) => ({ ...s, g }))]);
  for (const p of preds.get(doc.id) ?? []) {
    // (predictions from predict-with-via.ts carry the structure that made them)
    const kind = (p.partial ? 'partial' : p.direct ? 'direct' : 'reported') + (p.via ? `/${p.via}` : '');
    if (kindWanted && kindWanted !== 'all' && !kind.startsWith(kindWanted)) continue;
    stats.pred++;
    if (!doc.quotes.some((g) => overlaps(p, g))) continue;
    stats.hit++;
    if (spans.some((s) => norm(s) === norm(p))) { stats.exact++; continue; }
    const near = spans.filter((s) => overlaps(p, s)).sort((x, y) => shared(y.start, y.end, p.start, p.end) - shared(x.start, x.end, p.start, p.end) || (x.end - x.start) - (y.end - y.start))[0] ?? spans.find((s) => overlaps(p, s.g));
    const G = trim(near);
    const P = trim(p);
    const head = G.start < P.start ? `g+[${words(text.slice(G.start, P.start), W)}]` : G.start > P.start ? `p+[${words(text.slice(P.start, G.start), W)}]` : '=';
    const tail = G.end > P.end ? `g+[${words(text.slice(P.end, G.end), W)}]` : G.end < P.end ? `p+[${words(text.slice(G.end, P.end), W)}]` : '=';
    const c = `${kind} start ${head} end ${tail}`;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    const coarse = `${kind} start ${head.slice(0, 2)} end ${tail.slice(0, 2)}`;
    counts.set(coarse, (counts.get(coarse) ?? 0) + 1);
    if (show && c.startsWith(show) && shown++ < limit) {
      const lo = Math.min(G.start, P.start) - 60, hi = Math.max(G.end, P.end) + 40;
      console.log(`[${c}] ${doc.id}\n  CTX : ${text.slice(Math.max(0, lo), hi).replace(/\n/g, '¶')}\n  GOLD: ${text.slice(G.start, G.end).replace(/\n/g, '¶')}\n  PRED: ${text.slice(P.start, P.end).replace(/\n/g, '¶')}\n`);
    }
  }
}
console.log(`predictions ${stats.pred}, overlapping gold ${stats.hit}, exact ${stats.exact}`);
for (const [c, n] of [...counts].sort((x, y) => y[1] - x[1]).slice(0, Number(opt('--top') ?? 60))) console.log(`${String(n).padStart(5)}  ${c}`);
