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
// Rounds of single-sentence swaps after the greedy pass.
const MAX_SWAP_ROUNDS = 3;

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
  const typeIds = sentences.map((s) => Int32Array.from(s.tokens, (w) => typeId(ids, w)));
  const stop = new Uint8Array(ids.size);
  for (const [w, id] of ids) stop[id] = STOPWORDS.has(w) ? 1 : 0;
  const scorer = new CoverageScorer(ids.size, stop);
  const pairIds = new Map<string, number>();
  const pairTypeIds = sentences.map((s) =>
    bigramWeight > 0 && s.bigramProbabilities ? Int32Array.from(s.tokens.slice(1), (w, k) => typeId(pairIds, `${s.tokens[k]} ${w}`)) : new Int32Array(0),
  );
  const pairScorer = new CoverageScorer(pairIds.size, new Uint8Array(pairIds.size));
  const noPairs = new Float64Array(0);
  const score = (set: readonly number[]): number => {
    let words = 0;
    for (const i of set) words += typeIds[i]!.length;
    let hits = scorer.expectedHits(set.map((i) => [typeIds[i]!, sentences[i]!.probabilities] as const));
    if (bigramWeight > 0) {
      hits += bigramWeight * pairScorer.expectedHits(set.map((i) => [pairTypeIds[i]!, sentences[i]!.bigramProbabilities ?? noPairs] as const));
    }
    return (2 * hits) / (words + targetWords);
  };

  // Greedy: add the sentence that raises the objective most.
  let chosen: number[] = [];
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (chosen.includes(i)) continue;
      const v = score([...chosen, i]);
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    chosen.push(best);
  }
  // Then swap single sentences while that helps (greedy can lock in an early compromise).
  let current = score(chosen);
  for (let round = 0; round < MAX_SWAP_ROUNDS; round++) {
    let improved = false;
    for (let slot = 0; slot < chosen.length; slot++) {
      for (let i = 0; i < n; i++) {
        if (chosen.includes(i)) continue;
        const trial = chosen.slice();
        trial[slot] = i;
        const v = score(trial);
        if (v > current + 1e-12) {
          chosen = trial;
          current = v;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return chosen.sort((a, b) => a - b);
}

function typeId(ids: Map<string, number>, w: string): number {
  let id = ids.get(w);
  if (id === undefined) {
    id = ids.size;
    ids.set(w, id);
  }
  return id;
}

// Expected hits of a set of sentences, with scratch arrays reused across calls.
class CoverageScorer {
  private readonly top: Float64Array[];
  private readonly touched: Int32Array;
  private readonly mark: Uint32Array;
  private stamp = 0;

  constructor(types: number, private readonly stop: Uint8Array) {
    // The three highest probabilities per word type; later repeats add little (REPEAT_DECAY³).
    this.top = [new Float64Array(types), new Float64Array(types), new Float64Array(types)];
    this.touched = new Int32Array(types);
    this.mark = new Uint32Array(types);
  }

  expectedHits(parts: readonly (readonly [Int32Array, ArrayLike<number>])[]): number {
    const [t0, t1, t2] = this.top as [Float64Array, Float64Array, Float64Array];
    this.stamp++;
    let nTouched = 0;
    for (const [types, probs] of parts) {
      for (let k = 0; k < types.length; k++) {
        const t = types[k]!;
        const p = probs[k]!;
        if (this.mark[t] !== this.stamp) {
          this.mark[t] = this.stamp;
          this.touched[nTouched++] = t;
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
      const t = this.touched[k]!;
      hits += t0[t]!;
      if (this.stop[t]) hits += REPEAT_DECAY * t1[t]! + REPEAT_DECAY * REPEAT_DECAY * t2[t]!;
    }
    return hits;
  }
}
