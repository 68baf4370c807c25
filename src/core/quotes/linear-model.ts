/** A linear model over string features: a weight per feature name, read from the model file. */
export type Weights = Readonly<Record<string, number>>;

/** The model's raw score (log-odds) for a set of features; unknown features weigh nothing. */
export function score(weights: Weights, features: readonly string[]): number {
  let s = 0;
  for (const f of features) {
    const w = weights[f];
    if (w !== undefined) s += w;
  }
  return s;
}

/** The logistic function, turning a score into a probability. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
