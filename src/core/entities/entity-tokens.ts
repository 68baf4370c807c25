/**
 * Tokens for the entity tagger from running text: the shared tokenizer's tokens, re-split the way
 * the CoNLL training text is split (possessive "'s" and "n't" apart), and with hyphenated compounds
 * opened where one side is a name and the other a plain word ("NATO-led", "pro-Taliban"), so the
 * name can be marked on its own.
 */
import { tokenize, type Token } from '../text/tokenize';

const POSSESSIVE = /^(.+?)(['’]s)$/u;
const NEGATION = /^(.+)(n['’]t)$/iu;

function piece(t: Token, from: number, to: number): Token {
  return { text: t.text.slice(from, to), start: t.start + from, end: t.start + to };
}

/** Splits text into tagger tokens with offsets into `text` (plus `offset`). */
export function entityTokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(text, offset)) splitToken(t, out);
  return out;
}

function splitToken(t: Token, out: Token[]): void {
  const w = t.text;
  if (w.length > 2) {
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
    const mixed = named.some(Boolean) && named.some((x) => !x);
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
