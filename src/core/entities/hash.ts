/**
 * 32-bit string and integer hashing for feature keys. Features are never stored as strings: the
 * model keeps only these hashes, so training and tagging must hash identically.
 */

/** FNV-1a over the UTF-16 code units of a string, then a murmur finaliser to spread the bits. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalize(h);
}

/** Combines a hash with another value (template id, offset, second hash) into a new hash. */
export function hashCombine(h: number, v: number): number {
  let x = (h ^ Math.imul(v + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0xc2b2ae35);
  return finalize(x ^ 0x27d4eb2f);
}

function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
