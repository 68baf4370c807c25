/** A linear model over string features: a weight per feature name, read from the model file. */
export type Weights = Readonly<Record<string, number>>;

// Lookups go through a Map built once per weights object: far faster than property lookups on an
// object with tens of thousands of keys.
const maps = new WeakMap<Weights, Map<string, number>>();

function mapOf(weights: Weights): Map<string, number> {
  let m = maps.get(weights);
  if (!m) {
    m = new Map(Object.entries(weights));
    maps.set(weights, m);
  }
  return m;
}

/** The model's raw score (log-odds) for a set of features; unknown features weigh nothing. */
export function score(weights: Weights, features: readonly string[]): number {
  const m = mapOf(weights);
  let s = 0;
  for (const f of features) s += m.get(f) ?? 0;
  return s;
}

/** Whether the weights hold anything (an untrained part of the model is empty). */
export function isTrained(weights: Weights | undefined): weights is Weights {
  return weights !== undefined && mapOf(weights).size > 0;
}

/** The logistic function, turning a score into a probability. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
