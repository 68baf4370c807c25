#!/usr/bin/env node
// Operating points of the quote finder: what dropping whole classes of non-direct predictions (by
// cue word, the classes whose overlap precision is under a threshold) would do to the four
// figures. The scorer's precision counts every prediction, reported speech included, while the
// direct-quote recall counts direct gold only: dropping reported speech raises direct F1 and lowers
// all-attributions F1. The classes are chosen on the same folds they are scored on, so the frontier
// printed is an optimistic one.
// usage: node scripts/train/quotes/fold-eval.mjs 0 && node scripts/train/quotes/fold-eval.mjs 1 &&
//        node scripts/train/quotes/operating-points.mjs .tmp/quotes-folds/0 .tmp/quotes-folds/1
import fs from 'node:fs';
const read = (p) => fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const TRIM = /^[\s"“”‘’'«»,.;:!?—–-]+|[\s"“”‘’'«»,.;:!?—–-]+$/g;
const shared = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const overlaps = (p, g) => shared(p.start, p.end, g.start, g.end) >= 0.5 * Math.min(p.end - p.start, g.end - g.start) && p.end > p.start;
const rows = [];
const golds = [];
for (const dir of process.argv.slice(2)) {
  const preds = new Map(read(`${dir}/pred.jsonl`).map((p) => [p.id, p.quotes]));
  for (const doc of read(`${dir}/gold.jsonl`)) {
    const gs = doc.quotes.map((g) => ({ ...g, pieces: g.contentSpans?.length ? g.contentSpans : [{ start: g.start, end: g.end }] }));
    const norm = (s) => doc.text.slice(s.start, s.end).replace(TRIM, '');
    const ps = preds.get(doc.id) ?? [];
    ps.forEach((p, i) => {
      const kind = p.direct ? 'direct' : p.partial ? 'partial' : 'reported';
      const cue = (p.cue?.verb ?? '-').toLowerCase();
      const hit = gs.some((g) => overlaps(p, g));
      const exact = gs.some((g) => [{ start: g.start, end: g.end }, ...g.pieces].some((s) => norm(s) === norm(p)));
      rows.push({ doc: doc.id, i, kind, cue, hit, exact, len: p.end - p.start, speaker: !!p.speaker });
    });
    for (const g of gs) golds.push({ doc: doc.id, g, direct: g.direct, norm, ps });
  }
}
// group reported by cue
const by = new Map();
for (const r of rows.filter((r) => r.kind !== 'direct')) { const k = `${r.kind}:${r.cue}`; const e = by.get(k) ?? { n: 0, hit: 0, exact: 0 }; e.n++; if (r.hit) e.hit++; if (r.exact) e.exact++; by.set(k, e); }
const list = [...by].sort((a, b) => b[1].n - a[1].n);
console.log('classes', list.length);
for (const [k, e] of list.slice(0, 30)) console.log(k.padEnd(28), e.n, (100 * e.hit / e.n).toFixed(0) + '%', (100 * e.exact / e.n).toFixed(0) + '%');
// evaluate dropping classes with overlap precision < t (min n)
const f1 = (p, r) => (p + r ? 2 * p * r / (p + r) : 0);
function evaluate(keep) {
  const kept = new Set(rows.filter(keep).map((r) => `${r.doc}#${r.i}`));
  const P = rows.filter(keep); const Ph = P.filter((r) => r.hit).length / P.length, Pe = P.filter((r) => r.exact).length / P.length;
  let gd = 0, hd = 0, ed = 0, ga = 0, ha = 0;
  for (const { doc, g, direct, norm, ps } of golds) {
    const near = ps.filter((p, i) => kept.has(`${doc}#${i}`) && overlaps(p, g));
    const exact = ps.some((p, i) => kept.has(`${doc}#${i}`) && norm(p) === norm(g)) || g.pieces.every((s) => ps.some((p, i) => kept.has(`${doc}#${i}`) && norm(p) === norm(s)));
    ga++; if (near.length) ha++;
    if (direct) { gd++; if (near.length) hd++; if (exact) ed++; }
  }
  return { n: P.length, direct: 100 * f1(Ph, hd / gd), exact: 100 * f1(Pe, ed / gd), all: 100 * f1(Ph, ha / ga), P: 100 * Ph };
}
const fmt = (o) => `n ${o.n} P ${o.P.toFixed(2)} direct ${o.direct.toFixed(2)} exact ${o.exact.toFixed(2)} all ${o.all.toFixed(2)}`;
console.log('now           ', fmt(evaluate(() => true)));
for (const t of [0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
  const drop = new Set(list.filter(([, e]) => e.n >= 3 && e.hit / e.n < t).map(([k]) => k));
  console.log(`drop cue<${t}`.padEnd(15), fmt(evaluate((r) => r.kind === 'direct' || !drop.has(`${r.kind}:${r.cue}`))), 'classes dropped', drop.size);
}
console.log('direct only   ', fmt(evaluate((r) => r.kind === 'direct')));
