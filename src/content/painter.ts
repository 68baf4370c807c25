import type { Annotations } from '../core/annotations';
import { HIGHLIGHT_LAYERS, LAYER_CATEGORY, highlightLayers, type HighlightCategory, type HighlightLayer } from '../core/highlight-layers';
import { rangeForSpan, type DomArticleText } from '../page/dom-article-text';

/** Whether the CSS Custom Highlight API is there (Chrome 105+, Firefox 140+). */
export function hasHighlightApi(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return !!css?.highlights && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
}

/** Paints annotations as CSS highlights without touching the DOM; one Highlight per layer. */
export class HighlightPainter {
  private ranges = new Map<HighlightLayer, Range[]>();
  private hidden = new Set<HighlightCategory>();

  constructor(private readonly doc: Document) {}

  /** Builds the ranges of every layer and paints the visible ones. */
  paint(article: DomArticleText, annotations: Annotations): number {
    this.clear();
    const layers = highlightLayers(annotations);
    let count = 0;
    for (const layer of HIGHLIGHT_LAYERS) {
      const ranges: Range[] = [];
      for (const span of layers[layer]) {
        const r = rangeForSpan(this.doc, article, span.start, span.end);
        if (r) ranges.push(r);
      }
      this.ranges.set(layer, ranges);
      count += ranges.length;
    }
    this.apply();
    return count;
  }

  /** Shows or hides one category (entity type or quotes). */
  setVisible(category: HighlightCategory, visible: boolean): void {
    if (visible) this.hidden.delete(category);
    else this.hidden.add(category);
    this.apply();
  }

  /** Shows or hides every category. */
  setAllVisible(visible: boolean): void {
    for (const layer of HIGHLIGHT_LAYERS) this.setVisibleQuiet(LAYER_CATEGORY[layer], visible);
    this.apply();
  }

  /** Removes every highlight this painter made. */
  clear(): void {
    const registry = this.registry();
    for (const layer of HIGHLIGHT_LAYERS) registry?.delete(layer);
    this.ranges.clear();
  }

  private setVisibleQuiet(category: HighlightCategory, visible: boolean): void {
    if (visible) this.hidden.delete(category);
    else this.hidden.add(category);
  }

  private apply(): void {
    const registry = this.registry();
    const HighlightCtor = (this.doc.defaultView as unknown as { Highlight?: new (...r: Range[]) => object }).Highlight;
    if (!registry || !HighlightCtor) return;
    for (const layer of HIGHLIGHT_LAYERS) {
      const ranges = this.ranges.get(layer) ?? [];
      if (!ranges.length || this.hidden.has(LAYER_CATEGORY[layer])) {
        registry.delete(layer);
        continue;
      }
      registry.set(layer, new HighlightCtor(...ranges));
    }
  }

  private registry(): Map<string, object> | null {
    const css = (this.doc.defaultView as unknown as { CSS?: { highlights?: Map<string, object> } }).CSS;
    return css?.highlights ?? null;
  }
}
