/**
 * An open-addressing map from 32-bit hashes to row numbers, built once when a model is decoded.
 * Keys and rows sit side by side so that a probe touches one cache line.
 */
export class HashIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** Indexes `keys`: lookup(keys[i]) returns i. */
  constructor(keys: Uint32Array) {
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]! | 0;
      let s = k & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = k;
      this.slots[2 * s + 1] = i + 1;
    }
  }

  /** The row of a hash, or -1. */
  lookup(h: number): number {
    const key = h | 0;
    const slots = this.slots;
    let s = key & this.mask;
    for (;;) {
      const r = slots[2 * s + 1]!;
      if (r === 0) return -1;
      if (slots[2 * s] === key) return r - 1;
      s = (s + 1) & this.mask;
    }
  }
}
