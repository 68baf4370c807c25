import type { ComponentChildren } from 'preact';
import type { Span, Summary } from '../../core/annotations';

/** Props of SummaryPanel. */
export type Props = {
  summary: Summary;
  onReveal: (span: Span) => void;
  /** The on-device "key points" control, when the browser offers a summarizer. */
  keyPoints?: ComponentChildren;
};

/** The extractive summary: sentences from the article, each a link to its place on the page. */
export function SummaryPanel({ summary, onReveal, keyPoints }: Props) {
  return (
    <section class="panel" aria-labelledby="summary-title" id="summary">
      <h2 id="summary-title">Summary</h2>
      {summary.sentences.length === 0 ? (
        <p class="empty">The article is too short to summarise.</p>
      ) : (
        <ol class="summary" data-testid="summary" aria-label="Sentences from the article; choose one to show it on the page">
          {summary.sentences.map((s) => (
            <li key={s.start}>
              <button type="button" class="reveal prose" onClick={() => onReveal(s)} data-testid="summary-sentence">
                {s.text}
              </button>
            </li>
          ))}
        </ol>
      )}
      {keyPoints}
    </section>
  );
}
