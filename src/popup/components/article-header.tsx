import type { Metadata } from '../../core/annotations';
import { monogram } from '../favicon-source';
import { formatPageDate, isDifferentDate, type DateFormatOptions } from '../format-dates';

/** Props of ArticleHeader. */
export type Props = {
  metadata: Metadata;
  /** A favicon that needs no network (see favicon-source.ts), or null for the publisher's initial. */
  faviconUrl: string | null;
  readingMinutes: number;
  /** The page's address, the link when the page names no canonical web address. */
  pageUrl: string | null;
  /** Locale, time zone and clock; the popup passes none so the reader's own apply. */
  dateOptions?: DateFormatOptions;
};

/** Headline, publisher, authors, dates, reading time and link of the article. */
export function ArticleHeader({ metadata, faviconUrl, readingMinutes, pageUrl, dateOptions }: Props) {
  const published = metadata.published ? formatPageDate(metadata.published, dateOptions) : null;
  const modified =
    metadata.modified && isDifferentDate(metadata.published, metadata.modified) ? formatPageDate(metadata.modified, dateOptions) : null;
  // Only a web address becomes a link: a page can declare anything as its canonical URL.
  const link = [metadata.canonicalUrl, pageUrl].find((u): u is string => !!u && /^https?:\/\//i.test(u)) ?? null;
  return (
    <header class="article-header">
      <p class="masthead">
        {faviconUrl ? (
          <img class="favicon" src={faviconUrl} alt="" width={16} height={16} />
        ) : (
          <span class="favicon monogram" aria-hidden="true">
            {monogram(metadata.publisher)}
          </span>
        )}
        <span class="publisher" data-testid="publisher">
          {metadata.publisher ?? 'Unknown publisher'}
        </span>
        {metadata.section && <span class="section"> · {metadata.section}</span>}
      </p>
      <h1 class="headline" data-testid="headline">
        {metadata.headline ?? 'Untitled article'}
      </h1>
      <p class="byline">
        {metadata.authors.length > 0 && (
          <span class="authors" data-testid="authors">
            By {metadata.authors.join(', ')}
          </span>
        )}
        {published && (
          <span class="date" data-testid="published">
            <time dateTime={published.iso} title={published.full}>
              {published.absolute}
            </time>{' '}
            <span class="relative">({published.relative})</span>
          </span>
        )}
        {modified && (
          <span class="date" data-testid="modified">
            Updated{' '}
            <time dateTime={modified.iso} title={modified.full}>
              {modified.absolute}
            </time>
          </span>
        )}
        {readingMinutes > 0 && <span data-testid="reading-time">{readingMinutes} min read</span>}
      </p>
      {link && (
        <p class="link">
          <a href={link} target="_blank" rel="noopener noreferrer" data-testid="canonical-link" title={link}>
            {displayUrl(link)}
          </a>
        </p>
      )}
    </header>
  );
}

// "latintimes.example/us-nato-forces-…": host and path without the scheme and "www.".
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}
