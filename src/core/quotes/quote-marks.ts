import type { ArticleText, Span } from '../annotations';

/** A passage between quotation marks; `start`/`end` include the marks, `inner*` exclude them. */
export interface MarkedQuote extends Span {
  innerStart: number;
  innerEnd: number;
  /** The opening mark as written (“ " « ‘ ' '' „), or '' for a blockquote. */
  mark: string;
  /** False when the passage ran to the end of a paragraph without a closing mark. */
  closed: boolean;
  /**
   * True when this paragraph continues a quotation left open at the end of the previous one (the
   * convention for quotes over several paragraphs); each paragraph is its own passage.
   */
  continuation: boolean;
  /** Quotes nested inside this one (single inside double), kept for callers that want them. */
  nested: Span[];
}

type Family = 'double' | 'single' | 'guillemet' | 'twin';

interface Mark {
  at: number;
  len: number;
  family: Family;
  /** What the mark can be, judged from its own shape and its neighbours. */
  canOpen: boolean;
  canClose: boolean;
  text: string;
}

const isSpace = (c: string): boolean => c === '' || /\s/.test(c);
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
// Characters after which a straight mark opens rather than closes a quote.
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:;,]/;
// Characters before which a straight mark closes a quote.
const CLOSE_AFTER = /[\s)\]}.,;:!?\u2014\u2013\-…/'’”"]/;
// Invisible formatting characters (direction marks, zero-width spaces) some pages put before a mark.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Lists every quotation mark of one paragraph with what it may do there. */
function scanMarks(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    const prev = i > start ? text[i - 1]! : '';
    const next = i + 1 < end ? text[i + 1]! : '';
    switch (c) {
      case '“':
      case '„':
        // “ is also the closing mark in German-style „…“; let the pairing decide.
        marks.push({ at: i, len: 1, family: 'double', canOpen: true, canClose: c === '“' && !isWordChar(next), text: c });
        break;
      case '”':
        // Some pages open with the closing shape too (”This is why …,” said …): at a paragraph's
        // start, or before a word after a space or an opening bracket, it opens when nothing is open.
        marks.push({ at: i, len: 1, family: 'double', canOpen: (prev === '' && next !== '') || ((isSpace(prev) || OPEN_BEFORE.test(prev) || INVISIBLE.test(prev)) && isWordChar(next)), canClose: true, text: c });
        break;
      case '"': {
        const opens = (prev === '' || OPEN_BEFORE.test(prev)) && !isSpace(next);
        const closes = !isSpace(prev) && (next === '' || CLOSE_AFTER.test(next) || !isWordChar(next));
        marks.push({ at: i, len: 1, family: 'double', canOpen: opens, canClose: closes || !opens, text: c });
        break;
      }
      case '«':
        marks.push({ at: i, len: 1, family: 'guillemet', canOpen: true, canClose: false, text: c });
        break;
      case '»':
        marks.push({ at: i, len: 1, family: 'guillemet', canOpen: false, canClose: true, text: c });
        break;
      case '‘':
        marks.push({ at: i, len: 1, family: 'single', canOpen: isSpace(prev) || OPEN_BEFORE.test(prev) || /[“"]/.test(prev), canClose: false, text: c });
        break;
      case '’':
      case "'": {
        if (c === "'" && next === "'") {
          // Two apostrophes stand for a double quotation mark in some archives ('' … '').
          const opens = (prev === '' || OPEN_BEFORE.test(prev)) && i + 2 < end && !isSpace(text[i + 2]!);
          marks.push({ at: i, len: 2, family: 'twin', canOpen: opens, canClose: !opens, text: "''" });
          i++;
          break;
        }
        // An apostrophe inside a word (don’t, Afghanistan’s) is never a quotation mark.
        if (isWordChar(prev) && isWordChar(next)) break;
        const opens = c === "'" && (prev === '' || OPEN_BEFORE.test(prev) || /[“"]/.test(prev)) && isWordChar(next);
        const closes = !isSpace(prev) && (next === '' || CLOSE_AFTER.test(next) || /[”"]/.test(next));
        if (opens || closes) marks.push({ at: i, len: 1, family: 'single', canOpen: opens, canClose: closes, text: c });
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

interface Open {
  mark: Mark;
  nested: Span[];
}

/**
 * Finds quoted passages in every block: double quotes (curly, straight, doubled apostrophes),
 * guillemets and single quotes, with single quotes inside double ones kept as nested. A double
 * quote left open at the end of a paragraph continues when the next paragraph opens with a quote
 * mark (the newspaper convention for quotes over several paragraphs); each paragraph's part is
 * reported as its own passage, marked as a continuation.
 */
export function findMarkedQuotes(article: ArticleText): MarkedQuote[] {
  const { text } = article;
  const out: MarkedQuote[] = [];
  let carried: { start: number; mark: Mark; continuation: boolean } | null = null;
  let previousBlockquote = false;
  for (const block of article.blocks) {
    // A <blockquote> is a quotation by itself: its text needs no marks. (Marks inside it are
    // the quoted text's own; a blockquote that opens with a mark is read like a paragraph.)
    if (block.kind === 'blockquote' && !/^\s*["“„«‘']/.test(text.slice(block.start, block.start + 2))) {
      if (carried) {
        const prev = article.blocks[article.blocks.indexOf(block) - 1]!;
        pushQuote(out, text, carried.start, prev.end, carried.mark, false, [], carried.continuation);
        carried = null;
      }
      const nested = findMarkedQuotes({ text, blocks: [{ ...block, kind: 'paragraph' }] }).map((q) => ({ start: q.start, end: q.end }));
      if (text.slice(block.start, block.end).trim()) {
        out.push({ start: block.start, end: block.end, innerStart: block.start, innerEnd: block.end, mark: '', closed: true, continuation: previousBlockquote, nested });
      }
      previousBlockquote = true;
      continue;
    }
    previousBlockquote = false;
    const marks = scanMarks(text, block.start, block.end);
    let continuing = false;
    let outer: Open | null = null;
    let inner: Open | null = null;
    let startAt = -1;
    let mi = 0;
    if (carried) {
      // A continued quote: the paragraph must open with a mark of the same family.
      const first = marks[0];
      const prev = article.blocks[article.blocks.indexOf(block) - 1]!;
      pushQuote(out, text, carried.start, prev.end, carried.mark, false, [], carried.continuation);
      if (first && first.at === block.start && first.family === carried.mark.family && first.canOpen) {
        outer = { mark: first, nested: [] };
        startAt = first.at;
        continuing = true;
        mi = 1;
      }
      carried = null;
    }
    for (; mi < marks.length; mi++) {
      const m = marks[mi]!;
      if (!outer) {
        if (m.canOpen && m.family !== 'single') {
          outer = { mark: m, nested: [] };
          startAt = m.at;
        } else if (m.canOpen && m.family === 'single' && hasSingleClose(marks, mi)) {
          outer = { mark: m, nested: [] };
          startAt = m.at;
        }
        continue;
      }
      if (outer.mark.family === 'single') {
        if (m.family === 'single' && m.canClose) {
          pushQuote(out, text, startAt, m.at + m.len, outer.mark, true, outer.nested);
          outer = null;
        }
        continue;
      }
      // Inside a double quote: single marks open and close a nested quote.
      if (m.family === 'single') {
        if (!inner && m.canOpen && hasSingleClose(marks, mi)) inner = { mark: m, nested: [] };
        else if (inner && m.canClose) {
          outer.nested.push({ start: inner.mark.at, end: m.at + m.len });
          inner = null;
        }
        continue;
      }
      if (m.family === outer.mark.family && (m.canClose || (m.text === '"' && outer.mark.text === '"'))) {
        // Straight marks cannot nest, so a straight mark inside a straight quote closes it.
        pushQuote(out, text, startAt, m.at + m.len, outer.mark, true, outer.nested, continuing);
        continuing = false;
        outer = null;
        inner = null;
      } else if (m.text === '“' && (outer.mark.text === '„' || outer.mark.text === '”')) {
        // “ after „ closes the German-style pair (and a pair written reversed, ”…“).
        pushQuote(out, text, startAt, m.at + m.len, outer.mark, true, outer.nested);
        outer = null;
      } else if (m.text === '“' && m.canOpen && outer.mark.text === '"') {
        // A page that quotes in curly marks uses a straight one to set off an excerpt ("Pastor X
        // defended “…” …), often left unclosed: the curly mark opens the quotation, not a close.
        outer = { mark: m, nested: [] };
        startAt = m.at;
        inner = null;
        continuing = false;
      }
    }
    if (outer) {
      if (outer.mark.family === 'single') continue;
      carried = { start: startAt, mark: outer.mark, continuation: continuing };
    }
  }
  if (carried) {
    const last = article.blocks[article.blocks.length - 1]!;
    pushQuote(out, text, carried.start, last.end, carried.mark, false, [], carried.continuation);
  }
  return out;
}

/** Whether a single opening mark has a plausible closing mark later in the same paragraph. */
function hasSingleClose(marks: readonly Mark[], from: number): boolean {
  for (let j = from + 1; j < marks.length; j++) {
    const m = marks[j]!;
    if (m.family === 'single' && m.canClose) return true;
    if (m.family !== 'single') return false;
  }
  return false;
}

function pushQuote(
  out: MarkedQuote[],
  text: string,
  start: number,
  end: number,
  mark: Mark,
  closed: boolean,
  nested: Span[] = [],
  continuation = false,
): void {
  const innerStart = start + mark.len;
  const closeLen = closed ? (mark.family === 'twin' ? 2 : 1) : 0;
  const innerEnd = Math.max(innerStart, end - closeLen);
  if (!text.slice(innerStart, innerEnd).trim()) return;
  out.push({
    start,
    end,
    innerStart,
    innerEnd,
    mark: mark.text,
    closed,
    continuation,
    nested,
  });
}
