import type { ArticleText, Span, TextBlock } from '../annotations';
import { splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokenize';
import { findMarkedQuotes, type MarkedQuote } from './quote-marks';

/**
 * A unit of attribution: a sentence, widened so that a quotation running over several sentences
 * stays in one unit with the words around it ("“A. B,” he said." is one unit).
 */
export interface Unit extends Span {
  /** Index of the first token of the unit and one past its last. */
  tokStart: number;
  tokEnd: number;
  block: TextBlock;
}

/** Everything the quote finder reads about the text, computed once per article. */
export interface QuoteAnalysis {
  text: string;
  article: ArticleText;
  tokens: Token[];
  /** Lower-cased token texts, parallel to tokens. */
  lower: string[];
  units: Unit[];
  /** Per token: the index of the unit holding it. */
  unitOf: Int32Array;
  quotes: MarkedQuote[];
  /** Per token: the index of the quote holding it (marks included), or -1. */
  quoteOf: Int32Array;
}

// A short sentence that only attributes ("Trump asked.", "said Sen. Ted Cruz of Texas.").
const ATTRIBUTION_SENTENCE =
  /^(?:(?:he|she|they|i|we|(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5})\s*(?:also\s+|then\s+|later\s+)?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|continued|explained|noted|tweeted|shouted|answered|declared|insisted|quipped|joked|recalled|responded|countered|argued|warned|wondered|posted|went on)\b|(?:said|asked|added|wrote|replied|continued|tweeted)\s+\p{Lu})/iu;

/** Tokenizes the article, finds its quoted passages and groups sentences into attribution units. */
export function analyze(article: ArticleText): QuoteAnalysis {
  const { text } = article;
  const tokens = tokenize(text);
  const lower = lowerTexts(text, tokens);
  const quotes = findMarkedQuotes(article);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let qi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (qi < quotes.length && quotes[qi]!.end <= t.start) qi++;
    const q = quotes[qi];
    if (q && t.start >= q.start && t.end <= q.end) quoteOf[i] = qi;
  }
  const units = buildUnits(article, tokens, quotes);
  const unitOf = new Int32Array(tokens.length).fill(-1);
  for (let u = 0; u < units.length; u++) {
    for (let i = units[u]!.tokStart; i < units[u]!.tokEnd; i++) unitOf[i] = u;
  }
  return { text, article, tokens, lower, units, unitOf, quotes, quoteOf };
}

/**
 * The tokens' texts lower-cased. Lower-casing the whole text once and cutting it at the tokens'
 * offsets gives the same strings as lower-casing each token (one runtime call instead of one per
 * token, which is slow on texts holding curly quotes) whenever no character changes length ("İ")
 * or depends on its neighbours (final "Σ"); otherwise each token is lower-cased alone.
 */
export function lowerTexts(text: string, tokens: readonly Token[]): string[] {
  const lowered = text.toLowerCase();
  if (lowered.length !== text.length || text.includes('Σ')) return tokens.map((t) => t.text.toLowerCase());
  const out = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = lowered.slice(tokens[i]!.start, tokens[i]!.end);
  return out;
}

function buildUnits(article: ArticleText, tokens: readonly Token[], quotes: readonly MarkedQuote[]): Unit[] {
  const { text } = article;
  const sentences = splitSentences(article);
  const merged: { start: number; end: number; block: TextBlock }[] = [];
  let qi = 0;
  for (const s of sentences) {
    const last = merged[merged.length - 1];
    // Join this sentence to the previous one when a single-paragraph quote spans the boundary.
    while (qi < quotes.length && quotes[qi]!.end <= s.start) qi++;
    let join = false;
    for (let k = Math.max(0, qi - 1); k < quotes.length && quotes[k]!.start < s.start; k++) {
      const q = quotes[k]!;
      if (q.start < s.start && q.end > s.start && last && last.block === s.block) join = true;
    }
    // '"Why now?" Trump asked.': a short sentence right after a quotation ending in its own stop
    // is usually its attribution, so keep them together.
    if (!join && last && last.block === s.block && /[.?!…]["”’']+$/.test(text.slice(last.start, last.end)) && s.end - s.start <= 90 && ATTRIBUTION_SENTENCE.test(text.slice(s.start, s.end))) join = true;
    if (join && last) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end, block: s.block });
  }
  const units: Unit[] = [];
  let ti = 0;
  for (const m of merged) {
    while (ti < tokens.length && tokens[ti]!.end <= m.start) ti++;
    const tokStart = ti;
    while (ti < tokens.length && tokens[ti]!.start < m.end) ti++;
    if (ti > tokStart) units.push({ start: m.start, end: m.end, tokStart, tokEnd: ti, block: m.block });
  }
  return units;
}
