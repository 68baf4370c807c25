import { scanTokens } from './scan-tokens';

/** A word or punctuation token with its offsets into the source text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words (letters, digits, marks, inner apostrophes/periods of abbreviations like "U.S."), or any
// single other non-space character. Hyphenated compounds stay one token; the entity recognizer
// splits them where it needs to ("NATO-led").
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\p{L}\.(?=\p{L}\.)|[\p{L}\p{N}\p{M}]+(?:[’'\-.][\p{L}\p{N}\p{M}]+)*|\S/gu;

/** Splits text into tokens with offsets; never drops a non-space character (scanTokens, the fast equivalent of TOKEN_RE). */
export function tokenize(text: string, offset = 0): Token[] {
  return scanTokens(text, offset);
}

/** The tokenizer's definition, by its regular expression: tokenize gives exactly these tokens. */
export function tokenizeByExpression(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    out.push({ text: m[0], start: m.index + offset, end: m.index + m[0].length + offset });
  }
  return out;
}
