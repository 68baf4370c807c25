import type { ArticleText, BlockKind, TextBlock } from '../core/annotations';
import { BLOCK_SEPARATOR } from '../core/text/article-text';
import { childrenOf, isBlockTag, isSkippedElement } from './segment-page';

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
  /** True when the text stops short of the article (it reached the `maxChars` asked for). */
  truncated?: boolean;
}

/**
 * One block of the article: a whole element, or (when `nodes` is given) a run of nodes inside it,
 * such as the text between two <br><br> or beside a nested block.
 */
export interface BlockSource {
  element: Element;
  kind: BlockKind;
  /** The run's nodes in order; each is read with its whole subtree. */
  nodes?: readonly Node[];
}

export { isSkippedElement, isBlockTag } from './segment-page';

// The white space a block's text collapses (as the character test it replaces: no other spaces).
const WORD_RUN = /[^ \n\t\r\f\u00a0]+/g;

/**
 * Builds DomArticleText from block elements in reading order: whitespace is collapsed, each block's
 * text trimmed, blocks joined by BLOCK_SEPARATOR; every kept character maps back to its text node.
 * `isHidden` lets a live page add computed-style checks. Reading stops once the text holds
 * `maxChars` characters (the rest of a huge page would never be annotated), marked `truncated`.
 */
export function buildDomArticleText(
  sources: readonly BlockSource[],
  isHidden: (el: Element) => boolean = isSkippedElement,
  maxChars = Infinity,
): DomArticleText {
  let text = '';
  const blocks: TextBlock[] = [];
  const segments: TextSegment[] = [];
  let full = false;
  for (const source of sources) {
    if (text.length >= maxChars) {
      full = true;
      break;
    }
    // Segments go straight into the article's list at their final offsets: the block's start is
    // known now (a block left empty adds no segment and no separator).
    const base = text.length + (blocks.length ? BLOCK_SEPARATOR.length : 0);
    let blockText = '';
    let pendingSpace = false;
    const visit = (node: Node): void => {
      if (node.nodeType === 3) {
        if (full) return;
        const data = (node as Text).data;
        // Each run of non-space characters is one segment; a native regexp finds the runs far
        // faster than a character loop in code that runs once per page (cold, interpreted).
        const word = WORD_RUN;
        word.lastIndex = 0;
        let last = 0;
        for (let m = word.exec(data); m; m = word.exec(data)) {
          const a = m.index;
          if (a > last) pendingSpace = true;
          if (pendingSpace && blockText.length) blockText += ' ';
          pendingSpace = false;
          const run = m[0];
          segments.push({ start: base + blockText.length, end: base + blockText.length + run.length, node: node as Text, nodeOffset: a });
          blockText += run;
          last = a + run.length;
          if (text.length + blockText.length >= maxChars) {
            full = true;
            return;
          }
        }
        if (last < data.length) pendingSpace = true;
        return;
      }
      if (node.nodeType !== 1 || full) return;
      const el = node as Element;
      if (isHidden(el)) return;
      if (el.tagName === 'BR') {
        pendingSpace = true;
        return;
      }
      const children = childrenOf(el);
      if (children.list) for (let i = 0; i < children.list.length; i++) visit(children.list[i]!);
      else for (let c = children.next; c; c = c.nextSibling) visit(c);
      if (isBlockTag(el.tagName)) pendingSpace = true;
    };
    if (source.nodes) for (const node of source.nodes) visit(node);
    else visit(source.element);
    if (!blockText) continue;
    if (blocks.length) text += BLOCK_SEPARATOR;
    blocks.push({ start: base, end: base + blockText.length, kind: source.kind });
    text += blockText;
  }
  return full ? { text, blocks, segments, truncated: true } : { text, blocks, segments };
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
