import { describe, expect, test } from 'vitest';
import type { HighlightLayer, LayerSpan } from '../../../src/core/highlight-layers';
import type { HighlightApi, HighlightLike, HighlightRegistryLike } from '../../../src/content/highlight-api';
import { readHighlightHit } from '../../../src/content/highlight-api';
import { HighlightPainter } from '../../../src/content/painter';
import type { LayerSpans } from '../../../src/content/span-index';
import { articleFromHtml, spanOf } from './dom-fixture';

// linkedom has no live Range: a small stand-in with the parts the painter and rangeForSpan use.
class FakeRange {
  startContainer: Node | null = null;
  startOffset = 0;
  endContainer: Node | null = null;
  endOffset = 0;
  setStart(node: Node, offset: number): void {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number): void {
    this.endContainer = node;
    this.endOffset = offset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
  toString(): string {
    const a = this.startContainer as Text;
    const b = this.endContainer as Text;
    return a === b ? a.data.slice(this.startOffset, this.endOffset) : `${a.data.slice(this.startOffset)}…${b.data.slice(0, this.endOffset)}`;
  }
  getClientRects(): DOMRect[] {
    return [];
  }
}

class FakeHighlight implements HighlightLike {
  priority = 0;
  readonly ranges: FakeRange[];
  constructor(ranges: readonly AbstractRange[]) {
    this.ranges = [...ranges] as unknown as FakeRange[];
  }
  get size(): number {
    return this.ranges.length;
  }
  has(range: AbstractRange): boolean {
    return this.ranges.includes(range as unknown as FakeRange);
  }
}

function fakeApi(): { api: HighlightApi; registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  const api: HighlightApi = { registry: registry as unknown as HighlightRegistryLike, create: (ranges) => new FakeHighlight(ranges) };
  return { api, registry };
}

const HTML = `<p>Fawad Aman said the base in Kabul was handed over.</p><p>"We are ready," said the Taliban.</p>`;

function setup() {
  const { document, article } = articleFromHtml(HTML);
  (document as unknown as { createRange: () => FakeRange }).createRange = () => new FakeRange();
  const layers: Record<HighlightLayer, LayerSpan[]> = { 'pm-person': [], 'pm-organization': [], 'pm-place': [], 'pm-misc': [], 'pm-quote': [], 'pm-speaker': [] };
  layers['pm-person'].push({ ...spanOf(article.text, 'Fawad Aman'), ref: 'e1' });
  layers['pm-place'].push({ ...spanOf(article.text, 'Kabul'), ref: 'e2' });
  layers['pm-organization'].push({ ...spanOf(article.text, 'Taliban'), ref: 'e3' });
  layers['pm-quote'].push({ ...spanOf(article.text, 'We are ready,'), ref: 'q1' });
  layers['pm-speaker'].push({ ...spanOf(article.text, 'Taliban'), ref: 'q1' });
  const { api, registry } = fakeApi();
  return { article, layers: layers as LayerSpans, registry, painter: new HighlightPainter(document, api) };
}

const texts = (h: FakeHighlight | undefined): string[] => (h ? h.ranges.map((r) => r.toString()) : []);

describe('HighlightPainter', () => {
  test('one highlight per layer with spans, each range over its text; quotes under names', () => {
    const { article, layers, registry, painter } = setup();
    expect(painter.paint(article, layers)).toBe(5);
    expect([...registry.keys()].sort()).toEqual(['pm-organization', 'pm-person', 'pm-place', 'pm-quote', 'pm-speaker']);
    expect(texts(registry.get('pm-person'))).toEqual(['Fawad Aman']);
    expect(texts(registry.get('pm-place'))).toEqual(['Kabul']);
    expect(texts(registry.get('pm-quote'))).toEqual(['We are ready,']);
    expect(registry.get('pm-quote')!.priority).toBeLessThan(registry.get('pm-person')!.priority);
  });

  test('hiding a category takes its highlights out of the registry and showing puts the same ones back', () => {
    const { article, layers, registry, painter } = setup();
    painter.paint(article, layers);
    const quote = registry.get('pm-quote');
    painter.setHidden(new Set(['quote', 'place']));
    expect([...registry.keys()].sort()).toEqual(['pm-organization', 'pm-person']);
    painter.setHidden(new Set());
    expect(registry.get('pm-quote')).toBe(quote);
    expect(registry.has('pm-place')).toBe(true);
  });

  test('focus is one range in its own top layer; null removes it', () => {
    const { article, layers, registry, painter } = setup();
    painter.paint(article, layers);
    expect(painter.setFocus(spanOf(article.text, 'Kabul'))).toBe(true);
    expect(texts(registry.get('pm-focus'))).toEqual(['Kabul']);
    expect(registry.get('pm-focus')!.priority).toBeGreaterThan(registry.get('pm-person')!.priority);
    painter.setFocus(null);
    expect(registry.has('pm-focus')).toBe(false);
  });

  test("clear() removes only its own highlights: a newer copy's (after an extension reload) stay", () => {
    const { article, layers, registry, painter } = setup();
    painter.paint(article, layers);
    const newer = new FakeHighlight([]);
    registry.set('pm-person', newer);
    registry.set('pm-other', new FakeHighlight([]));
    painter.clear();
    expect(registry.get('pm-person')).toBe(newer);
    expect([...registry.keys()].sort()).toEqual(['pm-other', 'pm-person']);
  });

  test('a span that maps to no text paints nothing and says so', () => {
    const { article, registry, painter } = setup();
    const empty: Record<HighlightLayer, LayerSpan[]> = { 'pm-person': [{ start: 3, end: 3, ref: 'x' }], 'pm-organization': [], 'pm-place': [], 'pm-misc': [], 'pm-quote': [], 'pm-speaker': [] };
    expect(painter.paint(article, empty)).toBe(0);
    expect(registry.size).toBe(0);
    expect(painter.setFocus({ start: 5, end: 5 })).toBe(false);
  });
});

describe('readHighlightHit', () => {
  test('reads both shapes of highlightsFromPoint results', () => {
    const h = new FakeHighlight([]);
    const r = new FakeRange() as unknown as AbstractRange;
    expect(readHighlightHit(h)).toEqual({ highlight: h, ranges: null });
    expect(readHighlightHit({ highlight: h, ranges: [r] })).toEqual({ highlight: h, ranges: [r] });
  });
});
