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
const MIN_WORDS = 4;

/** What the summary may quote, and the caption text it must not quote but may learn from. */
export interface CandidateSet {
  candidates: Candidate[];
  /** Captions: caption blocks, caption-like lines and captions glued into the body. */
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
  const skipBlocks = captionLikeBlocks(article);
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
    start += leadingFurnitureLength(raw, out.length === 0);
    if (start >= s.end || isFurniture(text.slice(start, s.end))) continue;
    const { captions: glued, body } = separateCaptions(text, { start, end: s.end });
    captions.push(...glued);
    if (!body) continue;
    const sentence = text.slice(body.start, body.end);
    if (isFurniture(sentence)) continue;
    // A caption label ("Tragic: The man …"), or a caption run at the end of flattened text, which
    // has no closing punctuation.
    if (startsWithCaptionLabel(sentence) || !/[.!?…]["'”’)\]]*$/u.test(sentence)) {
      captions.push(body);
      continue;
    }
    if ((sentence.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) continue;
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
 * Blocks that read as captions in plain text: a line with a photo credit, the line after an image
 * id, and a line with no sentence punctuation at all (a heading, label or credit).
 */
function captionLikeBlocks(article: ArticleText): Set<ArticleText['blocks'][number]> {
  const skip = new Set<ArticleText['blocks'][number]>();
  let afterImageId = false;
  for (const b of article.blocks) {
    const line = article.text.slice(b.start, b.end);
    const credit = isCreditLine(line);
    if (credit || afterImageId || !/[.!?…]/u.test(line)) skip.add(b);
    afterImageId = /^[\p{L}]+[-_]?\d{4,}$/u.test(line.trim());
  }
  return skip;
}
