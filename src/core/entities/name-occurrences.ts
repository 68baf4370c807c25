/**
 * Finding the occurrences of a set of names in text without building a regular expression per
 * page: compiling an alternation of every name of an article cost more than the search itself.
 * The scan gives exactly what /(?<![\p{L}\p{N}])(?:name1|name2|…)(?![\p{L}\p{N}]|\.\p{L})/gu
 * gives with the names in the given order (leftmost match, first name in order that fits, the
 * search going on after each match).
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** One occurrence: where it starts in the text and which name it is. */
export interface NameOccurrence {
  index: number;
  name: string;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The code point that ends right before `at` (a surrogate pair read as one), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const c = text.charCodeAt(at - 1);
  if (isLow(c) && at >= 2 && isHigh(text.charCodeAt(at - 2))) return text.codePointAt(at - 2)!;
  return c;
}

const isLetterOrDigit = (cp: number): boolean => cp >= 0 && (cp < 128 ? (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122) : LETTER_OR_DIGIT.test(String.fromCodePoint(cp)));

/** A scanner for `names` (tried in this order at each position; names must be non-empty). */
export function nameScanner(names: readonly string[]): (text: string) => NameOccurrence[] {
  // Names by their first code unit, in the given order.
  const byFirst = new Map<number, string[]>();
  for (const name of names) {
    const c = name.charCodeAt(0);
    const list = byFirst.get(c);
    if (list) list.push(name);
    else byFirst.set(c, [name]);
  }
  const firstAscii = new Uint8Array(128);
  for (const c of byFirst.keys()) if (c < 128) firstAscii[c] = 1;
  const endsWell = (text: string, end: number): boolean => {
    if (end >= text.length) return true;
    const next = text.codePointAt(end)!;
    if (isLetterOrDigit(next)) return false;
    if (next === 46 /* . */ && end + 1 < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(end + 1)!))) return false;
    return true;
  };
  return (text) => {
    const out: NameOccurrence[] = [];
    for (let p = 0; p < text.length; ) {
      const c = text.charCodeAt(p);
      // Most characters are ASCII that no name starts with: skip them without a map lookup.
      if (c < 128 && !firstAscii[c]) {
        p++;
        continue;
      }
      const list = byFirst.get(c);
      let found: string | null = null;
      if (list && !isLetterOrDigit(codePointBefore(text, p))) {
        for (const name of list) {
          if (text.startsWith(name, p) && endsWell(text, p + name.length)) {
            found = name;
            break;
          }
        }
      }
      if (found) {
        out.push({ index: p, name: found });
        p += found.length;
      } else p++;
    }
    return out;
  };
}

/** A test for "does [s, e) overlap any of these spans", in logarithmic time per question. */
export function overlapTest(spans: readonly { start: number; end: number }[]): (s: number, e: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = new Float64Array(sorted.length);
  // The furthest end among the spans that start at or before each one.
  const reach = new Float64Array(sorted.length);
  let far = -Infinity;
  sorted.forEach((m, i) => {
    starts[i] = m.start;
    far = Math.max(far, m.end);
    reach[i] = far;
  });
  return (s, e) => {
    // The last span that starts before e; any overlap is among it and those before it.
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < e) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last]! > s;
  };
}
