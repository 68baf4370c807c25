/** Spelling features of single words: shapes, casing classes and the normal form used for lookups. */

/** The form every lookup uses: lower case, curly quotes straightened, digits folded to 0. */
export function normalForm(word: string): string {
  return straighten(word).toLowerCase().replace(/\d/g, '0');
}

/** Replaces typographic quotes, apostrophes and dashes with their ASCII forms (CoNLL text is ASCII). */
export function straighten(word: string): string {
  return /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u2033\u2010-\u2015]/.test(word)
    ? word
        .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
        .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
        .replace(/[\u2010\u2011\u2012]/g, '-')
        .replace(/[\u2013\u2014\u2015]/g, '--')
    : word;
}

function charClass(c: string): string {
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= '0' && c <= '9') return 'd';
  if (/\p{Lu}/u.test(c)) return 'X';
  if (/\p{L}/u.test(c)) return 'x';
  if (/\p{N}/u.test(c)) return 'd';
  return c;
}

// charClass of each ASCII character, read without building a one-character string.
const ASCII_CLASSES: readonly string[] = Array.from({ length: 128 }, (_, u) => charClass(String.fromCharCode(u)));

/** Where the code point at i ends (a surrogate pair is one character, as for-of reads it). */
function codePointEnd(word: string, i: number): number {
  const u = word.charCodeAt(i);
  return u >= 0xd800 && u <= 0xdbff && i + 1 < word.length && (word.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/** Shape with runs collapsed: "McDonald" → "XxXx", "1996-08-30" → "d-d-d". */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; ) {
    const u = word.charCodeAt(i);
    let c: string;
    if (u < 128) {
      c = ASCII_CLASSES[u]!;
      i++;
    } else {
      const end = codePointEnd(word, i);
      c = charClass(word.slice(i, end));
      i = end;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Shape of the first six characters, one class per character: "Kabul" → "Xxxxx". */
export function longShape(word: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < word.length; ) {
    if (n++ >= 6) {
      out += '~';
      break;
    }
    const u = word.charCodeAt(i);
    if (u < 128) {
      out += ASCII_CLASSES[u]!;
      i++;
    } else {
      const end = codePointEnd(word, i);
      out += charClass(word.slice(i, end));
      i = end;
    }
  }
  return out;
}

/** Casing class of a word: 0 other, 1 lower, 2 capitalised, 3 all caps, 4 mixed, 5 digits, 6 punctuation. */
export function caseClass(word: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let other = 0;
  for (const ch of word) {
    // ASCII (most words) without the Unicode property tests.
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      else if (c >= 48 && c <= 57) digit++;
      else other++;
    } else if (/\p{Lu}/u.test(ch)) upper++;
    else if (/\p{L}/u.test(ch)) lower++;
    else if (/\p{N}/u.test(ch)) digit++;
    else other++;
  }
  if (upper + lower === 0) return digit > 0 ? 5 : other > 0 ? 6 : 0;
  if (upper === 0) return 1;
  if (lower === 0) return 3;
  const first = word.charAt(0);
  if (/\p{Lu}/u.test(first) && upper === 1) return 2;
  return 4;
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
