/**
 * Tokens for the entity tagger from running text: the shared tokenizer's tokens, re-split the way
 * the CoNLL training text is split (possessive "'s" and "n't" apart), and with hyphenated compounds
 * opened where one side is a name and the other a plain word ("NATO-led", "pro-Taliban"), so the
 * name can be marked on its own.
 */
import { tokenize, type Token } from '../text/tokenize';

const POSSESSIVE = /^(.+?)(['’]s)$/u;

const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'bin', 'ibn', 'bint', 'abu', 'abd', 'ul', 'ben', 'da', 'de', 'di', 'du', 'la', 'le', 'van', 'von']);

// Abbreviations that keep their period, as in the CoNLL text ("Mr.", "Inc.", "St.", "vs.").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj sgt capt cmdr adm gov sen rep rev st mt ft jr sr inc corp ltd co bros vs jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const NEGATION = /^(.+)(n['’]t)$/iu;

function piece(t: Token, from: number, to: number): Token {
  return { text: t.text.slice(from, to), start: t.start + from, end: t.start + to };
}

/** Splits text into tagger tokens with offsets into `text` (plus `offset`). */
export function entityTokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const tokens = tokenize(text, offset);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // A period right after the token first (rare and cheap to see), then whether the token is an abbreviation.
    if (next && next.text === '.' && next.start === t.end && isAbbreviation(t.text)) {
      out.push({ text: t.text + '.', start: t.start, end: next.end });
      i++;
      continue;
    }
    splitToken(t, out);
  }
  return out;
}

/** An abbreviation that keeps its period, or an initial ("J."). */
function isAbbreviation(text: string): boolean {
  return ABBREVIATIONS.has(text.toLowerCase()) || /^\p{Lu}$/u.test(text);
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** Whether a word can match POSSESSIVE or NEGATION: it ends in an apostrophe and "s", or "n", an apostrophe and "t". */
function mayEndInClitic(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 0x73 /* s */) return isApostrophe(w.charCodeAt(n - 2));
  if (last === 0x74 || last === 0x54 /* t T */) {
    const nc = w.charCodeAt(n - 3);
    return isApostrophe(w.charCodeAt(n - 2)) && (nc === 0x6e || nc === 0x4e /* n N */);
  }
  return false;
}

function splitToken(t: Token, out: Token[]): void {
  const w = t.text;
  if (w.length > 2 && mayEndInClitic(w)) {
    const m = POSSESSIVE.exec(w) ?? NEGATION.exec(w);
    if (m) {
      splitToken(piece(t, 0, m[1]!.length), out);
      out.push(piece(t, m[1]!.length, w.length));
      return;
    }
  }
  const dash = w.indexOf('-');
  if (dash > 0 && dash < w.length - 1 && !/\d/.test(w)) {
    const parts = w.split('-');
    const named = parts.map((p) => /^\p{Lu}/u.test(p));
    // Name particles keep the name whole: "al-Bashir", "bin-Laden", "ibn-Saud".
    const particle = parts.length === 2 && NAME_PARTICLES.has(parts[0]!.toLowerCase()) && named[1];
    const mixed = named.some(Boolean) && named.some((x) => !x) && !particle;
    if (mixed) {
      let pos = 0;
      parts.forEach((p, i) => {
        if (i > 0) {
          out.push(piece(t, pos, pos + 1));
          pos++;
        }
        out.push(piece(t, pos, pos + p.length));
        pos += p.length;
      });
      return;
    }
  }
  out.push(t);
}
