import { useState } from 'preact/hooks';

/** Props of NoArticleView. */
export type NoArticleProps = { reason: string; onRetry: () => void };

/** The page has no article Pressmark could find, and why. */
export function NoArticleView({ reason, onRetry }: NoArticleProps) {
  return (
    <div class="state" role="status" data-testid="state-no-article">
      <h1>No article found</h1>
      <p data-testid="no-article-reason">{reason}</p>
      <p class="hint">Pressmark looks for one main article with several paragraphs of text. Home pages, lists and search results have none.</p>
      <button type="button" class="button" onClick={onRetry}>
        Look again
      </button>
    </div>
  );
}

/** Props of RestrictedView. */
export type RestrictedProps = { reason: string };

/** The browser does not let extensions read this page. */
export function RestrictedView({ reason }: RestrictedProps) {
  return (
    <div class="state" role="status" data-testid="state-restricted">
      <h1>Pressmark cannot read this page</h1>
      <p>{reason}</p>
    </div>
  );
}

/** Props of ErrorView. */
export type ErrorProps = {
  message: string;
  /** The report the copy button puts on the clipboard, shown too so the reader sees what is shared. */
  diagnostics: string;
  onCopy: () => Promise<boolean>;
  onRetry: () => void;
};

/** Something failed: what, a way to try again and a report to copy. */
export function ErrorView({ message, diagnostics, onCopy, onRetry }: ErrorProps) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div class="state error" role="alert" data-testid="state-error">
      <h1>Something went wrong</h1>
      <p data-testid="error-message">{message}</p>
      <div class="row">
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" class="button" onClick={() => void onCopy().then(setCopied)} data-testid="copy-diagnostics">
          Copy diagnostics
        </button>
      </div>
      <p class="hint" aria-live="polite">
        {copied === true && 'Copied. Paste it into a bug report.'}
        {copied === false && 'The browser refused the clipboard: select the text below and copy it.'}
      </p>
      <details>
        <summary>What the report contains</summary>
        <pre class="diagnostics">{diagnostics}</pre>
      </details>
    </div>
  );
}
