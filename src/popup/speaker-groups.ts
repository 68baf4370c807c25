import type { Entity, Quote } from '../core/annotations';

/** The quotes of one speaker, as the popup lists them. */
export interface SpeakerGroup {
  /** Stable key: the entity id, else the lower-cased name, else "unattributed". */
  key: string;
  /** The speaker's name: the entity's canonical name when linked ("Zabihullah Mujahid" for "Zabiullah Mojahid"). */
  name: string;
  /** Roles given with the name, without repeats ("defense ministry spokesman"). */
  descriptions: string[];
  /** True when the article names no one: an unnamed official, or no speaker at all. */
  unnamed: boolean;
  quotes: Quote[];
}

/**
 * Groups quotes by who said them: quotes linked to the same entity go together whatever spelling
 * the article used, an unnamed speaker who speaks for an organization ("a Taliban spokesman") goes
 * under that organization, and quotes with no speaker come last as "Unattributed". Groups keep the
 * order of their first quote.
 */
export function groupQuotesBySpeaker(quotes: readonly Quote[], entities: readonly Entity[]): SpeakerGroup[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = new Map<string, SpeakerGroup>();
  let unattributed: SpeakerGroup | null = null;
  for (const q of quotes) {
    const s = q.speaker;
    if (!s) {
      unattributed ??= { key: 'unattributed', name: 'Unattributed', descriptions: [], unnamed: true, quotes: [] };
      unattributed.quotes.push(q);
      continue;
    }
    const entity = (s.entityId && byId.get(s.entityId)) || (s.kind === 'unnamed' && s.affiliationEntityId && byId.get(s.affiliationEntityId)) || null;
    const key = entity ? entity.id : s.name.trim().toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { key, name: entity?.name ?? s.name, descriptions: [], unnamed: s.kind === 'unnamed', quotes: [] };
      groups.set(key, group);
    }
    if (s.kind === 'named') group.unnamed = false;
    const description = s.kind === 'unnamed' && !s.description ? s.name : s.description;
    if (description && !group.descriptions.some((d) => d.toLowerCase() === description.toLowerCase())) group.descriptions.push(description);
    group.quotes.push(q);
  }
  const list = [...groups.values()];
  if (unattributed) list.push(unattributed);
  return list;
}
