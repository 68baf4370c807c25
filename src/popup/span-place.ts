import type { Span, TextBlock } from '../core/annotations';

/** Where a span sits in the article, for a short label ("¶ 4", "caption") and an accessible name. */
export interface SpanPlace {
  /** Short visible label. */
  label: string;
  /** Spoken and tooltip label ("paragraph 4"). */
  description: string;
}

/**
 * Names the block a span falls in: body blocks are numbered in reading order ("¶ 4"), captions,
 * headings and the headline by their kind. Spans outside every block (should not happen) get
 * "text" so the place is still clickable.
 */
export function spanPlace(blocks: readonly TextBlock[], span: Span): SpanPlace {
  let paragraph = 0;
  for (const b of blocks) {
    const body = b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'blockquote' || b.kind === 'preformatted';
    if (body) paragraph++;
    if (span.start >= b.start && span.start < b.end) {
      if (body) return { label: `¶ ${paragraph}`, description: `paragraph ${paragraph}` };
      return { label: b.kind, description: b.kind };
    }
  }
  return { label: 'text', description: 'in the text' };
}

/** The text around a span, cut to about `width` characters on word boundaries (for a tooltip). */
export function spanContext(text: string, span: Span, width = 120): string {
  const pad = Math.max(0, Math.floor((width - (span.end - span.start)) / 2));
  let from = Math.max(0, span.start - pad);
  let to = Math.min(text.length, span.end + pad);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > span.end ? text.lastIndexOf(' ', to) : to;
  const cut = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${cut}${to < text.length ? '…' : ''}`;
}
