import type { ArticleText, BlockKind, Span } from '../annotations';
import { splitSentences, type Sentence } from '../text/sentences';
import { isCreditLine, isFurniture, isFurnitureLine, leadingFurnitureLength } from './boilerplate';
import { separateCaptions, startsWithCaptionLabel } from './caption-glue';
import { findQuoteSpans } from './quote-spans';

/** A sentence the summary may quote: body text only, furniture and glued captions cut away. */
export interface Candidate extends Span {
  /** Position among the candidates (0 = the lead sentence). */
  index: number;
  /** Position of its paragraph among the paragraphs that gave candidates. */
  paragraph: number;
  text: string;
  /** Quoted speech inside the sentence, as offsets into `text` (a quotation may run on from before). */
  quoted: Span[];
}

const BODY_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'list-item', 'blockquote']);
const MIN_WORDS = 6;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const LETTER_WORD_RE = /\p{L}{2,}/gu;

// Photo-position notes that captions carry: "(left)", "(pictured)", "(file photo of …)".
const CAPTION_MARK_RE = /\((?:(?:far |second |top |bottom |centre |center )?(?:left|right|centre|center)|pictured(?: [^)]{0,30})?|above|below|inset|file (?:photo|picture|image)[^)]{0,40}|stock (?:photo|image)|posed by models?)\)/iu;
// Longer than any sentence a reporter writes unless captions ran into it.
const MAX_SENTENCE_WORDS = 70;
const MAX_MARKED_SENTENCE_WORDS = 40;

/**
 * Whether a long "sentence" is really captions run together that the glue finder could not split:
 * a photo-position note in a long run, or a run longer than any real sentence.
 */
function looksLikeGluedCaptions(sentence: string): boolean {
  if (sentence.length < MAX_MARKED_SENTENCE_WORDS * 4) return false;
  // One count, stopped at the larger bound, answers both bounds.
  const count = countUpTo(sentence, WORD_RE, MAX_SENTENCE_WORDS);
  const words = count >= MAX_SENTENCE_WORDS ? MAX_SENTENCE_WORDS : count >= MAX_MARKED_SENTENCE_WORDS ? MAX_MARKED_SENTENCE_WORDS : 0;
  return words >= MAX_SENTENCE_WORDS || (words >= MAX_MARKED_SENTENCE_WORDS && CAPTION_MARK_RE.test(sentence));
}

// Whether `re` (global) matches at least `n` times in `text`; stops counting at n.
function hasAtLeast(text: string, re: RegExp, n: number): boolean {
  return countUpTo(text, re, n) >= n;
}

// How many times `re` (global) matches in `text`, counting no further than n.
function countUpTo(text: string, re: RegExp, n: number): number {
  re.lastIndex = 0;
  let count = 0;
  while (count < n && re.exec(text)) count++;
  return count;
}

/** What the summary may quote, and the caption text it must not quote but may learn from. */
export interface CandidateSet {
  candidates: Candidate[];
  /** Text the summary must not quote but may learn from: captions (marked, caption-like or glued into the body) and plain-text title lines. */
  captions: Span[];
}

/** The sentences of the article body a summary may choose from, in article order. */
export function summaryCandidates(article: ArticleText, sentences: readonly Sentence[] = splitSentences(article)): Candidate[] {
  return findCandidates(article, sentences).candidates;
}

