import type { ArticleText, Notice, TextBlock } from './annotations';

/**
 * The bounds of the language core. A page can hold any amount of text; the core annotates at most
 * this much of it so that its work (and the tab's) stays bounded, and says so with a 'truncated'
 * notice rather than freezing the page.
 */

/** Bounds on how much of an article the core annotates. */
export interface ArticleLimits {
  /** Most words annotated (a word is a run of letters or digits, as the popup counts them). */
  maxWords: number;
  /** Most characters annotated; bounds text with few word breaks (Chinese, Japanese, one huge token). */
  maxChars: number;
}

/**
 * The default bounds: five times a long news feature (2,000 words), and about what the core annotates
 * within a second on a slow machine (measured with `npm run fuzz`).
 */
export const DEFAULT_LIMITS: Readonly<ArticleLimits> = { maxWords: 10_000, maxChars: 80_000 };

/**
 * How much text article detection reads: a little over the core's character limit, so the core still
 * cuts at a sentence end of its own, and a huge page is never read whole only to be cut.
 */
export const DETECTION_MAX_CHARS = Math.round(DEFAULT_LIMITS.maxChars * 1.25);

/** An article cut to the limits, with the notice to show when anything was cut. */
export interface LimitedArticle {
  article: ArticleText;
  /** The 'truncated' notice, or null when the whole article fits. */
  notice: Notice | null;
}

// A word as countWords (src/core/report/markdown.ts) counts it, so the notice and the popup agree.
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// A sentence end, also in scripts that write no space after it.
const SENTENCE_END_RE = /[.!?…。！？](?:["'”’»)\]]*)(?=\s|$)|[。！？]/gu;

// Below this share of the cut point, a sentence end is too far back to be worth keeping to.
const MIN_SENTENCE_CUT_SHARE = 0.9;

/**
 * Cuts an article to the limits: whole blocks while they fit, and the block that crosses a limit cut
 * at its last sentence end before it (else at a word end). The text kept is a prefix of the original,
 * so offsets into it are offsets into the original text (the DOM side's map stays valid).
 */
export function limitArticle(article: ArticleText, limits: Readonly<ArticleLimits> = DEFAULT_LIMITS): LimitedArticle {
  const { text } = article;
  const cut = cutOffset(text, limits);
  if (cut === null) return { article, notice: null };
  const blocks: TextBlock[] = [];
  for (const b of article.blocks) {
    if (b.start >= cut) break;
    const end = trimmedEnd(text, b.start, Math.min(b.end, cut));
    if (end > b.start) blocks.push(end === b.end ? b : { ...b, end });
  }
  const last = blocks.length ? blocks[blocks.length - 1]!.end : 0;
  const kept: ArticleText = { text: text.slice(0, last), blocks };
  return { article: kept, notice: truncatedNotice(kept.text, text) };
}

/** Where the text must be cut to fit the limits, or null when it fits whole. */
function cutOffset(text: string, limits: Readonly<ArticleLimits>): number | null {
  let cut: number | null = null;
  if (text.length > limits.maxChars) cut = limits.maxChars;
  // Count words only up to the cut that the characters already force: the rest is never read.
  WORD_RE.lastIndex = 0;
  let words = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    if (cut !== null && m.index >= cut) break;
    if (++words > limits.maxWords) {
      cut = m.index;
      break;
    }
  }
  if (cut === null) return null;
  // Never cut inside a word (or a surrogate pair): step back to the last space before the cut.
  let at = cut;
  while (at > 0 && !/\s/.test(text.charAt(at - 1)) && !/\s/.test(text.charAt(at))) at--;
  if (at === 0) at = safeIndex(text, cut);
  return sentenceCut(text, at);
}

/** The end of the last sentence in the 10% of text before `at`, else `at` itself. */
function sentenceCut(text: string, at: number): number {
  const from = Math.floor(at * MIN_SENTENCE_CUT_SHARE);
  const tail = text.slice(from, at);
  let best = -1;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(tail); m; m = SENTENCE_END_RE.exec(tail)) best = m.index + m[0].length;
  // A block separator is as good a place to stop as a sentence end.
  const para = tail.lastIndexOf('\n\n');
  best = Math.max(best, para);
  return best > 0 ? from + best : at;
}

/** `i`, moved back one when it would split a surrogate pair. */
function safeIndex(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xd800 && c <= 0xdbff ? i - 1 : i;
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/** The notice for a cut article: words kept, and an estimate of the whole (counting it all would cost what the cut saves). */
function truncatedNotice(kept: string, whole: string): Notice {
  const keptWords = (kept.match(WORD_RE) ?? []).length;
  const estimate = kept.length ? Math.round((keptWords * whole.length) / kept.length) : 0;
  return truncationNotice(keptWords, estimate);
}

/** The 'truncated' notice: how many words were annotated, of about how many in the whole article. */
export function truncationNotice(annotatedWords: number, estimatedWords: number): Notice {
  const about = roundForReading(Math.max(estimatedWords, annotatedWords + 1));
  return {
    code: 'truncated',
    message: `This article is very long: Pressmark annotated the first ${formatCount(annotatedWords)} words (of about ${formatCount(about)}).`,
  };
}

/** Rounds a count to two significant figures, as an estimate should be read. */
function roundForReading(n: number): number {
  if (n < 100) return n;
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
