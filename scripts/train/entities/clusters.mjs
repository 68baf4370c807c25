// Word classes by the exchange algorithm (Kneser and Ney 1993; Martin et al. 1998): words move
// between K classes to maximise the likelihood of a class bigram model of the text. Run at three
// granularities, the classes stand in for Brown-cluster prefixes (Ratinov and Roth 2009).

/** Builds the vocabulary and bigram adjacency of a corpus of token arrays (already normalised). */
export function buildCorpus(sentences, minCount) {
  const counts = new Map();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const id = new Map(vocab.map(([w], i) => [w, i]));
  const UNK = vocab.length;
  const EDGE = vocab.length + 1;
  const V = vocab.length + 2;
  const pairs = new Map();
  let tokens = 0;
  for (const s of sentences) {
    let prev = EDGE;
    for (const w of [...s, null]) {
      const cur = w === null ? EDGE : (id.get(w) ?? UNK);
      if (cur !== prev) {
        const key = prev * V + cur;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      tokens++;
      prev = cur;
    }
  }
  // CSR adjacency: right neighbours of each word and left neighbours of each word.
  const rightCount = new Int32Array(V + 1);
  const leftCount = new Int32Array(V + 1);
  for (const key of pairs.keys()) {
    rightCount[Math.floor(key / V)]++;
    leftCount[key % V]++;
  }
  const rStart = new Int32Array(V + 1);
  const lStart = new Int32Array(V + 1);
  for (let i = 0; i < V; i++) {
    rStart[i + 1] = rStart[i] + rightCount[i];
    lStart[i + 1] = lStart[i] + leftCount[i];
  }
  const rWord = new Int32Array(pairs.size), rN = new Int32Array(pairs.size);
  const lWord = new Int32Array(pairs.size), lN = new Int32Array(pairs.size);
  const rFill = rStart.slice(0, V), lFill = lStart.slice(0, V);
  for (const [key, n] of pairs) {
    const a = Math.floor(key / V), b = key % V;
    rWord[rFill[a]] = b; rN[rFill[a]++] = n;
    lWord[lFill[b]] = a; lN[lFill[b]++] = n;
  }
  return { vocab: vocab.map(([w]) => w), V, UNK, EDGE, tokens, rStart, rWord, rN, lStart, lWord, lN };
}

/** Runs the exchange algorithm with K classes; returns Int32Array class of each word id. */
export function exchangeClusters(corpus, K, iterations, log = () => {}) {
  const { V, rStart, rWord, rN, lStart, lWord, lN, tokens } = corpus;
  const F = new Float64Array(tokens + 2);
  for (let i = 1; i < F.length; i++) F[i] = i * Math.log(i);
  const cls = new Int32Array(V);
  for (let w = 0; w < V; w++) cls[w] = w % K;
  const N = new Int32Array(K * K);
  const NT = new Int32Array(K * K);
  const Nl = new Int32Array(K);
  const Nr = new Int32Array(K);
  for (let a = 0; a < V; a++)
    for (let j = rStart[a]; j < rStart[a + 1]; j++) {
      const b = rWord[j], n = rN[j];
      N[cls[a] * K + cls[b]] += n;
      NT[cls[b] * K + cls[a]] += n;
      Nl[cls[a]] += n;
      Nr[cls[b]] += n;
    }
  const Lw = new Int32Array(K), Rw = new Int32Array(K);
  const lTouched = new Int32Array(K), rTouched = new Int32Array(K);
  const gain = new Float64Array(K);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      let nl = 0, nr = 0;
      for (let j = lStart[w]; j < lStart[w + 1]; j++) {
        const v = lWord[j];
        if (v === w) continue;
        const c = cls[v];
        if (Lw[c] === 0) lTouched[nl++] = c;
        Lw[c] += lN[j];
      }
      for (let j = rStart[w]; j < rStart[w + 1]; j++) {
        const v = rWord[j];
        if (v === w) continue;
        const c = cls[v];
        if (Rw[c] === 0) rTouched[nr++] = c;
        Rw[c] += rN[j];
      }
      let asRight = 0, asLeft = 0;
      for (let i = 0; i < nl; i++) asRight += Lw[lTouched[i]];
      for (let i = 0; i < nr; i++) asLeft += Rw[rTouched[i]];
      const a = cls[w];
      // Take w out of its class.
      for (let i = 0; i < nl; i++) {
        const c = lTouched[i];
        N[c * K + a] -= Lw[c];
        NT[a * K + c] -= Lw[c];
      }
      for (let i = 0; i < nr; i++) {
        const c = rTouched[i];
        N[a * K + c] -= Rw[c];
        NT[c * K + a] -= Rw[c];
      }
      Nl[a] -= asLeft;
      Nr[a] -= asRight;
      for (let b = 0; b < K; b++) gain[b] = -(F[Nl[b] + asLeft] - F[Nl[b]]) - (F[Nr[b] + asRight] - F[Nr[b]]);
      for (let i = 0; i < nl; i++) {
        const c = lTouched[i], n = Lw[c], row = c * K;
        for (let b = 0; b < K; b++) {
          const x = N[row + b];
          gain[b] += F[x + n] - F[x];
        }
      }
      for (let i = 0; i < nr; i++) {
        const c = rTouched[i], n = Rw[c], row = c * K;
        for (let b = 0; b < K; b++) {
          const x = NT[row + b];
          gain[b] += F[x + n] - F[x];
        }
      }
      // Both of w's sides land in cell (b, b) when a neighbour is already in b.
      let best = a, bestGain = -Infinity;
      for (let b = 0; b < K; b++) {
        let g = gain[b];
        const lb = Lw[b], rb = Rw[b];
        if (lb && rb) {
          const x = N[b * K + b];
          g += F[x + lb + rb] - F[x + lb] - F[x + rb] + F[x];
        }
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      if (best !== a) moved++;
      cls[w] = best;
      for (let i = 0; i < nl; i++) {
        const c = lTouched[i];
        N[c * K + best] += Lw[c];
        NT[best * K + c] += Lw[c];
      }
      for (let i = 0; i < nr; i++) {
        const c = rTouched[i];
        N[best * K + c] += Rw[c];
        NT[c * K + best] += Rw[c];
      }
      Nl[best] += asLeft;
      Nr[best] += asRight;
      for (let i = 0; i < nl; i++) Lw[lTouched[i]] = 0;
      for (let i = 0; i < nr; i++) Rw[rTouched[i]] = 0;
    }
    log(`exchange K=${K} iteration ${it + 1}: ${moved} words moved`);
    if (moved < V * 0.002) break;
  }
  return cls;
}
