// Name lists compiled from the training labels, jackknifed by document fold: a training sentence
// only sees names from other folds, so the tagger learns how far to trust a list hit on names it
// has not been trained on (which is what dev, test and real pages bring).

export class FoldedGazetteer {
  constructor(core, folds, lists) {
    this.core = core;
    this.folds = folds;
    this.lists = lists; // number of lists (bits)
    this.counts = new Map(); // hash -> Int32Array(lists * (folds + 1)); slot 0 total, 1+f per fold
    this.fold = -1;
    this.maxLength = 1;
    this.extra = null; // another gazetteer whose bits are or-ed in (external lists)
    this.prefixes = new Set(); // hashes of proper prefixes of phrases, for the shipped early stop
  }
  add(wordsNorm, list, fold) {
    const { core } = this;
    const hashes = wordsNorm.map((w) => core.hashString(w));
    const h = core.phraseHash(hashes);
    for (let n = 1; n < hashes.length; n++) this.prefixes.add(core.phraseHash(hashes, 0, n));
    let c = this.counts.get(h);
    if (!c) this.counts.set(h, (c = new Int32Array(this.lists * (this.folds + 1))));
    c[list]++;
    if (fold >= 0) c[(fold + 1) * this.lists + list]++;
    this.maxLength = Math.max(this.maxLength, wordsNorm.length);
  }
  types(h) {
    const c = this.counts.get(h);
    let bits = this.extra ? this.extra.types(h) : 0;
    if (!c) return bits;
    for (let l = 0; l < this.lists; l++) {
      const n = c[l] - (this.fold >= 0 ? c[(this.fold + 1) * this.lists + l] : 0);
      if (n > 0) bits |= 1 << l;
    }
    return bits;
  }
  /** The final (unfolded) table: hash -> bits, for the shipped model. */
  finalTable() {
    const out = new Map();
    this.fold = -1;
    for (const h of this.counts.keys()) out.set(h, this.types(h));
    return out;
  }
}

/** Adds every gold entity of the training rows to the gazetteer (lists 0..3 = PER, ORG, LOC, MISC). */
export function addTrainingNames(core, gaz, rows, foldOf) {
  for (const r of rows) {
    const labels = core.iob2ToBilou(r.tags);
    let start = -1;
    labels.forEach((l, i) => {
      const pos = core.labelPos(l);
      if (pos === 0) start = i;
      if (pos === 3) gaz.add([core.normalForm(core.straighten(r.tokens[i]))], core.labelType(l), foldOf(r));
      if (pos === 2 && start >= 0) {
        gaz.add(r.tokens.slice(start, i + 1).map((w) => core.normalForm(core.straighten(w))), core.labelType(l), foldOf(r));
        start = -1;
      }
    });
  }
}
