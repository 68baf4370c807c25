import type { CitedSource, Credit, SourceKind, Span, TextBlock } from '../../core/annotations';
import { spanContext, spanPlace } from '../span-place';

/** Props of SourcesPanel. */
export type Props = {
  sources: CitedSource[];
  credits: Credit[];
  blocks: TextBlock[];
  /** The article text, for the context shown on each place. */
  text: string;
  onReveal: (span: Span) => void;
};

const KIND_LABELS: Record<SourceKind, string> = {
  agency: 'news agency',
  outlet: 'news outlet',
  platform: 'platform',
  person: 'person',
  organization: 'organization',
  official: 'official',
  document: 'document',
};

/** The outside sources the article rests on, how often and where each is cited, and its credit lines. */
export function SourcesPanel({ sources, credits, blocks, text, onReveal }: Props) {
  const images = credits.filter((c) => c.kind === 'image');
  const wires = credits.filter((c) => c.kind === 'wire');
  return (
    <section class="panel" aria-labelledby="sources-title" id="sources">
      <h2 id="sources-title">
        Sources cited <span class="count">{sources.length}</span>
      </h2>
      {sources.length === 0 ? (
        <p class="empty">The article cites no outside source by name.</p>
      ) : (
        <ul class="sources" data-testid="sources">
          {sources.map((s) => (
            <li key={`${s.kind}:${s.name}`} class="source" data-testid="source">
              <span class="source-name" data-testid="source-name">
                {s.name}
              </span>{' '}
              <span class={`tag kind-${s.kind}`}>{KIND_LABELS[s.kind]}</span>{' '}
              <span class="times">{s.citedAt.length}×</span>
              <span class="places" role="group" aria-label={`Where ${s.name} is cited`}>
                {s.citedAt.map((span, i) => {
                  const place = spanPlace(blocks, span);
                  return (
                    <button
                      type="button"
                      class="place"
                      key={span.start}
                      title={spanContext(text, span)}
                      aria-label={`Show citation ${i + 1} of ${s.citedAt.length}, ${place.description}`}
                      onClick={() => onReveal(span)}
                    >
                      {place.label}
                    </button>
                  );
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {(images.length > 0 || wires.length > 0) && (
        <dl class="credits" data-testid="credits">
          {wires.map((c) => (
            <div key={c.start} class="credit" data-testid="wire-credit">
              <dt>Wire story</dt>
              <dd>
                <button type="button" class="reveal" onClick={() => onReveal(c)} title="Show the credit line on the page">
                  {c.agency ?? c.text}
                </button>
              </dd>
            </div>
          ))}
          {images.map((c) => (
            <div key={c.start} class="credit" data-testid="image-credit">
              <dt>Image</dt>
              <dd>
                <button type="button" class="reveal" onClick={() => onReveal(c)} title={`${c.text}: show on the page`}>
                  {c.photographer || c.agency || c.distributor ? (
                    <>
                      {c.photographer && <span data-testid="credit-photographer">{c.photographer}</span>}
                      {c.agency && <span class="credit-part" data-testid="credit-agency">{c.agency}</span>}
                      {c.distributor && <span class="credit-part" data-testid="credit-distributor">{c.distributor}</span>}
                    </>
                  ) : (
                    c.text
                  )}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
