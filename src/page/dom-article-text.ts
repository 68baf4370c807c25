import type { ArticleText, BlockKind, TextBlock } from '../core/annotations';
import { BLOCK_SEPARATOR } from '../core/text/article-text';

/** A run of ArticleText characters copied one to one from a DOM text node. */
export interface TextSegment {
  /** Offsets into ArticleText.text. */
  start: number;
  end: number;
  node: Text;
  /** Offset in node.data of the character at `start`. */
  nodeOffset: number;
}

/** ArticleText built over a DOM, with the map from offsets back to text nodes. */
export interface DomArticleText extends ArticleText {
  /** Segments sorted by start; gaps (block separators, collapsed spaces) map to no node. */
  segments: TextSegment[];
}

/** An element that forms one block of the article. */
export interface BlockSource {
  element: Element;
  kind: BlockKind;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME', 'OBJECT', 'CANVAS']);

/** Whether an element's text must never be part of the article (scripts, hidden, editable). */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/**
 * Builds DomArticleText from block elements in reading order: whitespace is collapsed, each block's
 * text trimmed, blocks joined by BLOCK_SEPARATOR; every kept character maps back to its text node.
 * `isHidden` lets a live page add computed-style checks.
 */
export function buildDomArticleText(
  sources: readonly BlockSource[],
  isHidden: (el: Element) => boolean = isSkippedElement,
): DomArticleText {
  let text = '';
  const blocks: TextBlock[] = [];
  const segments: TextSegment[] = [];
  for (const source of sources) {
    const blockSegments: TextSegment[] = [];
    let blockText = '';
    let pendingSpace = false;
    const visit = (node: Node): void => {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        let segStart = -1;
        for (let i = 0; i < data.length; i++) {
          const ch = data.charCodeAt(i);
          const isSpace = ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 12 || ch === 160;
          if (isSpace) {
            if (segStart >= 0) {
              closeSegment(segStart, i);
              segStart = -1;
            }
            pendingSpace = true;
            continue;
          }
          if (segStart < 0) {
            if (pendingSpace && blockText.length) blockText += ' ';
            pendingSpace = false;
            segStart = i;
          }
        }
        if (segStart >= 0) closeSegment(segStart, data.length);
        function closeSegment(a: number, b: number): void {
          blockSegments.push({ start: blockText.length, end: blockText.length + (b - a), node: node as Text, nodeOffset: a });
          blockText += data.slice(a, b);
        }
        return;
      }
      if (node.nodeType !== 1) return;
      const el = node as Element;
      if (isHidden(el)) return;
      if (el.tagName === 'BR') {
        pendingSpace = true;
        return;
      }
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
      if (isBlockTag(el.tagName)) pendingSpace = true;
    };
    visit(source.element);
    if (!blockText) continue;
    if (blocks.length) text += BLOCK_SEPARATOR;
    const base = text.length;
    blocks.push({ start: base, end: base + blockText.length, kind: source.kind });
    for (const s of blockSegments) segments.push({ ...s, start: s.start + base, end: s.end + base });
    text += blockText;
  }
  return { text, blocks, segments };
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TD', 'TH', 'TR', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'FIGURE', 'HEADER', 'FOOTER', 'DD', 'DT']);

/** Whether a tag starts a new line of text. */
export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName.toUpperCase());
}

/** The index of the segment containing an offset, or -1. */
export function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The DOM position (text node and offset) of an article offset, snapping forward over gaps. */
export function domPositionAt(
  segments: readonly TextSegment[],
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | null {
  if (!segments.length) return null;
  if (bias === 'end') {
    // The end of a span is the position after its last character.
    const i = segmentIndexAt(segments, offset - 1);
    if (i >= 0) {
      const s = segments[i]!;
      return { node: s.node, offset: s.nodeOffset + (offset - s.start) };
    }
  } else {
    const i = segmentIndexAt(segments, offset);
    if (i >= 0) {
      const s = segments[i]!;
      return { node: s.node, offset: s.nodeOffset + (offset - s.start) };
    }
  }
  // In a gap: snap to the nearest segment in the span's direction.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  if (bias === 'start') {
    const s = segments[lo];
    return s ? { node: s.node, offset: s.nodeOffset } : null;
  }
  const s = segments[lo - 1];
  return s ? { node: s.node, offset: s.nodeOffset + (s.end - s.start) } : null;
}

/** A DOM Range over the article span [start, end), or null when it maps to no text. */
export function rangeForSpan(doc: Document, article: DomArticleText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = domPositionAt(article.segments, start, 'start');
  const b = domPositionAt(article.segments, end, 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  if (range.collapsed) return null;
  return range;
}
