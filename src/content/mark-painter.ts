import type { Span } from '../core/annotations';
import { LAYER_CATEGORY, type HighlightCategory, type HighlightLayer } from '../core/highlight-layers';
import type { DomArticleText, TextSegment } from '../page/dom-article-text';
import type { Painter, PointHits } from './painter';
import { sortInnermostFirst, type LayerHit, type LayerSpans } from './span-index';

/** The element that wraps marked text where the Highlight API is missing. */
export const MARK_TAG = 'pm-mark';

// Outer to inner: a quote's wash around the names in it, so nested marks read like the highlights.
const NEST_ORDER: readonly HighlightLayer[] = ['pm-quote', 'pm-speaker', 'pm-person', 'pm-organization', 'pm-place', 'pm-misc'];

/** A text node we replaced, and the nodes that stand in for it until clear(). */
interface Wrap {
  original: Text;
  pieces: Node[];
}

/** A piece of one text node [from, to) covered by a span of a layer. */
interface Cover {
  from: number;
  to: number;
  hit: LayerHit;
}

/**
 * The fallback painter for browsers without the CSS Custom Highlight API: wraps marked text in
 * <pm-mark> elements. This does change the page's DOM, so clear() puts back the very text nodes it
 * took out (same objects, same data), leaving the document as it was.
 */
export class MarkPainter implements Painter {
  readonly kind = 'marks';
  private wraps: Wrap[] = [];
  private marks: Array<{ el: HTMLElement; hit: LayerHit }> = [];
  private hitOf = new WeakMap<Element, LayerHit>();
  private hidden: ReadonlySet<HighlightCategory> = new Set();

  constructor(private readonly doc: Document) {}

  paint(article: DomArticleText, layers: LayerSpans): number {
    this.clear();
    const hits: LayerHit[] = [];
    for (const layer of NEST_ORDER) for (const span of layers[layer]) if (span.end > span.start) hits.push({ layer, span });
    hits.sort((a, b) => a.span.start - b.span.start);
    const byNode = new Map<Text, TextSegment[]>();
    for (const s of article.segments) {
      const list = byNode.get(s.node);
      if (list) list.push(s);
      else byNode.set(s.node, [s]);
    }
    const painted = new Set<LayerHit>();
    for (const [node, segments] of byNode) {
      const covers = coversOf(segments, hits);
      if (!covers.length || !node.parentNode) continue;
      this.wrapNode(node, covers);
      for (const c of covers) painted.add(c.hit);
    }
    this.applyHidden();
    return painted.size;
  }

  setHidden(hidden: ReadonlySet<HighlightCategory>): void {
    this.hidden = new Set(hidden);
    this.applyHidden();
  }

  setFocus(span: Span | null): boolean {
    let found = false;
    for (const { el, hit } of this.marks) {
      const on = !!span && hit.span.start < span.end && hit.span.end > span.start;
      if (on) {
        el.setAttribute('data-pm-focus', '');
        found = true;
      } else if (el.hasAttribute('data-pm-focus')) {
        el.removeAttribute('data-pm-focus');
      }
    }
    return found;
  }

  hitsAt(x: number, y: number): PointHits {
    const hits: LayerHit[] = [];
    let rect: DOMRect | null = null;
    for (const el of this.doc.elementsFromPoint(x, y)) {
      const hit = this.hitOf.get(el);
      if (!hit || this.hidden.has(LAYER_CATEGORY[hit.layer])) continue;
      hits.push(hit);
      rect ??= Array.from(el.getClientRects()).find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ?? null;
    }
    return { hits: sortInnermostFirst(hits), rect };
  }

  rectsOf(span: Span): DOMRect[] {
    return this.marksIn(span).flatMap((el) => Array.from(el.getClientRects()));
  }

  elementOf(span: Span): Element | null {
    return this.marksIn(span)[0] ?? null;
  }

