import { useState } from 'preact/hooks';
import type { Annotations, Span } from '../../core/annotations';
import type { HighlightCategory } from '../../core/highlight-layers';
import type { Settings } from '../../shared/settings-schema';
import { jsonExport, markdownExport } from '../export-files';
import { faviconSource } from '../favicon-source';
import type { PopupClient, TargetTab } from '../popup-client';
import { readingMinutes } from '../reading-time';
import { groupQuotesBySpeaker } from '../speaker-groups';
import { initialVisibility } from '../visibility-state';
import { ActionBar } from './action-bar';
import { ArticleHeader } from './article-header';
import { AtAGlance } from './at-a-glance';
import { EntitiesPanel } from './entities-panel';
import { KeyPoints } from './key-points';
import { NoticesList } from './notices-list';
import { QuotesPanel } from './quotes-panel';
import { SourcesPanel } from './sources-panel';
import { SummaryPanel } from './summary-panel';

/** Props of AnnotatedView. */
export type Props = {
  annotations: Annotations;
  tab: TargetTab;
  settings: Settings;
  client: PopupClient;
  /** Categories the page reports hidden (PageState.hidden). */
  hiddenOnPage?: HighlightCategory[];
};

/** Everything Pressmark found in the article: header, summary, sources, quotes and names. */
export function AnnotatedView({ annotations: a, tab, settings, client, hiddenOnPage }: Props) {
  const [visible, setVisible] = useState(() => initialVisibility(settings, hiddenOnPage));
  const reveal = (span: Span) => {
    void client.send(tab.id, { kind: 'pm:reveal', start: span.start, end: span.end });
    // From a popped-out tab the page is behind this one: bring it forward to show the place.
    if (client.inTab) void client.focusTab(tab.id);
  };
  const toggle = (category: HighlightCategory, on: boolean) => {
    setVisible({ ...visible, [category]: on });
    void client.send(tab.id, { kind: 'pm:set-visible', category, visible: on });
  };
  const speakers = groupQuotesBySpeaker(a.quotes, a.entities);
  const favicon = faviconSource({
    pageUrl: tab.url,
    tabFavicon: tab.favIconUrl,
    pageFavicon: a.metadata.favicon,
    extensionBase: client.info.base,
    hasFaviconPermission: client.info.hasFaviconPermission,
  });
  return (
    <main data-testid="state-annotated">
      <ActionBar
        counts={{ sources: a.sources.length, quotes: a.quotes.length, names: a.entities.length }}
        canPopOut={!client.inTab}
        onPopOut={() => void client.popOut(tab.id)}
        onExportMarkdown={() => client.download(markdownExport(a))}
        onExportJson={() => client.download(jsonExport(a))}
      />
      <ArticleHeader metadata={a.metadata} faviconUrl={favicon} readingMinutes={readingMinutes(a.article.text)} pageUrl={a.url ?? tab.url} />
      <AtAGlance sources={a.sources} speakers={speakers} credits={a.credits} />
      <NoticesList notices={a.notices} />
      <SummaryPanel
        summary={a.summary}
        onReveal={reveal}
        keyPoints={
          settings.onDeviceSummarizer ? <KeyPoints text={a.article.text} language={a.article.language} sentences={settings.summarySentences} /> : null
        }
      />
      <SourcesPanel sources={a.sources} credits={a.credits} blocks={a.article.blocks} text={a.article.text} onReveal={reveal} />
      <QuotesPanel
        groups={speakers}
        count={a.quotes.length}
        visible={visible.quote}
        color={settings.colors.quote}
        onToggle={(on) => toggle('quote', on)}
        onReveal={reveal}
      />
      <EntitiesPanel entities={a.entities} visible={visible} colors={settings.colors} onToggle={toggle} onReveal={reveal} />
    </main>
  );
}
