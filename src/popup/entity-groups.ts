import type { Entity, EntityType } from '../core/annotations';
import { bySalience } from '../core/report/markdown';

/** Entity types in the order the popup shows them. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];

/** Plural heading of each entity type. */
export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  misc: 'Other names',
};

/** The entities of one type that pass the filter, most important first. */
export interface EntityGroup {
  type: EntityType;
  /** How many entities of this type the article has, before filtering. */
  total: number;
  entities: Entity[];
}

/** Lower-cases and strips accents, so "zabiullah" finds "Zabiullah" and "sao" finds "São". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Whether an entity's name or one of its aliases contains the filter text (empty filter: all). */
export function matchesFilter(entity: Entity, filter: string): boolean {
  const needle = foldForSearch(filter.trim());
  if (!needle) return true;
  return [entity.name, ...entity.aliases].some((n) => foldForSearch(n).includes(needle));
}

/**
 * Entities grouped by type (people, organizations, places, other), each group sorted by salience,
 * then mention count. A type with no entity at all is left out; a type whose entities the filter
 * hides stays, with an empty list, so its highlight switch remains reachable.
 */
export function groupEntities(entities: readonly Entity[], filter = ''): EntityGroup[] {
  const groups: EntityGroup[] = [];
  for (const type of ENTITY_TYPES) {
    const all = entities.filter((e) => e.type === type);
    if (!all.length) continue;
    groups.push({ type, total: all.length, entities: all.filter((e) => matchesFilter(e, filter)).sort(bySalience) });
  }
  return groups;
}
