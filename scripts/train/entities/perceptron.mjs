// Structured averaged perceptron over BILOU labels with first-order Viterbi decoding (Collins 2002).
// Sentences arrive as flattened feature-id arrays; weights are dense over (feature, label).

/** A seeded pseudo-random generator (mulberry32), so training is reproducible. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Perceptron {
  constructor(nFeatures, L, allowed) {
    this.L = L;
    this.nF = nFeatures;
    this.w = new Float32Array(nFeatures * L);
    this.wa = new Float32Array(nFeatures * L);
    // Transitions: row 0 is the sentence start, rows 1..L the previous label; column L is the end.
    this.t = new Float32Array((L + 1) * (L + 1));
    this.ta = new Float32Array((L + 1) * (L + 1));
    this.c = 1;
    this.mask = new Float32Array((L + 1) * (L + 1));
    for (let a = -1; a < L; a++)
      for (let b = -1; b < L; b++) {
        if (a === -1 && b === -1) continue;
        this.mask[(a + 1) * (L + 1) + (b === -1 ? L : b)] = allowed(a, b) ? 0 : -Infinity;
      }
  }

  /** Emission scores for a sentence: n × L. */
  emissions(sent, w = this.w) {
    const { L } = this;
    const n = sent.n;
    const E = new Float32Array(n * L);
    for (let i = 0; i < n; i++) {
      const o = i * L;
      for (let j = sent.start[i]; j < sent.start[i + 1]; j++) {
        const f = sent.feats[j];
        if (f < 0) continue;
        const base = f * L;
        for (let l = 0; l < L; l++) E[o + l] += w[base + l];
      }
    }
    return E;
  }

  viterbi(E, n, t = this.t) {
    const { L, mask } = this;
    const W = L + 1;
    const score = new Float32Array(n * L);
    const back = new Int16Array(n * L);
    for (let l = 0; l < L; l++) score[l] = E[l] + t[l] + mask[l];
    for (let i = 1; i < n; i++) {
      for (let b = 0; b < L; b++) {
        let best = -Infinity;
        let arg = 0;
        for (let a = 0; a < L; a++) {
          const s = score[(i - 1) * L + a] + t[(a + 1) * W + b] + mask[(a + 1) * W + b];
          if (s > best) {
            best = s;
            arg = a;
          }
        }
        score[i * L + b] = best + E[i * L + b];
        back[i * L + b] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    for (let a = 0; a < L; a++) {
      const s = score[(n - 1) * L + a] + t[(a + 1) * W + L] + mask[(a + 1) * W + L];
      if (s > best) {
        best = s;
        arg = a;
      }
    }
    const out = new Int32Array(n);
    out[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
    return out;
  }

  /** Best labels; `base` (n × L scores from an earlier model) is added to the emissions when given. */
  predict(sent, averaged = false, base = null) {
    if (sent.n === 0) return new Int32Array(0);
    const w = averaged ? this.avgW : this.w;
    const t = averaged ? this.avgT : this.t;
    const E = this.emissions(sent, w);
    if (base) for (let i = 0; i < E.length; i++) E[i] += base[i];
    return this.viterbi(E, sent.n, t);
  }

  update(sent, gold, pred) {
    const { L, w, wa, t, ta, c } = this;
    const W = L + 1;
    for (let i = 0; i < sent.n; i++) {
      const g = gold[i];
      const p = pred[i];
      if (g !== p) {
        for (let j = sent.start[i]; j < sent.start[i + 1]; j++) {
          const f = sent.feats[j];
          if (f < 0) continue;
          w[f * L + g] += 1;
          wa[f * L + g] += c;
          w[f * L + p] -= 1;
          wa[f * L + p] -= c;
        }
      }
      const gp = i === 0 ? 0 : gold[i - 1] + 1;
      const pp = i === 0 ? 0 : pred[i - 1] + 1;
      if (gp !== pp || g !== p) {
        t[gp * W + g] += 1;
        ta[gp * W + g] += c;
        t[pp * W + p] -= 1;
        ta[pp * W + p] -= c;
      }
    }
    const n = sent.n;
    const ge = gold[n - 1] + 1;
    const pe = pred[n - 1] + 1;
    if (ge !== pe) {
      t[ge * W + L] += 1;
      ta[ge * W + L] += c;
      t[pe * W + L] -= 1;
      ta[pe * W + L] -= c;
    }
  }

  tick() {
    this.c++;
  }

  /** Computes the averaged weights (w - wa / c) into avgW / avgT. */
  average() {
    const { c } = this;
    this.avgW = new Float32Array(this.w.length);
    for (let i = 0; i < this.w.length; i++) this.avgW[i] = this.w[i] - this.wa[i] / c;
    this.avgT = new Float32Array(this.t.length);
    for (let i = 0; i < this.t.length; i++) this.avgT[i] = this.t[i] - this.ta[i] / c;
  }
}