/** The candidate sentences of the article and the captions found around them. */
export function findCandidates(article: ArticleText, sentences: readonly Sentence[] = splitSentences(article)): CandidateSet {
  const out: Candidate[] = [];
  const captions: Span[] = [];
  const text = article.text;
  const skipBlocks = headingOrCaptionBlocks(article);
  const furniture = new Set(article.blocks.filter((b) => isFurnitureLine(article.text.slice(b.start, b.end))));
  let paragraph = -1;
  let lastBlock: Sentence['block'] | null = null;
  let blockQuotes: Span[] = [];
  for (const s of sentences) {
    if (s.block.kind === 'caption' || (skipBlocks.has(s.block) && s.block.kind !== 'headline' && s.block.kind !== 'heading')) {
      captions.push({ start: s.start, end: s.end });
      continue;
    }
    if (!BODY_KINDS.has(s.block.kind) || furniture.has(s.block)) continue;
    let start = s.start;
    const raw = text.slice(s.start, s.end);
    // Datelines and bylines open a paragraph (usually the first).
    start += leadingFurnitureLength(raw, s.start === s.block.start);
    if (start >= s.end) continue;
    const { captions: glued, body } = separateCaptions(text, { start, end: s.end });
    captions.push(...glued);
    if (!body) continue;
    const sentence = text.slice(body.start, body.end);
    if (isFurniture(sentence)) continue;
    // A caption label ("Tragic: The man …"), or a caption run at the end of flattened text, which
    // has no closing punctuation.
    if (startsWithCaptionLabel(sentence) || !/[.!?…]["'”’)\]]*$/u.test(sentence) || looksLikeGluedCaptions(sentence)) {
      captions.push(body);
      continue;
    }
    // Too short to say anything, or no words at all ("2:45 p.m.", "___.").
    if (!hasAtLeast(sentence, WORD_RE, MIN_WORDS) || !hasAtLeast(sentence, LETTER_WORD_RE, MIN_WORDS - 1)) continue;
    if (s.block !== lastBlock) {
      paragraph++;
      lastBlock = s.block;
      blockQuotes = findQuoteSpans(text, s.block.start, s.block.end);
    }
    const quoted = blockQuotes
      .filter((q) => q.start < body.end && q.end > body.start)
      .map((q) => ({ start: Math.max(0, q.start - body.start), end: Math.min(body.end, q.end) - body.start }));
    out.push({ start: body.start, end: body.end, index: out.length, paragraph, text: sentence, quoted });
  }
  return { candidates: out, captions };
}

/**
 * Blocks that read as headings or captions in plain text: a line with a photo credit, the line
 * after an image id, a line with no sentence punctuation at all (a heading, label or credit), and a
 * Title-Cased line (a headline). Only articles of several blocks have such lines.
 */
function headingOrCaptionBlocks(article: ArticleText): Set<ArticleText['blocks'][number]> {
  const skip = new Set<ArticleText['blocks'][number]>();
  if (article.blocks.length < 2) return skip;
  let afterImageId = false;
  for (const b of article.blocks) {
    const line = article.text.slice(b.start, b.end);
    const credit = isCreditLine(line);
    const title = b === article.blocks[0] && isTitleLine(line);
    if (credit || afterImageId || title || !/[.!?…]/u.test(line) || isTitleCase(line)) skip.add(b);
    afterImageId = /^[\p{L}]+[-_]?\d{4,}$/u.test(line.trim());
  }
  return skip;
}

// A first line this short, one sentence on its own, is the title of a plain-text article.
const MAX_TITLE_LINE_WORDS = 14;

function isTitleLine(line: string): boolean {
  const ws = line.match(/[\p{L}\p{N}]+/gu) ?? [];
  return ws.length <= MAX_TITLE_LINE_WORDS && !/[.!?…]["'”’)]*\s+\S/u.test(line);
}

// Words a headline in Title Case leaves in lowercase.
const TITLE_LOWERCASE = new Set('a an the and but or nor for of to in on at by up as via vs from with into over per'.split(' '));
const MAX_TITLE_WORDS = 30;

/** Whether a line is in Title Case ("Only 24 Percent of Clinton’s Contributors Are Small Donors."). */
export function isTitleCase(line: string): boolean {
  if (line.length > MAX_TITLE_WORDS * 12) return false;
  // Word by word: the first lower-case word a title would not have decides (most lines are prose).
  TITLE_WORD_RE.lastIndex = 0;
  let count = 0;
  let capitalised = 0;
  for (let m = TITLE_WORD_RE.exec(line); m; m = TITLE_WORD_RE.exec(line)) {
    const w = m[0];
    count++;
    if (/^\p{Lu}/u.test(w)) capitalised++;
    else if (!TITLE_LOWERCASE.has(w)) return false;
  }
  return count >= 3 && count <= MAX_TITLE_WORDS && capitalised >= 3;
}

const TITLE_WORD_RE = /\p{L}[\p{L}'’-]*/gu;
