import type { Quote } from '../../core/annotations';
import { groupBySpeaker } from '../../core/report/markdown';

/** Props of QuotesPanel. */
export type Props = { quotes: Quote[] };

/** Quotes grouped by speaker, with cue and channel. */
export function QuotesPanel({ quotes }: Props) {
  if (!quotes.length) return null;
  return (
    <section aria-labelledby="quotes-title">
      <h2 id="quotes-title">Quotes</h2>
      {[...groupBySpeaker(quotes)].map(([speaker, list]) => (
        <div class="speaker-group" key={speaker} data-testid="speaker-group">
          <h3>{speaker}</h3>
          <ul>
            {list.map((q) => (
              <li key={q.id}>
                {q.direct ? `“${q.text}”` : q.text}
                {q.cue && <span class="cue"> — {q.cue.verb}{q.channel ? `, ${q.channel.name}` : ''}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
