// Turns sentences into flattened feature-id arrays for the perceptron.

/** Maps feature hashes to dense ids; grows only while `grow` is true (training data). */
export class FeatureIndex {
  constructor() {
    this.map = new Map();
    this.hashes = [];
    this.grow = true;
  }
  id(h) {
    let v = this.map.get(h);
    if (v === undefined) {
      if (!this.grow) return -1;
      v = this.hashes.length;
      this.map.set(h, v);
      this.hashes.push(h);
    }
    return v;
  }
  get size() {
    return this.hashes.length;
  }
}

/**
 * Featurizes one sentence. `extra(i, out)` may push more hashes (document features).
 * Returns { n, start: Int32Array(n+1), feats: Int32Array }.
 */
export function featurize(core, fx, index, info, extra) {
  const words = info.words;
  const n = words.length;
  const start = new Int32Array(n + 1);
  const feats = [];
  const tmp = [];
  for (let i = 0; i < n; i++) {
    start[i] = feats.length;
    for (let k = -core.WINDOW; k <= core.WINDOW; k++) {
      const j = i + k;
      const w = j < 0 ? core.BOS : j >= n ? core.EOS : words[j];
      for (const h of fx.wordFeatures(w, k)) feats.push(index.id(h));
    }
    tmp.length = 0;
    fx.positionalFeatures(info, i, tmp);
    if (extra) extra(i, tmp);
    for (const h of tmp) feats.push(index.id(h));
  }
  start[n] = feats.length;
  return { n, start, feats: Int32Array.from(feats) };
}
