/** One training example for a binary logistic model. */
export interface Example {
  features: string[];
  label: 0 | 1;
}

/** Options of the logistic-regression trainer. */
export interface TrainOptions {
  epochs: number;
  /** L2 penalty per feature, applied lazily. */
  l2: number;
  /** AdaGrad base learning rate. */
  rate: number;
  /** Drop features seen fewer times than this. */
  minCount: number;
  /** Drop weights smaller than this from the stored model. */
  prune: number;
  seed: number;
}

/** Trains L2-regularised logistic regression with AdaGrad; returns the non-negligible weights. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): Record<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= options.minCount || f === 'bias') index.set(f, index.size);
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const rows = examples.map((e) => ({ ids: e.features.map((f) => index.get(f)).filter((x): x is number => x !== undefined), y: e.label }));
  const shuffle = seededShuffle(options.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order);
    for (const r of order) {
      const row = rows[r]!;
      let s = 0;
      for (const id of row.ids) s += w[id]!;
      const p = 1 / (1 + Math.exp(-s));
      const g = p - row.y;
      for (const id of row.ids) {
        const grad = g + options.l2 * w[id]!;
        g2[id] = g2[id]! + grad * grad;
        w[id] = w[id]! - (options.rate / Math.sqrt(g2[id]!)) * grad;
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, id] of index) if (Math.abs(w[id]!) >= options.prune) out[f] = Math.round(w[id]! * 100) / 100;
  return out;
}

/** One choice among candidates: the features of each candidate and which one is right. */
export interface Choice {
  candidates: string[][];
  gold: number;
}

/**
 * Trains a linear ranker with a softmax over each choice's candidates (AdaGrad, L2): the model
 * learns to prefer the right candidate over the others of the same choice, not in isolation.
 */
export function trainRanker(choices: readonly Choice[], options: TrainOptions): Record<string, number> {
  const counts = new Map<string, number>();
  for (const c of choices) for (const f of c.candidates.flat()) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= options.minCount) index.set(f, index.size);
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const rows = choices.map((c) => ({ ids: c.candidates.map((fs) => fs.map((f) => index.get(f)).filter((x): x is number => x !== undefined)), gold: c.gold }));
  const shuffle = seededShuffle(options.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order);
    for (const r of order) {
      const row = rows[r]!;
      const scores = row.ids.map((ids) => ids.reduce((s, id) => s + w[id]!, 0));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((s, x) => s + x, 0);
      const grads = new Map<number, number>();
      row.ids.forEach((ids, k) => {
        const g = exps[k]! / z - (k === row.gold ? 1 : 0);
        for (const id of ids) grads.set(id, (grads.get(id) ?? 0) + g);
      });
      for (const [id, g0] of grads) {
        const grad = g0 + options.l2 * w[id]!;
        g2[id] = g2[id]! + grad * grad;
        w[id] = w[id]! - (options.rate / Math.sqrt(g2[id]!)) * grad;
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, id] of index) if (Math.abs(w[id]!) >= options.prune) out[f] = Math.round(w[id]! * 100) / 100;
  return out;
}

/** A Fisher-Yates shuffle driven by a fixed-seed linear congruential generator, so training is reproducible. */
function seededShuffle(seed: number): (order: number[]) => void {
  let state = seed;
  const rand = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return (order) => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  };
}
