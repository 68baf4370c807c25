import type { Span } from '../annotations';
import { partitionPoint } from '../text/partition-point';

/**
 * Spans of quoted speech inside one block of text, including quotations that run over several
 * sentences ("‘I had a taste of it. It’s a fantastic opportunity.’") and DailyMail-style quotes
 * that reopen each paragraph without closing the last. Only what the summary needs: whether a
 * sentence is someone's words rather than the story's.
 */

// A quotation open for longer than this without a closing mark was an apostrophe or a stray mark.
const MAX_QUOTE_WORDS = 120;

type Mark = 'open' | 'close' | 'toggle' | null;

function classify(text: string, i: number): Mark {
  const c = text.charAt(i);
  const before = i > 0 ? text.charAt(i - 1) : ' ';
  const after = text.charAt(i + 1);
  const spaceBefore = /[\s([{—–-]/u.test(before) || i === 0;
  const wordAfter = /[\p{L}\p{N}…$£€]/u.test(after) || /["“‘']/u.test(after);
  switch (c) {
    case '“':
      return 'open';
    case '”':
      return 'close';
    case '"':
      return spaceBefore ? 'open' : 'toggle';
    case '‘':
    case "'":
    case '’':
      // An apostrophe inside a word ("don't", "players' kit") is neither.
      if (spaceBefore && wordAfter && c !== '’') return 'open';
      if (!spaceBefore && !/[\p{L}\p{N}]/u.test(after)) return /[\p{L}\p{N}.,!?…]/u.test(before) ? 'close' : null;
      return null;
    default:
      return null;
  }
}

const MARK_RE = /["“”‘’']/g;
const WORD_START_RE = /[\p{L}\p{N}]+/gu;

/** Quoted spans (marks included) between `start` and `end` of `text`, in order. */
export function findQuoteSpans(text: string, start: number, end: number): Span[] {
  // Word starts are found only when a quotation is open somewhere (most blocks have none).
  let wordStarts: number[] | null = null;
  const wordsBetween = (a: number, b: number): number => {
    if (!wordStarts) {
      wordStarts = [];
      WORD_START_RE.lastIndex = start;
      for (let m = WORD_START_RE.exec(text); m && m.index < end; m = WORD_START_RE.exec(text)) wordStarts.push(m.index);
    }
    return lowerBound(wordStarts, b) - lowerBound(wordStarts, a);
  };
  const spans: Span[] = [];
  let open = -1;
  // The search stops at the block's end (a mark is one character): not at the next mark of the article.
  const upToEnd = text.slice(0, end);
  MARK_RE.lastIndex = start;
  for (let m = MARK_RE.exec(upToEnd); m && m.index < end; m = MARK_RE.exec(upToEnd)) {
    const i = m.index;
    const mark = classify(text, i);
    if (mark === null) continue;
    // A quotation still open after many words was an apostrophe or a stray mark: forget it.
    if (open >= 0 && wordsBetween(open, i) > MAX_QUOTE_WORDS) open = -1;
    if (open < 0) {
      if (mark === 'open' || mark === 'toggle') open = i;
    } else if (mark === 'close' || mark === 'toggle') {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
    // An opening mark inside an open quotation reopens it (a quoted paragraph after another).
  }
  if (open >= 0 && wordsBetween(open, end) <= MAX_QUOTE_WORDS) spans.push({ start: open, end });
  return spans.filter((s) => s.end - s.start > 2);
}

function lowerBound(xs: readonly number[], x: number): number {
  return partitionPoint(xs.length, (i) => xs[i]! < x);
}
