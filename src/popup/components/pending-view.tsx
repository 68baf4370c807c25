import type { Settings } from '../../shared/settings-schema';
import { faviconSource } from '../favicon-source';
import type { PopupClient, TargetTab } from '../popup-client';
import { minutesForWords } from '../reading-time';
import type { DetectedState } from '../use-page-state';
import { ActionBar } from './action-bar';
import { ArticleHeader } from './article-header';

/** Props of PendingView. */
export type Props = {
  /** What detection found on the page, or null while the page is still being read. */
  detected: DetectedState | null;
  tab: TargetTab | null;
  settings: Settings;
  client: PopupClient;
};

/**
 * The popup before the annotations: at once the annotated view's layout with grey placeholders,
 * then the article's header as soon as the page is read, with labelled placeholders where the
 * summary, sources, quotes and names will go. Same layout as the annotated view, so nothing above
 * the placeholders moves when the annotations arrive.
 */
export function PendingView({ detected, tab, settings, client }: Props) {
  const none = () => undefined;
  return (
    <main data-testid={detected ? 'state-detected' : 'state-working'}>
      <ActionBar counts={null} canPopOut={!client.inTab && !!tab} onPopOut={() => tab && void client.popOut(tab.id)} onExportMarkdown={none} onExportJson={none} />
      {detected && tab ? <DetectedHeader detected={detected} tab={tab} client={client} /> : <HeaderPlaceholder />}
      <div class="glance pending" role="status" data-testid="pending-status">
        <span class="spinner" aria-hidden="true" /> {detected ? 'Finding quotes and names…' : 'Reading the article…'}
      </div>
      {/* About three lines a summary sentence, as the annotated view shows them. */}
      <PendingPanel id="summary" title="Summary" lines={settings.summarySentences * 3} what="Picking the summary sentences…" />
      <PendingPanel id="sources" title="Sources cited" lines={3} what="Finding the sources the article cites…" />
      <PendingPanel id="quotes" title="Quotes" lines={4} what="Finding quotes and who said them…" />
      <PendingPanel id="names" title="Names" lines={3} what="Finding people, organizations and places…" />
    </main>
  );
}

type HeaderProps = { detected: DetectedState; tab: TargetTab; client: PopupClient };

function DetectedHeader({ detected, tab, client }: HeaderProps) {
  const favicon = faviconSource({
    pageUrl: tab.url,
    tabFavicon: tab.favIconUrl,
    pageFavicon: detected.metadata.favicon,
    extensionBase: client.info.base,
    hasFaviconPermission: client.info.hasFaviconPermission,
  });
  return <ArticleHeader metadata={detected.metadata} faviconUrl={favicon} readingMinutes={minutesForWords(detected.words)} pageUrl={detected.url || tab.url} />;
}

// Grey bars where the publisher, the two lines of a headline, the byline and the link will be; the
// page's one heading, for screen readers, until the headline comes.
function HeaderPlaceholder() {
  return (
    <>
      <h1 class="visually-hidden">Pressmark is reading the article</h1>
      <header class="article-header" aria-hidden="true" data-testid="header-placeholder">
        <span class="skeleton-line short" />
        <span class="skeleton-line headline-bar" />
        <span class="skeleton-line headline-bar" />
        <span class="skeleton-line" />
        <span class="skeleton-line" />
      </header>
    </>
  );
}

type PanelProps = { id: string; title: string; lines: number; what: string };

// A section of the annotated view with its heading and grey lines of about its usual height.
function PendingPanel({ id, title, lines, what }: PanelProps) {
  return (
    <section class="panel" id={id} aria-labelledby={`${id}-title`} aria-busy="true" data-testid="pending-panel">
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="hint">{what}</p>
      <div aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <span key={i} class="skeleton-line" />
        ))}
      </div>
    </section>
  );
}
