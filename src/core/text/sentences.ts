import type { ArticleText, Span, TextBlock } from '../annotations';

/** A sentence of the article with the block it belongs to. */
export interface Sentence extends Span {
  block: TextBlock;
}

// Titles before a name: a period after them never ends a sentence ("Gen. Austin Miller").
const TITLES = new Set(
  'mr mrs ms messrs dr prof gen lt col maj sgt cpl pvt capt cmdr adm brig gov sen rep reps rev fr hon pres supt insp det st ft mt'.split(' '),
);

// Abbreviations that can also end a sentence ("… Apple Inc. The company …"): they end one only when
// a word that usually starts a sentence follows.
const ABBREVIATIONS = new Set(
  'jr sr inc corp ltd co bros llc plc vs v etc al approx dept est univ assn ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun e.g i.e a.m p.m u.s u.k u.n'.split(' '),
);

// Abbreviations that are followed by a number ("No. 10", "fig. 3"); before anything else the word
// may be an ordinary one ("She said no.").
const NUMBER_ABBREVIATIONS = new Set('no nos fig figs vol vols pp art ch sec para op'.split(' '));

// Capitalised words that usually open a sentence rather than continue a name, used to decide
// whether "U.S." or "a.m." closes the sentence ("… left the U.S. The next day …").
const SENTENCE_STARTERS = new Set(
  'a an the he she it they we i you his her its their our my this that these those there here but and or so yet if when while after before as at in on for from with by to of since although though because however meanwhile still also then now one some many most all no not what who why how where which during until despite under over about more'.split(' '),
);

// A candidate boundary: terminal punctuation (or an ellipsis), closing quotes or brackets, then space.
const BOUNDARY_RE = /[.!?…]+["'”’)\]]*\s+/gu;

// The entity, quote and summary stages each split the same article: the split is kept per article
// object while its text and blocks are the same (the same string and array, with as many blocks).
const SPLITS = new WeakMap<ArticleText, { text: string; blocks: ArticleText['blocks']; count: number; sentences: readonly Sentence[] }>();

/** Splits each block of the article into sentences (a sentence never crosses a block). */
export function splitSentences(article: ArticleText): Sentence[] {
  const kept = SPLITS.get(article);
  if (kept && kept.text === article.text && kept.blocks === article.blocks && kept.count === article.blocks.length) return [...kept.sentences];
  const out: Sentence[] = [];
  for (const block of article.blocks) {
    for (const s of splitSpan(article.text, block.start, block.end)) out.push({ ...s, block });
  }
  SPLITS.set(article, { text: article.text, blocks: article.blocks, count: article.blocks.length, sentences: out.slice() });
  return out;
}

/** Splits the text between two offsets into sentence spans, trimmed of surrounding space. */
export function splitSpan(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const body = text.slice(0, end);
  let sStart = skipSpace(text, start, end);
  BOUNDARY_RE.lastIndex = sStart;
  for (let m = BOUNDARY_RE.exec(body); m; m = BOUNDARY_RE.exec(body)) {
    const after = m.index + m[0].length;
    if (after >= end) break;
    if (!endsSentence(body, sStart, m.index, m[0], after)) continue;
    spans.push({ start: sStart, end: m.index + m[0].trimEnd().length });
    sStart = after;
  }
  const last = trimEnd(text, sStart, end);
  if (last > sStart) spans.push({ start: sStart, end: last });
  return spans;
}

function endsSentence(body: string, sStart: number, stop: number, mark: string, after: number): boolean {
  const next = body.charAt(after);
  // Only an opening capital, digit, quote or bracket starts a new sentence; "… he said. and" or
  // '"Why?" he asked' continue the current one.
  if (!/[\p{Lu}\p{N}“"‘'(\[]/u.test(next)) return false;
  if (!mark.startsWith('.') || mark.startsWith('..')) return true;
  const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(sStart, stop - 16), stop))?.[1] ?? '';
  if (!before) return true; // a number or a closing bracket: "… in 2001. The"
  const lower = before.toLowerCase();
  const nextWord = /^[“"‘']?([\p{L}]+)/u.exec(body.slice(after, after + 24))?.[1] ?? '';
  const startsSentence = SENTENCE_STARTERS.has(nextWord.toLowerCase()) || /^[“"‘']/u.test(next);
  if (TITLES.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /\p{N}/u.test(next)) return false;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "George W. Bush"
  if (ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return startsSentence;
  return true;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text.charAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}
