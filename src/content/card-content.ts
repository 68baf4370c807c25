import type { Annotations, Entity, EntityType, Quote } from '../core/annotations';
import { LAYER_CATEGORY, type HighlightCategory } from '../core/highlight-layers';
import type { LayerHit } from './span-index';

/** One labelled line of a card ("Cue: said"). */
export interface CardLine {
  label: string;
  value: string;
}

/** One section of the hover card: an entity or a quote, as plain text. */
export interface CardItem {
  kind: 'entity' | 'quote';
  /** The entity or quote id, to tell items apart. */
  ref: string;
  /** Colour family of the item (its highlight category). */
  category: HighlightCategory;
  title: string;
  /** Short type label ("Person", "Direct quote"). */
  badge: string;
  lines: CardLine[];
}

const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place', misc: 'Other name' };

// A card stays small: the innermost marks under the pointer, never a list of everything.
const MAX_ITEMS = 3;

/** The card sections for the marks under the pointer, innermost first, one per entity or quote. */
export function cardItems(annotations: Annotations, hits: readonly LayerHit[]): CardItem[] {
  const items: CardItem[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (items.length >= MAX_ITEMS) break;
    const ref = hit.span.ref;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const category = LAYER_CATEGORY[hit.layer];
    if (category === 'quote') {
      const quote = annotations.quotes.find((q) => q.id === ref);
      if (quote) items.push(quoteItem(quote, annotations));
    } else {
      const entity = annotations.entities.find((e) => e.id === ref);
      if (entity) items.push(entityItem(entity, annotations));
    }
  }
  return items;
}

/** The card section of an entity: its canonical name, type, mentions and the quotes it speaks. */
export function entityItem(entity: Entity, annotations: Annotations): CardItem {
  const quotes = annotations.quotes.filter((q) => q.speaker?.entityId === entity.id).length;
  const lines: CardLine[] = [
    { label: 'Mentions', value: String(entity.mentions.length) },
    { label: 'Quotes by them', value: String(quotes) },
  ];
  // Forms that differ only in case ("ZAKERIA HASHIMI") say nothing new.
  const seen = new Set([entity.name.toLowerCase()]);
  const aliases = entity.aliases.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase())).slice(0, 3);
  if (aliases.length) lines.push({ label: 'Also', value: aliases.join(', ') });
  return { kind: 'entity', ref: entity.id, category: entity.type, title: entity.name, badge: TYPE_LABEL[entity.type], lines };
}

/** The card section of a quote: speaker, description, cue and channel. */
export function quoteItem(quote: Quote, annotations: Annotations): CardItem {
  const speaker = quote.speaker;
  const lines: CardLine[] = [];
  if (speaker) {
    const linked = speaker.entityId ? annotations.entities.find((e) => e.id === speaker.entityId) : undefined;
    lines.push({ label: 'Speaker', value: linked?.name ?? speaker.name });
    if (speaker.description) lines.push({ label: 'Description', value: speaker.description });
    if (speaker.kind === 'unnamed') {
      const org = speaker.affiliationEntityId ? annotations.entities.find((e) => e.id === speaker.affiliationEntityId) : undefined;
      lines.push({ label: 'Source', value: org ? `unnamed, for ${org.name}` : 'unnamed' });
    }
  } else {
    lines.push({ label: 'Speaker', value: 'not stated' });
  }
  if (quote.cue) lines.push({ label: 'Cue', value: quote.cue.verb });
  if (quote.channel) lines.push({ label: 'Channel', value: quote.channel.name });
  const badge = !quote.direct ? 'Reported speech' : quote.partial ? 'Partial quote' : 'Direct quote';
  return { kind: 'quote', ref: quote.id, category: 'quote', title: excerpt(quote.text), badge, lines };
}

// Long enough to recognise the quote under the pointer, short enough for one or two card lines.
const EXCERPT_CHARS = 90;

/** The start of a quote's text, cut at a word end with an ellipsis when longer than a card title. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:.]+$/, '')}…`;
}
