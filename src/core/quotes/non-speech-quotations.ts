import type { QuoteAnalysis } from './analysis';
import type { RawAttribution } from './attributions';

// Single marks (straight or curly) are what news sites put around the quotation a section heading
// borrows ("'Pretty cool working there.'" on a line of its own); their body text quotes in double
// marks (or in twin apostrophes, which the mark finder reads as '').
const SINGLE_MARKS = new Set(["'", '‘']);

/** The marked quotation holding a character span, or null. */
function quotationAround(a: QuoteAnalysis, start: number, end: number): QuoteAnalysis['quotes'][number] | null {
  // The quotations do not overlap and are in reading order: the last one opening at or before start.
  let lo = 0;
  let hi = a.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.quotes[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const m = a.quotes[lo - 1];
  return m && m.end >= end ? m : null;
}

/**
 * Whether a quoted candidate is a section heading rather than anyone's speech: its content is a
 * quotation in single marks that fills a paragraph of its own. (On PolNeAR train, 0 of the 11
 * such candidates overlap a gold attribution.)
 */
export function isQuotedHeading(a: QuoteAnalysis, r: RawAttribution): boolean {
  if (!r.direct || r.pieces.length !== 1) return false;
  const piece = r.pieces[0]!;
  const m = quotationAround(a, piece.start, piece.end);
  if (!m || !SINGLE_MARKS.has(m.mark) || !m.closed) return false;
  const block = a.article.blocks.find((b) => b.start <= m.start && b.end >= m.end);
  if (!block) return false;
  // Nothing but spaces and a closing stop may stand beside the quotation in its paragraph.
  return /^\s*$/.test(a.text.slice(block.start, m.start)) && /^[\s.]*$/.test(a.text.slice(m.end, block.end));
}
