/** The text position under a point of the viewport, as a node and an offset in it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The caret position under a viewport point: caretPositionFromPoint (standard; Firefox, Chrome 128+)
 * else caretRangeFromPoint (older Chrome, Safari); null when neither exists or nothing is there.
 */
export function caretPointAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

// Half a pixel of slack: glyph boxes and pointer coordinates are both fractional.
const SLACK = 0.5;

/** Whether a viewport point lies inside any of a range's line boxes (carets snap to the nearest text, so this confirms a hit). */
export function rangeContainsPoint(range: { getClientRects(): DOMRectList | readonly DOMRect[] }, x: number, y: number): DOMRect | null {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return r;
  }
  return null;
}