  clear(): void {
    for (const { original, pieces } of this.wraps) {
      const first = pieces[0];
      const parent = first?.parentNode;
      // The page may have removed our pieces meanwhile; then there is nothing left to restore.
      if (!first || !parent) continue;
      parent.insertBefore(original, first);
      for (const p of pieces) p.parentNode?.removeChild(p);
    }
    this.wraps = [];
    this.marks = [];
    this.hitOf = new WeakMap();
  }

  private marksIn(span: Span): HTMLElement[] {
    return this.marks.filter(({ hit }) => hit.span.start < span.end && hit.span.end > span.start).map((m) => m.el);
  }

  private applyHidden(): void {
    for (const { el, hit } of this.marks) {
      const hide = this.hidden.has(LAYER_CATEGORY[hit.layer]);
      if (hide !== el.hasAttribute('data-pm-hidden')) {
        if (hide) el.setAttribute('data-pm-hidden', '');
        else el.removeAttribute('data-pm-hidden');
      }
    }
  }

  /** Replaces one text node by its pieces, each covered piece inside nested marks. */
  private wrapNode(node: Text, covers: Cover[]): void {
    const data = node.data;
    const cuts = new Set<number>([0, data.length]);
    for (const c of covers) {
      cuts.add(c.from);
      cuts.add(c.to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Node[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      if (to <= from) continue;
      let piece: Node = this.doc.createTextNode(data.slice(from, to));
      const over = covers.filter((c) => c.from <= from && c.to >= to);
      // Innermost first, so the outermost layer ends up wrapping the rest.
      for (let k = over.length - 1; k >= 0; k--) {
        const el = this.doc.createElement(MARK_TAG) as HTMLElement;
        el.setAttribute('data-pm-layer', over[k]!.hit.layer);
        el.appendChild(piece);
        this.hitOf.set(el, over[k]!.hit);
        this.marks.push({ el, hit: over[k]!.hit });
        piece = el;
      }
      pieces.push(piece);
    }
    const parent = node.parentNode!;
    for (const p of pieces) parent.insertBefore(p, node);
    parent.removeChild(node);
    this.wraps.push({ original: node, pieces });
  }
}

/** The parts of one text node's segments covered by each hit, in node offsets, outer layers first. */
function coversOf(segments: readonly TextSegment[], hits: readonly LayerHit[]): Cover[] {
  const covers: Cover[] = [];
  for (const s of segments) {
    for (const hit of hits) {
      if (hit.span.start >= s.end) break;
      if (hit.span.end <= s.start) continue;
      const a = Math.max(hit.span.start, s.start);
      const b = Math.min(hit.span.end, s.end);
      let from = s.nodeOffset + (a - s.start);
      let to = s.nodeOffset + (b - s.start);
      // A span that goes on past this run also covers the white space beside it (as a Range does).
      const data = s.node.data;
      if (hit.span.start < s.start) while (from > 0 && isSpace(data.charCodeAt(from - 1))) from--;
      if (hit.span.end > s.end) while (to < data.length && isSpace(data.charCodeAt(to))) to++;
      covers.push({ from, to, hit });
    }
  }
  // Spaces between a span's segments in the same node (collapsed white space) belong to the span too.
  return mergeAcrossGaps(covers, segments);
}

/** Joins the covers of one hit over consecutive segments of the node, so a mark does not break at a space. */
function mergeAcrossGaps(covers: Cover[], segments: readonly TextSegment[]): Cover[] {
  if (segments.length < 2) return sortCovers(covers);
  const byHit = new Map<LayerHit, Cover>();
  for (const c of covers) {
    const prev = byHit.get(c.hit);
    if (prev) {
      prev.from = Math.min(prev.from, c.from);
      prev.to = Math.max(prev.to, c.to);
    } else {
      byHit.set(c.hit, { ...c });
    }
  }
  return sortCovers([...byHit.values()]);
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 12 || ch === 160;
}

function sortCovers(covers: Cover[]): Cover[] {
  const order = (l: HighlightLayer): number => NEST_ORDER.indexOf(l);
  return covers.sort((a, b) => order(a.hit.layer) - order(b.hit.layer) || a.from - b.from);
}
