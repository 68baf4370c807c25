import type { Span } from '../core/annotations';
import { HIGHLIGHT_LAYERS, LAYER_CATEGORY, type HighlightCategory, type HighlightLayer, type LayerSpan } from '../core/highlight-layers';

/** One painted span and the layer it is painted in. */
export interface LayerHit {
  layer: HighlightLayer;
  span: LayerSpan;
}

/** The spans of every layer, sorted by start (as highlightLayers returns them). */
export type LayerSpans = Readonly<Record<HighlightLayer, readonly LayerSpan[]>>;

/**
 * The spans that contain an article offset, innermost (shortest) first, skipping hidden categories.
 * A speaker mark and a mention of the same words are both returned, so the card can show both.
 */
export function spansAt(layers: LayerSpans, offset: number, hidden: ReadonlySet<HighlightCategory> = new Set()): LayerHit[] {
  const hits: LayerHit[] = [];
  for (const layer of HIGHLIGHT_LAYERS) {
    if (hidden.has(LAYER_CATEGORY[layer])) continue;
    const spans = layers[layer];
    // Spans are sorted by start: every candidate lies before the first span starting after offset.
    const last = upperBound(spans, offset);
    for (let i = 0; i < last; i++) {
      const s = spans[i]!;
      if (s.end > offset) hits.push({ layer, span: s });
    }
  }
  return sortInnermostFirst(hits);
}

/** Hits sorted innermost first; at equal length a quote's speaker mark comes after the mention. */
export function sortInnermostFirst(hits: LayerHit[]): LayerHit[] {
  const order = (l: HighlightLayer): number => HIGHLIGHT_LAYERS.indexOf(l);
  return hits.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start) || order(a.layer) - order(b.layer) || a.span.start - b.span.start);
}

/** Index of the first span whose start is greater than `offset`. */
function upperBound(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the mention to step to from `current` (an index, or null when no mention has focus
 * yet, in which case `fromOffset` says where the reader is), wrapping around at either end; -1 when
 * there are no mentions.
 */
export function stepIndex(mentions: readonly Span[], current: number | null, direction: 1 | -1, fromOffset: number | null = null): number {
  const n = mentions.length;
  if (!n) return -1;
  if (current !== null && current >= 0 && current < n) return (current + direction + n) % n;
  if (fromOffset === null) return direction === 1 ? 0 : n - 1;
  if (direction === 1) {
    const i = mentions.findIndex((m) => m.start >= fromOffset);
    return i >= 0 ? i : 0;
  }
  for (let i = n - 1; i >= 0; i--) if (mentions[i]!.start < fromOffset) return i;
  return n - 1;
}
