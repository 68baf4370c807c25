import { anchorOf, canAnchor, cueFeatures } from '../../../src/core/quotes/cue-features';
import { score, sigmoid } from '../../../src/core/quotes/linear-model';
import { trainLogistic, type Example } from './logistic';
import { analyzeSplit, readSplit, tokenRange, type AnalyzedDoc } from './polnear';

function anchors(d: AnalyzedDoc): Set<number> {
  const out = new Set<number>();
  for (const q of d.doc.quotes) {
    if (q.cueStart == null || q.cueEnd == null) continue;
    const r = tokenRange(d.a, q.cueStart, q.cueEnd);
    if (r) out.add(anchorOf(d.a, r[0], r[1]));
  }
  return out;
}

const t0 = Date.now();
const train = analyzeSplit(readSplit('train'));
const dev = analyzeSplit(readSplit('dev'));
console.log('analyzed', Date.now() - t0, 'ms');
const lexCount = new Map<string, number>();
for (const d of train) for (const i of anchors(d)) lexCount.set(d.a.lower[i]!, (lexCount.get(d.a.lower[i]!) ?? 0) + 1);
const minLex = Number(process.argv[2] ?? 2);
const lexicon = new Set([...lexCount].filter(([, c]) => c >= minLex).map(([w]) => w));
const isCand = (d: AnalyzedDoc, i: number): boolean => lexicon.has(d.a.lower[i]!) && canAnchor(d.a.lower[i]!) && d.a.quoteOf[i]! < 0;
const ex: Example[] = [];
for (const d of train) {
  const an = anchors(d);
  for (let i = 0; i < d.a.tokens.length; i++) if (isCand(d, i)) ex.push({ features: cueFeatures(d.a, i), label: an.has(i) ? 1 : 0 });
}
console.log('lexicon', lexicon.size, 'examples', ex.length, 'pos', ex.filter((e) => e.label).length);
const w = trainLogistic(ex, { epochs: 6, l2: 1e-6, rate: 0.1, minCount: 2, prune: 0.01, seed: 7 });
console.log('weights', Object.keys(w).length, 'trained', Date.now() - t0, 'ms');
for (const th of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  let gold = 0, found = 0, pred = 0, right = 0;
  for (const d of dev) {
    const an = anchors(d);
    gold += d.doc.quotes.length;
    const hits = new Set<number>();
    for (let i = 0; i < d.a.tokens.length; i++) {
      if (!isCand(d, i)) continue;
      if (sigmoid(score(w, cueFeatures(d.a, i))) < th) continue;
      pred++;
      if (an.has(i)) { right++; hits.add(i); }
    }
    found += hits.size;
    void an;
  }
  let anchorsTotal = 0;
  for (const d of dev) anchorsTotal += anchors(d).size;
  console.log(th, 'pred', pred, 'precision', (right / pred).toFixed(3), 'recall of anchors', (found / anchorsTotal).toFixed(3), 'anchors', anchorsTotal, 'gold', gold);
}
{
  let inCand = 0, total = 0;
  const fn = new Map<string, number>(), fp = new Map<string, number>(), notCand = new Map<string, number>();
  for (const d of dev) {
    const an = anchors(d);
    for (const i of an) { total++; if (isCand(d, i)) inCand++; else notCand.set(d.a.lower[i]!, (notCand.get(d.a.lower[i]!) ?? 0) + 1); }
    for (let i = 0; i < d.a.tokens.length; i++) {
      if (!isCand(d, i)) continue;
      const p = sigmoid(score(w, cueFeatures(d.a, i))) >= 0.5;
      if (p && !an.has(i)) fp.set(d.a.lower[i]!, (fp.get(d.a.lower[i]!) ?? 0) + 1);
      if (!p && an.has(i)) fn.set(d.a.lower[i]!, (fn.get(d.a.lower[i]!) ?? 0) + 1);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}:${v}`).join(' ');
  console.log('anchors in candidate set', inCand, 'of', total);
  console.log('FP', top(fp)); console.log('FN', top(fn)); console.log('not candidates', top(notCand));
}
