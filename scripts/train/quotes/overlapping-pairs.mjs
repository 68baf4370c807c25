#!/usr/bin/env node
// Counts the pairs of predictions that overlap each other (after fold-eval has written
// .tmp/quotes-folds/K/pred.jsonl), by kind of pair, and for each member whether it overlaps a gold
// attribution, equals one exactly, and names the right speaker: the evidence for resolving them.
// usage: node scripts/train/quotes/overlapping-pairs.mjs [0,1,2,3,4] [--show KIND]
import fs from 'node:fs';

const args = process.argv.slice(2);
const folds = (args.find((x) => /^[\d,]+$/.test(x)) ?? '0,1,2,3,4').split(',');
const si = args.indexOf('--show');
const show = si >= 0 ? args[si + 1] : null;
const TRIM = /^[\s"“”‘’'«»,.;:!?—–-]+|[\s"“”‘’'«»,.;:!?—–-]+$/g;
const shared = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const overlaps = (p, g) => shared(p.start, p.end, g.start, g.end) >= 0.5 * Math.min(p.end - p.start, g.end - g.start) && p.end > p.start;
const read = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const stats = new Map();
const add = (kind, key) => {
  const s = stats.get(kind) ?? {};
  s[key] = (s[key] ?? 0) + 1;
  stats.set(kind, s);
};
for (const k of folds) {
  const dir = k === 'dev' ? '.tmp/quotes-folds/dev' : `.tmp/quotes-folds/${k}`;
  const gold = k === 'dev' ? read('/work/shared/data/quotes/polnear.dev.jsonl') : read(`${dir}/gold.jsonl`);
  const preds = new Map(read(`${dir}/pred.jsonl`).map((p) => [p.id, p.quotes]));
  for (const doc of gold) {
    const ps = preds.get(doc.id) ?? [];
    const norm = (s) => doc.text.slice(s.start, s.end).replace(TRIM, '');
    const gs = doc.quotes.map((g) => ({ ...g, pieces: g.contentSpans?.length ? g.contentSpans : [{ start: g.start, end: g.end }] }));
    // The member the scorer judges the speaker on, for each gold.
    const best = new Map();
    for (const g of gs) {
      const near = ps.filter((p) => overlaps(p, g)).sort((a, b) => shared(b.start, b.end, g.start, g.end) - shared(a.start, a.end, g.start, g.end));
      if (near[0]) best.set(g, near[0]);
    }
    const info = (p) => {
      const hit = gs.filter((g) => overlaps(p, g));
      const exact = gs.some((g) => [{ start: g.start, end: g.end }, ...g.pieces].some((s) => norm(s) === norm(p)));
      const judged = gs.filter((g) => best.get(g) === p && g.speakerStart != null);
      const spOk = judged.map((g) => !!p.speaker && (shared(p.speaker.start, p.speaker.end, g.speakerStart, g.speakerEnd) > 0 || norm(p.speaker).toLowerCase() === norm({ start: g.speakerStart, end: g.speakerEnd }).toLowerCase()));
      // Would this member name the right speaker for the gold(s) it overlaps, were it judged?
      const spCould = hit.filter((g) => g.speakerStart != null).some((g) => !!p.speaker && shared(p.speaker.start, p.speaker.end, g.speakerStart, g.speakerEnd) > 0);
      return { hit: hit.length > 0, exact, judged: judged.length, spOk: spOk.filter(Boolean).length, spCould, goldDirect: hit.some((g) => g.direct) };
    };
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const a = ps[i], b = ps[j];
        if (shared(a.start, a.end, b.start, b.end) <= 0) continue;
        if (a.start === b.start && a.end === b.end) continue;
        const contains = (x, y) => x.start <= y.start && y.end <= x.end;
        // o = outer/first, n = inner/second
        let o = a, n = b, shape = 'cross';
        if (contains(a, b)) shape = 'contains';
        else if (contains(b, a)) { o = b; n = a; shape = 'contains'; }
        const t = (p) => (p.direct ? (p.partial ? 'D-part' : 'D') : 'R');
        const sameSpeaker = !!o.speaker && !!n.speaker && o.speaker.start === n.speaker.start;
        const kind = `${shape} ${t(o)}>${t(n)}${sameSpeaker ? ' same-sp' : ''}`;
        const io = info(o), inn = info(n);
        add(kind, 'pairs');
        for (const [tag, x] of [['O', io], ['I', inn]]) {
          if (x.hit) add(kind, `${tag}.hit`);
          if (x.exact) add(kind, `${tag}.exact`);
          if (x.judged) add(kind, `${tag}.judged`);
          if (x.spOk) add(kind, `${tag}.spOk`);
          if (x.spCould) add(kind, `${tag}.spCould`);
        }
        if (show && kind.startsWith(show)) {
          const s = (p, x) => `${p.direct ? 'D' : 'R'} [${p.start},${p.end}] hit=${+x.hit} ex=${+x.exact} judged=${x.judged} spOk=${x.spOk} spCould=${+x.spCould} sp=${p.speaker ? doc.text.slice(p.speaker.start, p.speaker.end) : '-'} cue=${p.cue?.verb ?? '-'} «${p.text.slice(0, 160)}»`;
          console.log(`-- ${kind}\n  O ${s(o, io)}\n  I ${s(n, inn)}`);
        }
      }
  }
}
const rows = [...stats].sort((x, y) => y[1].pairs - x[1].pairs);
const keys = ['pairs', 'O.hit', 'O.exact', 'O.judged', 'O.spOk', 'O.spCould', 'I.hit', 'I.exact', 'I.judged', 'I.spOk', 'I.spCould'];
console.log('kind'.padEnd(28) + keys.map((x) => x.padStart(10)).join(''));
for (const [kind, s] of rows) console.log(kind.padEnd(28) + keys.map((x) => String(s[x] ?? 0).padStart(10)).join(''));
