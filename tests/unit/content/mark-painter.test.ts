import { describe, expect, test } from 'vitest';
import type { HighlightLayer, LayerSpan } from '../../../src/core/highlight-layers';
import { MarkPainter } from '../../../src/content/mark-painter';
import type { LayerSpans } from '../../../src/content/span-index';
import { articleFromHtml, spanOf } from './dom-fixture';

// The fallback painter changes the DOM while painted; clear() must give the page back exactly.
const HTML = `<p>"The base was handed over to the <i>Ministry of   Defense</i>," Fawad Aman said.</p><p>Kabul is quiet.</p>`;

function layersFor(text: string, parts: Partial<Record<HighlightLayer, Array<[string, string]>>>): LayerSpans {
  const out: Record<HighlightLayer, LayerSpan[]> = { 'pm-person': [], 'pm-organization': [], 'pm-place': [], 'pm-misc': [], 'pm-quote': [], 'pm-speaker': [] };
  for (const [layer, list] of Object.entries(parts)) out[layer as HighlightLayer] = list!.map(([needle, ref]) => ({ ...spanOf(text, needle), ref }));
  return out;
}

function setup() {
  const { document, article } = articleFromHtml(HTML);
  const layers = layersFor(article.text, {
    'pm-quote': [['The base was handed over to the Ministry of Defense,', 'q1']],
    'pm-organization': [['Ministry of Defense', 'e2']],
    'pm-person': [['Fawad Aman', 'e1']],
    'pm-speaker': [['Fawad Aman', 'q1']],
    'pm-place': [['Kabul', 'e3']],
  });
  return { document, article, layers, painter: new MarkPainter(document) };
}

const marks = (doc: Document, layer: string): string[] => [...doc.querySelectorAll(`pm-mark[data-pm-layer="${layer}"]`)].map((m) => m.textContent ?? '');

describe('MarkPainter', () => {
  test('wraps each span in marks of its layer; nested layers nest, quote outermost', () => {
    const { document, article, layers, painter } = setup();
    expect(painter.paint(article, layers)).toBe(5);
    // The quote crosses the <i> element: one mark on each side of it and one inside.
    expect(marks(document, 'pm-quote').join('')).toBe('The base was handed over to the Ministry of   Defense,');
    expect(marks(document, 'pm-organization')).toEqual(['Ministry of   Defense']);
    expect(marks(document, 'pm-person')).toEqual(['Fawad Aman']);
    expect(marks(document, 'pm-speaker')).toEqual(['Fawad Aman']);
    expect(marks(document, 'pm-place')).toEqual(['Kabul']);
    const org = document.querySelector('pm-mark[data-pm-layer="pm-organization"]')!;
    expect(org.parentElement!.getAttribute('data-pm-layer')).toBe('pm-quote');
    const person = document.querySelector('pm-mark[data-pm-layer="pm-person"]')!;
    expect(person.parentElement!.getAttribute('data-pm-layer')).toBe('pm-speaker');
    // The text reads the same as before.
    expect(document.body.textContent).toBe(articleFromHtml(HTML).document.body.textContent);
  });

  test('clear() puts back the very same text nodes: the document is exactly as before', () => {
    const { document, article, layers, painter } = setup();
    const before = document.documentElement.outerHTML;
    const firstText = document.querySelector('p')!.firstChild;
    painter.paint(article, layers);
    expect(document.documentElement.outerHTML).not.toBe(before);
    painter.clear();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelector('p')!.firstChild).toBe(firstText);
    expect(document.querySelectorAll('pm-mark').length).toBe(0);
  });

  test('painting again replaces the marks instead of nesting new ones in old ones', () => {
    const { document, article, layers, painter } = setup();
    painter.paint(article, layers);
    painter.paint(article, layers);
    expect(marks(document, 'pm-place')).toEqual(['Kabul']);
    expect(document.querySelectorAll('pm-mark pm-mark pm-mark').length).toBe(0);
  });

  test('hiding a category marks its marks hidden (a speaker mark goes with quotes); focus marks the span', () => {
    const { document, article, layers, painter } = setup();
    painter.paint(article, layers);
    painter.setHidden(new Set(['quote']));
    const hidden = [...document.querySelectorAll('pm-mark[data-pm-hidden]')].map((m) => m.getAttribute('data-pm-layer'));
    expect(new Set(hidden)).toEqual(new Set(['pm-quote', 'pm-speaker']));
    painter.setHidden(new Set());
    expect(document.querySelectorAll('pm-mark[data-pm-hidden]').length).toBe(0);
    const kabul = spanOf(article.text, 'Kabul');
    expect(painter.setFocus(kabul)).toBe(true);
    expect([...document.querySelectorAll('pm-mark[data-pm-focus]')].map((m) => m.textContent)).toEqual(['Kabul']);
    expect(painter.elementOf(kabul)?.textContent).toBe('Kabul');
    painter.setFocus(null);
    expect(document.querySelectorAll('pm-mark[data-pm-focus]').length).toBe(0);
  });

  test('a page that removed our marks meanwhile is left alone by clear()', () => {
    const { document, article, layers, painter } = setup();
    painter.paint(article, layers);
    document.querySelectorAll('p')[1]!.remove();
    painter.clear();
    expect(document.querySelectorAll('p').length).toBe(1);
    expect(document.querySelectorAll('pm-mark').length).toBe(0);
  });
});
