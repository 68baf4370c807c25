import type { Metadata } from '../../core/annotations';

/** Props of ArticleHeader. */
export type Props = { metadata: Metadata; words: number };

/** Headline, publisher, authors, date and reading time of the article. */
export function ArticleHeader({ metadata, words }: Props) {
  const published = metadata.published ? formatDate(metadata.published) : null;
  const minutes = Math.max(1, Math.round(words / 230));
  return (
    <header class="article-header">
      <h1 class="headline" data-testid="headline">{metadata.headline ?? 'Untitled article'}</h1>
      <p class="byline">
        {metadata.publisher && <span class="publisher" data-testid="publisher">{metadata.publisher}</span>}
        {metadata.authors.length > 0 && <span class="authors"> · {metadata.authors.join(', ')}</span>}
        {published && <span class="published"> · <time dateTime={metadata.published ?? undefined}>{published}</time></span>}
        <span class="reading-time"> · {minutes} min read</span>
      </p>
    </header>
  );
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
