import type { Span } from '../../core/annotations';
import type { SpeakerGroup } from '../speaker-groups';
import { VisibilitySwitch } from './visibility-switch';

/** Props of QuotesPanel. */
export type Props = {
  /** The quotes grouped by speaker (speaker-groups.ts). */
  groups: SpeakerGroup[];
  /** How many quotes in all. */
  count: number;
  /** Whether quote highlights are shown on the page, and their colour. */
  visible: boolean;
  color: string;
  onToggle: (visible: boolean) => void;
  onReveal: (span: Span) => void;
};

/** Quotes grouped by speaker, with the cue and channel of each; each quote links to its place. */
export function QuotesPanel({ groups, count, visible, color, onToggle, onReveal }: Props) {
  return (
    <section class="panel" aria-labelledby="quotes-title" id="quotes">
      <div class="panel-head">
        <h2 id="quotes-title">
          Quotes <span class="count">{count}</span>
        </h2>
        {count > 0 && <VisibilitySwitch label="Quote highlights" checked={visible} color={color} onChange={onToggle} testId="toggle-quote" />}
      </div>
      {groups.length === 0 && <p class="empty">No one is quoted.</p>}
      {groups.map((g) => (
        <div class="speaker-group" key={g.key} data-testid="speaker-group">
          <h3>
            <span class="speaker-name" data-testid="speaker-name">
              {g.name}
            </span>
            {g.unnamed && g.key !== 'unattributed' && (
              <span class="tag unnamed" title="The article does not name who said this">
                unnamed
              </span>
            )}
            {g.descriptions.length > 0 && <span class="speaker-role"> · {g.descriptions.join('; ')}</span>}
          </h3>
          <ul class="quotes">
            {g.quotes.map((q) => (
              <li key={q.id}>
                <button type="button" class="reveal quote" onClick={() => onReveal(q)} data-testid="quote">
                  <span class="quote-text">{q.direct ? `“${q.text.replace(/^[“"]|[”"]$/g, '')}”` : q.text}</span>
                  <span class="quote-meta">
                    {[q.direct ? (q.partial ? 'quoted phrase' : 'direct quote') : 'reported', q.cue?.verb, q.channel && `via ${q.channel.name}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
