import type { Annotations } from '../core/annotations';
import { HIGHLIGHT_LAYERS, highlightLayers, type HighlightLayer } from '../core/highlight-layers';
import type { DomArticleText, TextSegment } from '../page/dom-article-text';

/** Styles of the baked marks: the same colours the extension paints with. */
export const BAKED_STYLE = `
mark.pm{background:none;color:inherit;padding:0}
mark.pm-person{background:rgba(59,130,246,.22);border-bottom:2px solid #2563eb}
mark.pm-organization{background:rgba(234,88,12,.2);border-bottom:2px dashed #c2410c}
mark.pm-place{background:rgba(22,163,74,.2);border-bottom:2px dotted #15803d}
mark.pm-misc{background:rgba(147,51,234,.16);border-bottom:2px double #7e22ce}
mark.pm-quote{background:rgba(250,204,21,.3)}
mark.pm-speaker{font-weight:600;border-bottom:2px solid #a16207}
`;

/**
 * Wraps every highlighted span of the article in <mark class="pm pm-…"> elements inside the
 * (linkedom) document, for a self-contained HTML copy of the page. Mutates the given document: only
 * for the CLI's copy, never a live page.
 */
export function bakeHighlights(doc: Document, article: DomArticleText, annotations: Annotations): void {
  const layers = highlightLayers(annotations);
  // Boundaries per text node: for each segment, the layers active over each piece.
  const perNode = new Map<Text, { from: number; to: number; layers: Set<HighlightLayer>; title: string }[]>();
  const entityName = new Map(annotations.entities.map((e) => [e.id, `${e.name} (${e.type})`]));
  const quoteTitle = new Map(annotations.quotes.map((q) => [q.id, q.speaker ? `Quote: ${q.speaker.name}` : 'Quote']));
  for (const layer of HIGHLIGHT_LAYERS) {
    for (const span of layers[layer]) {
      const title = (layer === 'pm-quote' || layer === 'pm-speaker' ? quoteTitle : entityName).get(span.ref) ?? '';
      let last: { node: Text; mark: { from: number; to: number } } | null = null;
      for (const seg of segmentsOverlapping(article.segments, span.start, span.end)) {
        const from = Math.max(span.start, seg.start) - seg.start + seg.nodeOffset;
        const to = Math.min(span.end, seg.end) - seg.start + seg.nodeOffset;
        // Pieces of one span in one text node separated only by collapsed white space form one mark.
        if (last && last.node === seg.node && /^\s*$/.test(seg.node.data.slice(last.mark.to, from))) {
          last.mark.to = to;
          continue;
        }
        const list = perNode.get(seg.node) ?? [];
        const mark = { from, to, layers: new Set([layer]), title };
        list.push(mark);
        perNode.set(seg.node, list);
        last = { node: seg.node, mark };
      }
    }
  }
  for (const [node, marks] of perNode) {
    const cuts = new Set<number>([0, node.data.length]);
    for (const m of marks) {
      cuts.add(m.from);
      cuts.add(m.to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = doc.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const piece = node.data.slice(a, b);
      const active = marks.filter((m) => m.from <= a && m.to >= b);
      if (!active.length) {
        frag.appendChild(doc.createTextNode(piece));
        continue;
      }
      const mark = doc.createElement('mark');
      const classes = new Set<string>(['pm']);
      for (const m of active) for (const l of m.layers) classes.add(l);
      mark.setAttribute('class', [...classes].join(' '));
      const title = active.map((m) => m.title).filter(Boolean).join(' · ');
      if (title) mark.setAttribute('title', title);
      mark.appendChild(doc.createTextNode(piece));
      frag.appendChild(mark);
    }
    node.parentNode?.replaceChild(frag, node);
  }
  for (const s of Array.from(doc.querySelectorAll('script'))) s.remove();
  const style = doc.createElement('style');
  style.textContent = BAKED_STYLE;
  (doc.head ?? doc.documentElement).appendChild(style);
}

function segmentsOverlapping(segments: readonly TextSegment[], start: number, end: number): TextSegment[] {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: TextSegment[] = [];
  for (let i = lo; i < segments.length && segments[i]!.start < end; i++) out.push(segments[i]!);
  return out;
}
