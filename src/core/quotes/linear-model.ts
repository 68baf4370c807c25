import { type CompactWeights, expandWeights, isCompactWeights } from './compact-weights';

/**
 * A linear model over string features: a weight per feature name, read from the model file (as an
 * object, or in the compact form the extension's models script carries).
 */
export type Weights = Readonly<Record<string, number>> | CompactWeights;

/**
 * The weights of one model as an open-addressing hash table built once: a probe reads one pair of
 * 32-bit slots (hash, entry) in a typed array, and the feature name is compared only when the
 * hashes agree. A Map of tens of thousands of string keys costs several cache misses per lookup
 * (bucket, entry, key string) on top of hashing a fresh concatenated string; scoring spends most
 * of its time there.
 */
interface Table {
  mask: number;
  /** Per slot: [hash, entry index + 1], 0 as the entry marking an empty slot. */
  slots: Int32Array;
  keys: string[];
  weights: Float64Array;
}

const tables = new WeakMap<Weights, Table>();

/** FNV-1a over the UTF-16 code units of a string, with a final avalanche so low bits spread. */
function hashOf(s: string): number {
  return finish(hashOn(0x811c9dc5, s));
}

function tableOf(weights: Weights): Table {
  let t = tables.get(weights);
  if (t) return t;
  let keys: string[];
  let w: Float64Array;
  if (isCompactWeights(weights)) ({ names: keys, weights: w } = expandWeights(weights));
  else {
    const plain = weights as Readonly<Record<string, number>>;
    keys = Object.keys(plain);
    w = new Float64Array(keys.length);
    for (let e = 0; e < keys.length; e++) w[e] = plain[keys[e]!]!;
  }
  let cap = 8;
  while (cap < keys.length * 2) cap *= 2;
  const mask = cap - 1;
  const slots = new Int32Array(cap * 2);
  for (let e = 0; e < keys.length; e++) {
    const k = keys[e]!;
    const h = hashOf(k);
    let i = h & mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
    slots[2 * i] = h;
    slots[2 * i + 1] = e + 1;
  }
  t = { mask, slots, keys, weights: w };
  tables.set(weights, t);
  return t;
}

/** The weight of one feature name; unknown features weigh nothing. */
function weightOf(t: Table, f: string): number {
  const h = hashOf(f);
  const { slots, mask } = t;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const e = slots[2 * i + 1]!;
    if (e === 0) return 0;
    if (slots[2 * i] === h && t.keys[e - 1] === f) return t.weights[e - 1]!;
  }
}

const FNV_SEED = 0x811c9dc5;

/** Continues FNV-1a over one more piece of a name: hashing "ab" is hashing "a" then "b". */
function hashOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** Whether `key` is exactly the pieces a..h joined. */
function isJoin(key: string, a: string, b: string, c: string, d: string, e: string, f: string, g: string, h: string): boolean {
  if (key.length !== a.length + b.length + c.length + d.length + e.length + f.length + g.length + h.length) return false;
  let o = a.length;
  if (!key.startsWith(a)) return false;
  if (!key.startsWith(b, o)) return false;
  o += b.length;
  if (!key.startsWith(c, o)) return false;
  o += c.length;
  if (!key.startsWith(d, o)) return false;
  o += d.length;
  if (!key.startsWith(e, o)) return false;
  o += e.length;
  if (!key.startsWith(f, o)) return false;
  o += f.length;
  if (!key.startsWith(g, o)) return false;
  o += g.length;
  return key.startsWith(h, o);
}

/** Receives features as the pieces of their names, to be joined or scored. */
export interface FeatureSink {
  /** Takes the feature named a+b+c+d+e+f+g+h. */
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string, h?: string): void;
}

/** Collects the joined feature names (for training and for reading the features). */
export class NameList implements FeatureSink {
  /** The names so far, in order. */
  readonly names: string[] = [];

  /** Appends the feature named a+b+c+d+e+f+g+h. */
  add(a: string, b = '', c = '', d = '', e = '', f = '', g = '', h = ''): void {
    this.names.push(a + b + c + d + e + f + g + h);
  }
}

/**
 * Sums a model's weights over features given as the pieces of their names ("w=", word, "|n1=",
 * next word) without joining them: a joined name is a fresh rope that the lookup must first
 * flatten and hash, which costs more than the lookup. The sum is the same as score() over the
 * joined names in the same order.
 */
export class PieceScorer implements FeatureSink {
  private readonly table: Table;
  /** The sum so far. */
  total = 0;

  /** A scorer over one model's weights, starting at 0. */
  constructor(weights: Weights) {
    this.table = tableOf(weights);
  }

  /** Adds the weight of the feature named a+b+c+d+e+f+g+h (unknown names weigh nothing). */
  add(a: string, b = '', c = '', d = '', e = '', f = '', g = '', h = ''): void {
    let x = hashOn(FNV_SEED, a);
    x = hashOn(x, b);
    x = hashOn(x, c);
    x = hashOn(x, d);
    x = hashOn(x, e);
    x = hashOn(x, f);
    x = hashOn(x, g);
    x = finish(hashOn(x, h));
    const t = this.table;
    const { slots, mask } = t;
    for (let i = x & mask; ; i = (i + 1) & mask) {
      const k = slots[2 * i + 1]!;
      if (k === 0) {
        this.total += 0;
        return;
      }
      if (slots[2 * i] === x && isJoin(t.keys[k - 1]!, a, b, c, d, e, f, g, h)) {
        this.total += t.weights[k - 1]!;
        return;
      }
    }
  }
}

/** The model's raw score (log-odds) for a set of features; unknown features weigh nothing. */
export function score(weights: Weights, features: readonly string[]): number {
  const t = tableOf(weights);
  let s = 0;
  // Added one by one in the features' order, as before, so the sum rounds the same way.
  for (const f of features) s += weightOf(t, f);
  return s;
}

/** Builds the lookup table of a model's weights now rather than at its first use. */
export function prepareWeights(weights: Weights | undefined): void {
  if (weights !== undefined) tableOf(weights);
}

/** Whether the weights hold anything (an untrained part of the model is empty). */
export function isTrained(weights: Weights | undefined): weights is Weights {
  return weights !== undefined && tableOf(weights).keys.length > 0;
}

/** The logistic function, turning a score into a probability. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
