import type { CitedSource, Credit } from '../../core/annotations';
import type { SpeakerGroup } from '../speaker-groups';

/** Props of AtAGlance. */
export type Props = { sources: CitedSource[]; speakers: SpeakerGroup[]; credits: Credit[] };

/**
 * Two lines under the headline that answer what the reader opened the popup for: which outside
 * sources the article rests on and who speaks in it. Each line links to its full section.
 */
export function AtAGlance({ sources, speakers, credits }: Props) {
  const wire = credits.find((c) => c.kind === 'wire');
  const named = speakers.filter((g) => g.key !== 'unattributed');
  return (
    <dl class="glance" data-testid="at-a-glance">
      <div>
        <dt>Cites</dt>
        <dd>
          {sources.length ? (
            <a href="#sources">{sources.map((s) => s.name).join(', ')}</a>
          ) : (
            <span class="muted">no outside source by name</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Quotes</dt>
        <dd>
          {named.length ? (
            <a href="#quotes">{named.map(speakerLabel).join(', ')}</a>
          ) : (
            <span class="muted">no one by name</span>
          )}
        </dd>
      </div>
      {wire && (
        <div>
          <dt>Wire</dt>
          <dd>{wire.agency ?? wire.text}</dd>
        </div>
      )}
    </dl>
  );
}

// "Fawad Aman", "Zabihullah Mujahid (3)", "United States (unnamed, 2)": an organization standing
// for unnamed sources must not read as if it had spoken on the record.
function speakerLabel(g: SpeakerGroup): string {
  const notes = [g.unnamed ? 'unnamed' : null, g.quotes.length > 1 ? String(g.quotes.length) : null].filter(Boolean);
  return notes.length ? `${g.name} (${notes.join(', ')})` : g.name;
}
