// Packs trained weights into the stored model: rows of int8 weight codes keyed by feature hash.
// Rows whose largest weight is below `minWeight` are dropped: averaged perceptron weights of
// about 1 barely move a decision (on CoNLL dev, dropping them halves the rows for 0.04 F1).

function quantile(values, q) {
  const a = Float32Array.from(values).sort();
  return a[Math.min(a.length - 1, Math.floor(q * a.length))];
}

/** Packs averaged weights (nF × L) and transitions of one stage. */
export function packStage(core, hashes, avgW, avgT, L, { quantileAt = 1, dynamic = 1e7, minWeight = 1.1 } = {}) {
  const nF = avgW.length / L;
  const maxAbs = new Float32Array(nF);
  for (let f = 0; f < nF; f++) {
    let m = 0;
    for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(avgW[f * L + l]));
    maxAbs[f] = m;
  }
  // Log-spaced levels: small weights keep their precision, large ones their order of magnitude.
  const top = quantile(maxAbs, quantileAt);
  const a = top / dynamic;
  const k = Math.log1p(top / a) / 127;
  const levels = Array.from({ length: 128 }, (_, i) => a * Math.expm1(i * k));
  const code = (w) => Math.min(127, Math.round(Math.log1p(Math.abs(w) / a) / k)) * Math.sign(w);
  const keep = [];
  for (let f = 0; f < nF; f++) if (maxAbs[f] >= minWeight && code(maxAbs[f]) !== 0) keep.push(f);
  keep.sort((a, b) => hashes[a] - hashes[b]);
  const keys = new Uint32Array(keep.length);
  const q = new Int8Array(keep.length * L);
  keep.forEach((f, r) => {
    keys[r] = hashes[f];
    for (let l = 0; l < L; l++) q[r * L + l] = code(avgW[f * L + l]);
  });
  return {
    data: {
      keys: core.typedToBase64(keys),
      weights: core.typedToBase64(q),
      levels: levels.map((x) => Number(x.toPrecision(6))),
      transitions: Array.from(avgT, (x) => Math.round(x * 1000) / 1000),
    },
    rows: keep.length,
  };
}

/** Packs a Map<uint32, value> as sorted keys and values (Uint32 or Uint8 values). */
export function packTable(core, map, ValueArray) {
  const keys = Uint32Array.from(map.keys()).sort();
  const values = new ValueArray(keys.length);
  keys.forEach((k, i) => (values[i] = map.get(k)));
  return { keys: core.typedToBase64(keys), values: core.typedToBase64(values) };
}
