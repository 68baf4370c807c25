// The word lexicon: exchange-cluster ids at three granularities and how often the unlabelled news
// text capitalises each word away from a sentence start. Shipped as hash -> packed integer.
import { buildCorpus, exchangeClusters } from './clusters.mjs';
import { unlabelledSentences } from './unlabelled-text.mjs';

export const GRANULARITIES = [64, 256, 1000];

function capBucket(cap, low) {
  const total = cap + low;
  if (total < 2) return 6;
  const r = cap / total;
  return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
}

/** Builds Map<normalFormHash, packedInfo> plus a lower-case test, from the unlabelled text. */
export function buildLexicon(core, dataDir, log) {
  const sents = unlabelledSentences(core, dataDir);
  const cap = new Map();
  const low = new Map();
  const norm = sents.map((s) => {
    const caps = s.filter((w) => core.caseClass(w) === 3 && w.length > 1).length;
    const headline = caps >= 0.5 * s.length;
    return s.map((w, i) => {
      const n = core.normalForm(w);
      if (i > 0 && !headline && !/^["'(\[]$/.test(s[i - 1])) {
        const cc = core.caseClass(w);
        if (cc >= 2 && cc <= 4) cap.set(n, (cap.get(n) ?? 0) + 1);
        else if (cc === 1) low.set(n, (low.get(n) ?? 0) + 1);
      }
      return n;
    });
  });
  log(`unlabelled text: ${norm.length} paragraphs, ${norm.reduce((a, s) => a + s.length, 0)} tokens`);
  const corpus = buildCorpus(norm, 3);
  const classes = GRANULARITIES.map((K) => exchangeClusters(corpus, K, K > 500 ? 6 : 10, () => {}));
  log(`clusters over ${corpus.vocab.length} words`);
  const table = new Map();
  corpus.vocab.forEach((w, i) => {
    table.set(core.hashString(w), core.packLexiconInfo(classes[0][i] + 1, classes[1][i] + 1, classes[2][i] + 1, capBucket(cap.get(w) ?? 0, low.get(w) ?? 0)));
  });
  const isLowerWord = (n) => {
    const c = cap.get(n) ?? 0;
    const l = low.get(n) ?? 0;
    return c + l >= 5 && c / (c + l) < 0.5;
  };
  return { table, isLowerWord };
}
