import type { Annotations, EntityType, Span } from './annotations';

/** The highlight layers Pressmark paints; each is one CSS highlight (`::highlight(pm-person)`). */
export const HIGHLIGHT_LAYERS = ['pm-person', 'pm-organization', 'pm-place', 'pm-misc', 'pm-quote', 'pm-speaker'] as const;

/** A highlight layer name. */
export type HighlightLayer = (typeof HIGHLIGHT_LAYERS)[number];

/** The categories a reader can switch on and off. */
export type HighlightCategory = EntityType | 'quote';

/** The category each layer belongs to (a speaker mark goes with quotes). */
export const LAYER_CATEGORY: Record<HighlightLayer, HighlightCategory> = {
  'pm-person': 'person',
  'pm-organization': 'organization',
  'pm-place': 'place',
  'pm-misc': 'misc',
  'pm-quote': 'quote',
  'pm-speaker': 'quote',
};

/** A span to paint, with what it stands for (for hover cards and navigation). */
export interface LayerSpan extends Span {
  /** Entity id for entity layers, quote id for quote and speaker layers. */
  ref: string;
}

/** The spans of every highlight layer, from Annotations. */
export function highlightLayers(a: Annotations): Record<HighlightLayer, LayerSpan[]> {
  const layers: Record<HighlightLayer, LayerSpan[]> = {
    'pm-person': [],
    'pm-organization': [],
    'pm-place': [],
    'pm-misc': [],
    'pm-quote': [],
    'pm-speaker': [],
  };
  for (const e of a.entities) {
    const layer = `pm-${e.type}` as HighlightLayer;
    for (const m of e.mentions) layers[layer].push({ start: m.start, end: m.end, ref: e.id });
  }
  for (const q of a.quotes) {
    layers['pm-quote'].push({ start: q.start, end: q.end, ref: q.id });
    const s = q.speaker;
    if (s && s.start !== undefined && s.end !== undefined && s.end > s.start) {
      layers['pm-speaker'].push({ start: s.start, end: s.end, ref: q.id });
    }
  }
  for (const list of Object.values(layers)) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return layers;
}
