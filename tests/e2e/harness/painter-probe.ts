import type { HighlightLayer, LayerSpan } from '../../../src/core/highlight-layers';
import { highlightApiOf, type HighlightApi } from '../../../src/content/highlight-api';
import { MarkPainter } from '../../../src/content/mark-painter';
import { HighlightPainter, type Painter } from '../../../src/content/painter';
import type { LayerSpans } from '../../../src/content/span-index';
import { buildDomArticleText, rangeForSpan, type DomArticleText } from '../../../src/page/dom-article-text';

/**
 * Bundled into a page by highlights-painter.test.ts: the painters and the offset map over a real
 * DOM with real Ranges, driven from the test through window.__pmProbe.
 */
type Spec = Partial<Record<HighlightLayer, Array<[needle: string, ref: string]>>>;

let article: DomArticleText | null = null;
let painter: Painter | null = null;

function articleNow(): DomArticleText {
  article ??= buildDomArticleText([...document.querySelectorAll('article p')].map((element) => ({ element, kind: 'paragraph' as const })));
  return article;
}

function spanOf(needle: string): { start: number; end: number } {
  const text = articleNow().text;
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in the article: ${needle}`);
  return { start, end: start + needle.length };
}

/** The Highlight API without highlightsFromPoint, so the caret path is taken where both exist. */
function caretOnly(api: HighlightApi): HighlightApi {
  const r = api.registry;
  return { create: api.create, registry: { get: (n) => r.get(n), set: (n, h) => r.set(n, h), delete: (n) => r.delete(n) } };
}

const probe = {
  text: (): string => articleNow().text,
  /** The text a Range over [start, end) covers, or null when the span maps to no text. */
  rangeText(start: number, end: number): string | null {
    return rangeForSpan(document, articleNow(), start, end)?.toString() ?? null;
  },
  hasFromPoint: (): boolean => typeof (CSS as unknown as { highlights: { highlightsFromPoint?: unknown } }).highlights.highlightsFromPoint === 'function',
  paint(kind: 'highlight-api' | 'caret' | 'marks', spec: Spec): number {
    const api = highlightApiOf(window)!;
    painter = kind === 'marks' ? new MarkPainter(document) : new HighlightPainter(document, kind === 'caret' ? caretOnly(api) : api);
    const layers: Record<HighlightLayer, LayerSpan[]> = { 'pm-person': [], 'pm-organization': [], 'pm-place': [], 'pm-misc': [], 'pm-quote': [], 'pm-speaker': [] };
    for (const [layer, list] of Object.entries(spec)) layers[layer as HighlightLayer] = list!.map(([needle, ref]) => ({ ...spanOf(needle), ref }));
    for (const list of Object.values(layers)) list.sort((a, b) => a.start - b.start);
    return painter.paint(articleNow(), layers as LayerSpans);
  },
  /** The point at the middle of the first line box of a needle's text. */
  pointOf(needle: string): { x: number; y: number } {
    const { start, end } = spanOf(needle);
    const r = rangeForSpan(document, articleNow(), start, end)!.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  },
  /** The marks under a point, as "layer:ref:text". */
  hitsAt(x: number, y: number): string[] {
    const text = articleNow().text;
    return painter!.hitsAt(x, y).hits.map((h) => `${h.layer}:${h.span.ref}:${text.slice(h.span.start, h.span.end)}`);
  },
  clear(): void {
    painter?.clear();
    painter = null;
  },
};

(window as unknown as { __pmProbe: typeof probe }).__pmProbe = probe;
