import { useState } from 'preact/hooks';
import type { Entity, EntityType, Span } from '../../core/annotations';
import { ENTITY_TYPE_LABELS, groupEntities } from '../entity-groups';
import { VisibilitySwitch } from './visibility-switch';

/** Props of EntitiesPanel. */
export type Props = {
  entities: Entity[];
  /** Which entity types are highlighted on the page. */
  visible: Record<EntityType, boolean>;
  colors: Record<EntityType, string>;
  onToggle: (type: EntityType, visible: boolean) => void;
  onReveal: (span: Span) => void;
};

/**
 * Names in the article grouped by type, most important first, with mention counts, a filter box and
 * a switch per type for its highlights. Choosing a name shows its next mention on the page.
 */
export function EntitiesPanel({ entities, visible, colors, onToggle, onReveal }: Props) {
  const [filter, setFilter] = useState('');
  // Which mention each name showed last, so repeated clicks step through the mentions.
  const [step, setStep] = useState<Record<string, number>>({});
  const groups = groupEntities(entities, filter);
  const shown = groups.reduce((n, g) => n + g.entities.length, 0);
  const reveal = (e: Entity) => {
    const i = step[e.id] ?? 0;
    const m = e.mentions[i % e.mentions.length];
    if (m) onReveal(m);
    setStep({ ...step, [e.id]: i + 1 });
  };
  return (
    <section class="panel" aria-labelledby="entities-title" id="names">
      <h2 id="entities-title">
        Names <span class="count">{entities.length}</span>
      </h2>
      {entities.length === 0 ? (
        <p class="empty">No names found.</p>
      ) : (
        <>
          <div class="filter">
            <label for="entity-filter" class="visually-hidden">
              Filter names
            </label>
            <input
              id="entity-filter"
              type="search"
              placeholder="Filter names"
              value={filter}
              onInput={(e) => setFilter(e.currentTarget.value)}
              data-testid="entity-filter"
              autocomplete="off"
              spellcheck={false}
            />
            <span class="filter-count" aria-live="polite">
              {filter.trim() ? `${shown} of ${entities.length}` : ''}
            </span>
          </div>
          {groups.map((g) => (
            <div class={`entity-group type-${g.type}`} key={g.type} data-testid={`entity-group-${g.type}`}>
              <div class="group-head">
                <h3 id={`entity-type-${g.type}`}>
                  {ENTITY_TYPE_LABELS[g.type]} <span class="count">{g.total}</span>
                </h3>
                <VisibilitySwitch
                  label={`${ENTITY_TYPE_LABELS[g.type]} highlights`}
                  checked={visible[g.type]}
                  color={colors[g.type]}
                  onChange={(v) => onToggle(g.type, v)}
                  testId={`toggle-${g.type}`}
                />
              </div>
              {g.entities.length > 0 && (
                <ul class="chips" aria-labelledby={`entity-type-${g.type}`}>
                  {g.entities.map((e) => (
                    <li key={e.id}>
                      <button
                        type="button"
                        class={`chip chip-${g.type}`}
                        onClick={() => reveal(e)}
                        title={e.aliases.length ? `Also: ${e.aliases.join(', ')}` : undefined}
                        aria-label={`${e.name}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}; show the next on the page`}
                        data-testid="entity"
                      >
                        {e.name} <span class="chip-count">{e.mentions.length}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          {filter.trim() && shown === 0 && <p class="empty">No name matches “{filter.trim()}”.</p>}
        </>
      )}
    </section>
  );
}
