import type { QuoteAnalysis } from './analysis';
import type { RawAttribution } from './attributions';
import { partitionPoint } from '../text/partition-point';

// Single marks (straight or curly) are what news sites put around the quotation a section heading
// borrows ("'Pretty cool working there.'" on a line of its own); their body text quotes in double
// marks (or in twin apostrophes, which the mark finder reads as '').
const SINGLE_MARKS = new Set(["'", '‘']);

/** The marked quotation holding a character span, or null. */
function quotationAround(a: QuoteAnalysis, start: number, end: number): QuoteAnalysis['quotes'][number] | null {
  // The quotations do not overlap and are in reading order: the last one opening at or before start.
  const m = a.quotes[partitionPoint(a.quotes.length, (i) => a.quotes[i]!.start <= start) - 1];
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

/** Index of the first token ending after a character offset (binary search over the tokens). */
function tokenAt(a: QuoteAnalysis, offset: number): number {
  return partitionPoint(a.tokens.length, (i) => a.tokens[i]!.end <= offset);
}

const capitalised = (a: QuoteAnalysis, k: number): boolean => k >= 0 && k < a.tokens.length && /^\p{Lu}[\p{L}.’'-]*$/u.test(a.tokens[k]!.text);

/**
 * Whether a quoted candidate is a nickname inside a person's name (C.J. “Butch” Otter): one or two
 * capitalised words without a stop, between a capitalised name word and a surname that running
 * text follows. (A title-case headline, where every word is capitalised, does not count.)
 */
export function isQuotedNickname(a: QuoteAnalysis, r: RawAttribution): boolean {
  if (!r.direct || r.pieces.length !== 1) return false;
  const piece = r.pieces[0]!;
  const m = quotationAround(a, piece.start, piece.end);
  if (!m || !m.closed) return false;
  const inner = a.text.slice(m.innerStart, m.innerEnd);
  if (!/^\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?$/u.test(inner)) return false;
  const before = tokenAt(a, m.start) - 1;
  const after = tokenAt(a, m.end);
  if (a.tokens[before] && a.tokens[before]!.end > m.start) return false;
  // (the same paragraph, not the same unit: initials like "R.J." may end a unit)
  return capitalised(a, before) && capitalised(a, after) && a.units[a.unitOf[before]!]?.block === a.units[a.unitOf[after]!]?.block && !capitalised(a, after + 1);
}
