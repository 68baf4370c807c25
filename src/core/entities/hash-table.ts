/** An open-addressing map from 32-bit hashes to row numbers, built once when a model is decoded. */
export class HashIndex {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** Indexes `keys`: lookup(keys[i]) returns i. */
  constructor(keys: Uint32Array) {
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      let s = k & this.mask;
      while (this.rows[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = k;
      this.rows[s] = i + 1;
    }
  }

  /** The row of a hash, or -1. */
  lookup(h: number): number {
    let s = h & this.mask;
    for (;;) {
      const r = this.rows[s]!;
      if (r === 0) return -1;
      if (this.keys[s] === h) return r - 1;
      s = (s + 1) & this.mask;
    }
  }
}
