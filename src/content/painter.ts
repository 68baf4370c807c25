import type { Span } from '../core/annotations';
import { HIGHLIGHT_LAYERS, LAYER_CATEGORY, type HighlightCategory, type HighlightLayer, type LayerSpan } from '../core/highlight-layers';
import { rangeForSpan, type DomArticleText } from '../page/dom-article-text';
import { caretPointAt, rangeContainsPoint } from './caret-position';
import { readHighlightHit, type HighlightApi, type HighlightLike } from './highlight-api';
import { OffsetLookup } from './offset-lookup';
import { sortInnermostFirst, spansAt, type LayerHit, type LayerSpans } from './span-index';

/** The marks under a viewport point and the line box the point is in (to place a card by). */
export interface PointHits {
  hits: LayerHit[];
  rect: DOMRect | null;
}

/** What the content script needs from a way of painting marks on the page. */
export interface Painter {
  readonly kind: 'highlight-api' | 'marks';
  /** Paints every layer (replacing what was painted before); returns the number of ranges painted. */
  paint(article: DomArticleText, layers: LayerSpans): number;
  /** Hides the given categories and shows the rest. */
  setHidden(hidden: ReadonlySet<HighlightCategory>): void;
  /** Shows the focus mark (pm-focus) on one span of the article, or on none; false when it maps to no text. */
  setFocus(span: Span | null): boolean;
  /** The visible marks under a viewport point, innermost first. */
  hitsAt(x: number, y: number): PointHits;
  /** The line boxes of an article span, in viewport coordinates. */
  rectsOf(span: Span): DOMRect[];
  /** The element holding the start of an article span (to scroll it into view), or null. */
  elementOf(span: Span): Element | null;
  /** Removes everything this painter painted. */
  clear(): void;
}

/** The focus layer: one range at a time, above every other layer. */
export const FOCUS_LAYER = 'pm-focus';

// Overlaps paint in priority order: a quote's wash under the names inside it, focus over all.
const PRIORITY: Record<HighlightLayer, number> = { 'pm-quote': 1, 'pm-speaker': 2, 'pm-misc': 3, 'pm-place': 3, 'pm-organization': 3, 'pm-person': 3 };
const FOCUS_PRIORITY = 10;

/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per layer, no DOM change at
 * all. Only ever removes registry entries that are still its own, so an orphaned copy of the
 * content script cannot wipe the highlights of the copy that replaced it.
 */
export class HighlightPainter implements Painter {
  readonly kind = 'highlight-api';
  private article: DomArticleText | null = null;
  private layers: LayerSpans | null = null;
  private lookup: OffsetLookup | null = null;
  private readonly own = new Map<string, HighlightLike>();
  private readonly ranges = new Map<HighlightLayer, Range[]>();
  private readonly layerOf = new Map<HighlightLike, HighlightLayer>();
  private spanOf = new WeakMap<AbstractRange, LayerSpan>();
  private hidden: ReadonlySet<HighlightCategory> = new Set();

  constructor(
    private readonly doc: Document,
    private readonly api: HighlightApi,
  ) {}

  paint(article: DomArticleText, layers: LayerSpans): number {
    this.clear();
    this.article = article;
    this.layers = layers;
    this.lookup = new OffsetLookup(article.segments);
    let count = 0;
    for (const layer of HIGHLIGHT_LAYERS) {
      const ranges: Range[] = [];
      for (const span of layers[layer]) {
        const r = rangeForSpan(this.doc, article, span.start, span.end);
        if (!r) continue;
        ranges.push(r);
        this.spanOf.set(r, span);
      }
      if (!ranges.length) continue;
      const h = this.api.create(ranges);
      h.priority = PRIORITY[layer];
      this.ranges.set(layer, ranges);
      this.own.set(layer, h);
      this.layerOf.set(h, layer);
      count += ranges.length;
    }
    this.apply();
    return count;
  }

  setHidden(hidden: ReadonlySet<HighlightCategory>): void {
    this.hidden = new Set(hidden);
    this.apply();
  }

