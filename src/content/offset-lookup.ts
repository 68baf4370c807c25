import type { TextSegment } from '../page/dom-article-text';

/**
 * Maps a DOM position (a text node and an offset in it) back to an article offset: the inverse of
 * the segment map that detection builds. Used by caret-based hit-testing where
 * `highlightsFromPoint` is missing.
 */
export class OffsetLookup {
  private byNode: Map<Node, TextSegment[]> | null = null;

  constructor(private readonly segments: readonly TextSegment[]) {}

  /**
   * The article offset of a caret at `offset` in `node`, or null when that position is not part of
   * the article text (outside the article, hidden, or collapsed white space).
   */
  offsetAt(node: Node, offset: number): number | null {
    const list = this.index().get(node);
    if (!list) return null;
    for (const s of list) {
      const len = s.end - s.start;
      // A caret just after the segment's last character still belongs to it (the end of a word).
      if (offset >= s.nodeOffset && offset <= s.nodeOffset + len) return s.start + (offset - s.nodeOffset);
    }
    return null;
  }

  // Built on first use: most pages are never hovered.
  private index(): Map<Node, TextSegment[]> {
    if (this.byNode) return this.byNode;
    const map = new Map<Node, TextSegment[]>();
    for (const s of this.segments) {
      const list = map.get(s.node);
      if (list) list.push(s);
      else map.set(s.node, [s]);
    }
    this.byNode = map;
    return map;
  }
}
