import { STOPWORDS } from './word-features';

/**
 * Chooses the sentences whose words best cover what a human summary would say, per word spent.
 *
 * The objective is the expected ROUGE-1 F1 against an unseen summary of `targetWords` words,
 * 2·H / (W + targetWords), plus `bigramWeight` times the same for word pairs (ROUGE-2), where W is
 * the length of the chosen sentences and H the expected number of words (pairs) they share with
 * the summary. A word counts once however many chosen sentences repeat it (function words, which
 * summaries repeat, count again at a falling rate), so a sentence that says again what a chosen one
 * said adds length but no hits: novelty comes out of the objective itself.
 */

// Weight of the 2nd, 3rd … occurrence of a function word among the chosen sentences.
const REPEAT_DECAY = 0.5;
// Passes of single-sentence swaps after the greedy pass (a second pass changed nothing measurable).
const MAX_SWAP_ROUNDS = 1;

/** Word tokens and per-token probabilities of one candidate sentence. */
export interface ScoredSentence {
  tokens: readonly string[];
  probabilities: ArrayLike<number>;
  /** Per pair of adjacent tokens, the probability that a summary uses the pair (optional). */
  bigramProbabilities?: ArrayLike<number>;
}

/** How many sentences to choose and how to weigh them. */
export interface SelectOptions {
  count: number;
  /** Expected length of a human summary of `count` sentences, in words. */
  targetWords: number;
  /** Weight of word-pair coverage against single-word coverage (0 = words only). */
  bigramWeight?: number;
}

/** Indices (ascending) of up to `count` sentences maximising expected coverage per word. */
export function selectSentences(sentences: readonly ScoredSentence[], options: SelectOptions): number[] {
  const { count, targetWords } = options;
  const bigramWeight = options.bigramWeight ?? 0;
  const n = sentences.length;
  if (count <= 0 || n === 0) return [];
  if (n <= count) return sentences.map((_, i) => i);
  const ids = new Map<string, number>();
  const wordIds = sentences.map((s) => {
    // A plain loop: TypedArray.from with a mapping function goes through the iterator protocol.
    const out = new Int32Array(s.tokens.length);
    for (let k = 0; k < out.length; k++) out[k] = intern(ids, s.tokens[k]!);
    return out;
  });
  const stop = new Uint8Array(ids.size);
  for (const [w, id] of ids) stop[id] = STOPWORDS.has(w) ? 1 : 0;
  const words = new CoverageScorer(ids.size, stop, wordIds, sentences.map((s) => s.probabilities));
  // Word pairs as numbers (first id · vocabulary size + second id), interned to small ids.
  const pairIdOf = new Map<number, number>();
  const pairIds = wordIds.map((w, i) => {
    if (bigramWeight <= 0 || !sentences[i]!.bigramProbabilities) return new Int32Array(0);
    const out = new Int32Array(Math.max(0, w.length - 1));
    for (let k = 1; k < w.length; k++) out[k - 1] = intern(pairIdOf, w[k - 1]! * ids.size + w[k]!);
    return out;
  });
  const noPairs = new Float64Array(0);
  const pairs = new CoverageScorer(pairIdOf.size, new Uint8Array(pairIdOf.size), pairIds, sentences.map((s) => s.bigramProbabilities ?? noPairs));
  const score = (set: Int32Array): number => {
    let length = 0;
    for (let k = 0; k < set.length; k++) length += wordIds[set[k]!]!.length;
    let hits = words.expectedHits(set);
    if (bigramWeight > 0) hits += bigramWeight * pairs.expectedHits(set);
    return (2 * hits) / (length + targetWords);
  };

  // Greedy: add the sentence that raises the objective most.
  const chosen = new Int32Array(count);
  const inSet = new Uint8Array(n);
  for (let size = 1; size <= count; size++) {
    const trial = chosen.subarray(0, size);
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (inSet[i]) continue;
      trial[size - 1] = i;
      const v = score(trial);
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    trial[size - 1] = best;
    inSet[best] = 1;
  }
  // Then swap single sentences while that helps (greedy can lock in an early compromise).
  let current = score(chosen);
  for (let round = 0; round < MAX_SWAP_ROUNDS; round++) {
    let improved = false;
    for (let slot = 0; slot < count; slot++) {
      const was = chosen[slot]!;
      let bestIn = was;
      for (let i = 0; i < n; i++) {
        if (inSet[i]) continue;
        chosen[slot] = i;
        const v = score(chosen);
        if (v > current + 1e-12) {
          current = v;
          bestIn = i;
        }
      }
      chosen[slot] = bestIn;
      if (bestIn !== was) {
        inSet[was] = 0;
        inSet[bestIn] = 1;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return [...chosen].sort((a, b) => a - b);
}

function intern<K>(ids: Map<K, number>, key: K): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

// Expected hits of a set of sentences, with scratch arrays reused across calls.
class CoverageScorer {
  // The three highest probabilities per type; later repeats add little (REPEAT_DECAY³).
  private readonly t0: Float64Array;
  private readonly t1: Float64Array;
  private readonly t2: Float64Array;
  private readonly touched: Int32Array;
  private readonly mark: Uint32Array;
  private stamp = 0;

  constructor(
    types: number,
    private readonly stop: Uint8Array,
    private readonly ids: readonly Int32Array[],
    private readonly probs: readonly ArrayLike<number>[],
  ) {
    this.t0 = new Float64Array(types);
    this.t1 = new Float64Array(types);
    this.t2 = new Float64Array(types);
    this.touched = new Int32Array(types);
    this.mark = new Uint32Array(types);
  }

  expectedHits(set: Int32Array): number {
    const { t0, t1, t2, mark, touched } = this;
    this.stamp++;
    const stamp = this.stamp;
    let nTouched = 0;
    for (let s = 0; s < set.length; s++) {
      const types = this.ids[set[s]!]!;
      const probs = this.probs[set[s]!]!;
      for (let k = 0; k < types.length; k++) {
        const t = types[k]!;
        const p = probs[k]!;
        if (mark[t] !== stamp) {
          mark[t] = stamp;
          touched[nTouched++] = t;
          t0[t] = p;
          t1[t] = 0;
          t2[t] = 0;
        } else if (p > t0[t]!) {
          t2[t] = t1[t]!;
          t1[t] = t0[t]!;
          t0[t] = p;
        } else if (p > t1[t]!) {
          t2[t] = t1[t]!;
          t1[t] = p;
        } else if (p > t2[t]!) {
          t2[t] = p;
        }
      }
    }
    let hits = 0;
    for (let k = 0; k < nTouched; k++) {
      const t = touched[k]!;
      hits += t0[t]!;
      if (this.stop[t]) hits += REPEAT_DECAY * t1[t]! + REPEAT_DECAY * REPEAT_DECAY * t2[t]!;
    }
    return hits;
  }
}