  setFocus(span: Span | null): boolean {
    this.dropOwn(FOCUS_LAYER);
    if (!span || !this.article) return false;
    const r = rangeForSpan(this.doc, this.article, span.start, span.end);
    if (!r) return false;
    const h = this.api.create([r]);
    h.priority = FOCUS_PRIORITY;
    this.own.set(FOCUS_LAYER, h);
    this.api.registry.set(FOCUS_LAYER, h);
    return true;
  }

  hitsAt(x: number, y: number): PointHits {
    if (!this.article || !this.layers) return { hits: [], rect: null };
    const registry = this.api.registry;
    if (typeof registry.highlightsFromPoint === 'function') return this.hitsFromRegistry(registry.highlightsFromPoint(x, y), x, y);
    return this.hitsFromCaret(x, y);
  }

  rectsOf(span: Span): DOMRect[] {
    const r = this.article && rangeForSpan(this.doc, this.article, span.start, span.end);
    return r ? Array.from(r.getClientRects()) : [];
  }

  elementOf(span: Span): Element | null {
    const r = this.article && rangeForSpan(this.doc, this.article, span.start, span.end);
    return r ? (r.startContainer as Node).parentElement : null;
  }

  clear(): void {
    for (const name of [...this.own.keys()]) this.dropOwn(name);
    this.ranges.clear();
    this.layerOf.clear();
    this.spanOf = new WeakMap();
    this.article = null;
    this.layers = null;
    this.lookup = null;
  }

  private apply(): void {
    for (const layer of HIGHLIGHT_LAYERS) {
      const h = this.own.get(layer);
      if (!h) continue;
      if (this.hidden.has(LAYER_CATEGORY[layer])) {
        if (this.api.registry.get(layer) === h) this.api.registry.delete(layer);
      } else if (this.api.registry.get(layer) !== h) {
        this.api.registry.set(layer, h);
      }
    }
  }

  private dropOwn(name: string): void {
    const h = this.own.get(name);
    if (!h) return;
    if (this.api.registry.get(name) === h) this.api.registry.delete(name);
    this.own.delete(name);
  }

  // Chromium: the registry says which highlights (and, in newer builds, which ranges) are there.
  private hitsFromRegistry(results: readonly unknown[], x: number, y: number): PointHits {
    const hits: LayerHit[] = [];
    let rect: DOMRect | null = null;
    for (const result of results) {
      const { highlight, ranges } = readHighlightHit(result as Parameters<typeof readHighlightHit>[0]);
      const layer = this.layerOf.get(highlight);
      if (!layer) continue;
      for (const r of ranges ?? this.ranges.get(layer) ?? []) {
        const span = this.spanOf.get(r);
        if (!span) continue;
        const box = rangeContainsPoint(r as Range, x, y);
        // Ranges the browser reports as hit count even when our box test disagrees by a pixel.
        if (!box && !ranges) continue;
        hits.push({ layer, span });
        rect ??= box;
      }
    }
    return { hits: sortInnermostFirst(hits), rect };
  }

  // Elsewhere: the caret under the point, back to an article offset, then the spans around it.
  private hitsFromCaret(x: number, y: number): PointHits {
    const caret = caretPointAt(this.doc, x, y);
    if (!caret || !this.lookup || !this.layers || !this.article) return { hits: [], rect: null };
    const offset = this.lookup.offsetAt(caret.node, caret.offset);
    if (offset === null) return { hits: [], rect: null };
    // A caret over the right half of a character sits after it: look on both sides, then confirm by box.
    const candidates = [...spansAt(this.layers, offset, this.hidden), ...spansAt(this.layers, offset - 1, this.hidden)];
    const hits: LayerHit[] = [];
    const seen = new Set<LayerSpan>();
    let rect: DOMRect | null = null;
    for (const c of candidates) {
      if (seen.has(c.span)) continue;
      seen.add(c.span);
      const r = rangeForSpan(this.doc, this.article, c.span.start, c.span.end);
      const box = r && rangeContainsPoint(r, x, y);
      if (!box) continue;
      hits.push(c);
      rect ??= box;
    }
    return { hits: sortInnermostFirst(hits), rect };
  }
}
