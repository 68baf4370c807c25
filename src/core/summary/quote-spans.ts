import type { Span } from '../annotations';

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

/** Quoted spans (marks included) between `start` and `end` of `text`, in order. */
export function findQuoteSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let wordsSinceOpen = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    const isWordChar = /[\p{L}\p{N}]/u.test(ch);
    if (isWordChar && !inWord && open >= 0 && ++wordsSinceOpen > MAX_QUOTE_WORDS) {
      // Never closed: not a quotation after all; look again from just after the false opening.
      i = open;
      open = -1;
      inWord = false;
      continue;
    }
    inWord = isWordChar;
    if (!/["“”‘’']/u.test(ch)) continue;
    const mark = classify(text, i);
    if (mark === null) continue;
    if (open < 0) {
      if (mark === 'open' || mark === 'toggle') {
        open = i;
        wordsSinceOpen = 0;
      }
    } else if (mark === 'close' || mark === 'toggle') {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
    // An opening mark inside an open quotation reopens it (a quoted paragraph after another).
  }
  if (open >= 0) spans.push({ start: open, end });
  return spans.filter((s) => s.end - s.start > 2);
}
