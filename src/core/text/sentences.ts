import type { ArticleText, Span, TextBlock } from '../annotations';

/** A sentence of the article with the block it belongs to. */
export interface Sentence extends Span {
  block: TextBlock;
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep rev st jr sr no nos vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx dept est u.s u.k u.n e.g i.e a.m p.m'.split(' '),
);

/** Splits each block of the article into sentences (a sentence never crosses a block). */
export function splitSentences(article: ArticleText): Sentence[] {
  const out: Sentence[] = [];
  for (const block of article.blocks) {
    for (const s of splitBlock(article.text, block.start, block.end)) out.push({ ...s, block });
  }
  return out;
}

function splitBlock(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sStart = start;
  const re = /[.!?]+["'”’)\]]*\s+/g;
  re.lastIndex = start;
  const body = text.slice(0, end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const stop = m.index;
    const before = body.slice(Math.max(sStart, stop - 12), stop).match(/([\p{L}.]+)$/u)?.[1] ?? '';
    const next = body.charAt(m.index + m[0].length);
    if (ABBREVIATIONS.has(before.toLowerCase()) && !/[“"]/.test(next)) continue;
    if (/^\p{Lu}$/u.test(before)) continue; // an initial: "George W. Bush"
    if (next && !/[\p{Lu}\p{N}“"‘'(\[]/u.test(next)) continue;
    const sEnd = m.index + m[0].trimEnd().length;
    spans.push({ start: sStart, end: sEnd });
    sStart = m.index + m[0].length;
  }
  if (sStart < end && text.slice(sStart, end).trim()) spans.push({ start: sStart, end });
  return spans;
}
