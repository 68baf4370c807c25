import type { Entity, EntityType } from '../../core/annotations';
import { bySalience } from '../../core/report/markdown';

/** Props of EntitiesPanel. */
export type Props = { entities: Entity[] };

const LABELS: Record<EntityType, string> = { person: 'People', organization: 'Organizations', place: 'Places', misc: 'Other' };

/** Entities grouped by type with mention counts. */
export function EntitiesPanel({ entities }: Props) {
  if (!entities.length) return null;
  return (
    <section aria-labelledby="entities-title">
      <h2 id="entities-title">Names</h2>
      {(Object.keys(LABELS) as EntityType[]).map((type) => {
        const list = entities.filter((e) => e.type === type).sort(bySalience);
        if (!list.length) return null;
        return (
          <div class={`entity-group type-${type}`} key={type}>
            <h3>{LABELS[type]}</h3>
            <ul class="chips">
              {list.map((e) => (
                <li key={e.id} class={`chip chip-${type}`}>
                  {e.name} <span class="count">{e.mentions.length}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
