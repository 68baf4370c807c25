/**
 * The shared tokenizer's tokens (tokenize.ts), found by a hand-written scanner instead of its
 * regular expression: entities and quotes tokenize every article they read, and running the
 * Unicode-property expression once per token was a tenth of the quote finder's time. The scanner follows the
 * expression's alternatives in order, code point by code point:
 *   (?:\p{Lu}\.){2,} | \p{L}\.(?=\p{L}\.) | [\p{L}\p{N}\p{M}]+(?:[’'\-.][\p{L}\p{N}\p{M}]+)* | \S
 * and a unit test holds it to tokenize() on tricky and random text.
 */
import type { Token } from './tokenize';

const LU = 1;
const L = 2;
const N = 4;
const M = 8;
const SPACE = 16;
const WORD = L | N | M;
const KNOWN = 128;

// Classes of the code points of the Basic Multilingual Plane, filled in as they are met.
const classes = new Uint8Array(0x10000);

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (
    (/^\p{Lu}$/u.test(s) ? LU : 0) |
    (/^\p{L}$/u.test(s) ? L : 0) |
    (/^\p{N}$/u.test(s) ? N : 0) |
    (/^\p{M}$/u.test(s) ? M : 0) |
    (/^\s$/u.test(s) ? SPACE : 0)
  );
}

function classOf(cp: number): number {
  if (cp >= 0x10000) return classify(cp);
  let c = classes[cp]!;
  if (c === 0) {
    c = classify(cp) | KNOWN;
    classes[cp] = c;
  }
  return c;
}

const widthOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** One past the run of letters, digits and marks starting at q. */
function skipWord(text: string, q: number): number {
  while (q < text.length) {
    const cp = text.codePointAt(q)!;
    if (!(classOf(cp) & WORD)) break;
    q += widthOf(cp);
  }
  return q;
}

/** Whether the code unit is one of the separators a word may hold: ’ ' - . */
const isInnerSeparator = (u: number): boolean => u === 0x2019 || u === 0x27 || u === 0x2d || u === 0x2e;

/** Splits text into tokens with offsets, exactly as tokenize(text, offset) does. */
export function scanTokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const cp = text.codePointAt(p)!;
    const w = widthOf(cp);
    const c = classOf(cp);
    if (c & SPACE) {
      p += w;
      continue;
    }
    let end = -1;
    // Initials: two or more capital letters each followed by a period ("U.S.").
    if (c & LU) {
      let q = p;
      let reps = 0;
      while (q < n) {
        const cq = text.codePointAt(q)!;
        const wq = widthOf(cq);
        if (!(classOf(cq) & LU) || text.charCodeAt(q + wq) !== 0x2e) break;
        q += wq + 1;
        reps++;
      }
      if (reps >= 2) end = q;
    }
    // A letter and its period when another letter and period follow ("e.g.").
    if (end < 0 && c & L && text.charCodeAt(p + w) === 0x2e && p + w + 1 < n) {
      const cq = text.codePointAt(p + w + 1)!;
      if (classOf(cq) & L && text.charCodeAt(p + w + 1 + widthOf(cq)) === 0x2e) end = p + w + 1;
    }
    // A word, with inner apostrophes, hyphens and periods between runs of word characters.
    if (end < 0 && c & WORD) {
      let q = skipWord(text, p + w);
      while (q < n && isInnerSeparator(text.charCodeAt(q))) {
        const after = skipWord(text, q + 1);
        if (after === q + 1) break;
        q = after;
      }
      end = q;
    }
    // Any other character, alone.
    if (end < 0) end = p + w;
    out.push({ text: text.slice(p, end), start: p + offset, end: end + offset });
    p = end;
  }
  return out;
}
