import type { Summary } from '../../core/annotations';

/** Props of SummaryPanel. */
export type Props = { summary: Summary };

/** The extractive summary, one sentence per line. */
export function SummaryPanel({ summary }: Props) {
  if (!summary.sentences.length) return null;
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <ul class="summary" data-testid="summary">
        {summary.sentences.map((s) => (
          <li key={s.start}>{s.text}</li>
        ))}
      </ul>
    </section>
  );
}
