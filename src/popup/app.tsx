import { countWords } from '../core/report/markdown';
import { ArticleHeader } from './components/article-header';
import { EntitiesPanel } from './components/entities-panel';
import { QuotesPanel } from './components/quotes-panel';
import { SourcesPanel } from './components/sources-panel';
import { SummaryPanel } from './components/summary-panel';
import { usePageState } from './use-page-state';

/** Props of App. */
export type Props = { search: string };

/** The popup: one view per state of the target tab. */
export function App({ search }: Props) {
  const { view } = usePageState(search);
  switch (view.state) {
    case 'loading':
    case 'working':
      return <p class="state" role="status" data-testid="state-working">Reading the article…</p>;
    case 'restricted':
      return <p class="state" role="status" data-testid="state-restricted">{view.reason}</p>;
    case 'no-article':
      return (
        <div class="state" role="status" data-testid="state-no-article">
          <h1>No article found</h1>
          <p>{view.reason}</p>
        </div>
      );
    case 'error':
      return <p class="state error" role="alert" data-testid="state-error">Something went wrong: {view.message}</p>;
    case 'annotated': {
      const a = view.annotations;
      return (
        <main data-testid="state-annotated">
          <ArticleHeader metadata={a.metadata} words={countWords(a.article.text)} />
          <SummaryPanel summary={a.summary} />
          <SourcesPanel sources={a.sources} credits={a.credits} />
          <QuotesPanel quotes={a.quotes} />
          <EntitiesPanel entities={a.entities} />
        </main>
      );
    }
  }
}
