/** Props of ActionBar. */
export type Props = {
  /** Counts for the section links ("Quotes 5"); null while the annotations are still being made. */
  counts: { sources: number; quotes: number; names: number } | null;
  /** False when the popup already runs as a tab: then there is nothing to pop out. */
  canPopOut: boolean;
  onPopOut: () => void;
  onExportMarkdown: () => void;
  onExportJson: () => void;
};

/** The popup's top bar: links to each section, the exports and "pop out". */
export function ActionBar({ counts, canPopOut, onPopOut, onExportMarkdown, onExportJson }: Props) {
  return (
    <div class="action-bar">
      <nav aria-label="Sections">
        <a href="#summary">Summary</a>
        <a href="#sources">Sources {counts?.sources}</a>
        <a href="#quotes">Quotes {counts?.quotes}</a>
        <a href="#names">Names {counts?.names}</a>
      </nav>
      <div class="actions" role="group" aria-label="Export and open">
        {/* The visible label stays part of the spoken name (WCAG 2.5.3, axe label-content-name-mismatch). */}
        <button type="button" class="icon-button" onClick={onExportMarkdown} disabled={!counts} title="Save the annotations as Markdown" data-testid="export-markdown">
          <span class="visually-hidden">Save as </span>.md
        </button>
        <button type="button" class="icon-button" onClick={onExportJson} disabled={!counts} title="Save the annotations as JSON" data-testid="export-json">
          <span class="visually-hidden">Save as </span>.json
        </button>
        {canPopOut && (
          <button type="button" class="icon-button" onClick={onPopOut} title="Open in a tab" aria-label="Open this panel in a tab" data-testid="pop-out">
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M9 2h5v5M14 2 7.5 8.5M12 9.5V14H2V4h4.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </button>
        )}
      </div>
    </div>
  );
}
