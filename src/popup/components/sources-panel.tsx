import type { CitedSource, Credit } from '../../core/annotations';

/** Props of SourcesPanel. */
export type Props = { sources: CitedSource[]; credits: Credit[] };

/** The outside sources the article cites, and its credit lines. */
export function SourcesPanel({ sources, credits }: Props) {
  if (!sources.length && !credits.length) return null;
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">Sources cited</h2>
      <ul class="sources" data-testid="sources">
        {sources.map((s) => (
          <li key={s.name}>
            {s.name} <span class="kind">{s.kind}</span> <span class="count">{s.citedAt.length}×</span>
          </li>
        ))}
      </ul>
      {credits.map((c) => (
        <p class="credit" key={c.start}>
          {c.kind === 'image' ? 'Photo: ' : 'Wire: '}
          {[c.photographer, c.agency, c.distributor].filter(Boolean).join(' / ') || c.text}
        </p>
      ))}
    </section>
  );
}
