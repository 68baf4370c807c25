import { useEffect } from 'preact/hooks';
import { AnnotatedView } from './components/annotated-view';
import { ErrorView, NoArticleView, RestrictedView } from './components/state-views';
import { diagnosticsText } from './diagnostics';
import { PendingView } from './components/pending-view';
import { markFirstContent, markHeaderShown } from './first-content-mark';
import type { PopupClient } from './popup-client';
import { usePageState } from './use-page-state';

/** Props of App. */
export type Props = { client: PopupClient };

/** The popup: one view per state of the target tab. */
export function App({ client }: Props) {
  const { view, tab, settings, retry } = usePageState(client);
  useEffect(() => {
    if (view.state === 'detected' || view.state === 'annotated') markHeaderShown(window, view.state);
    if (view.state !== 'loading' && view.state !== 'working' && view.state !== 'detected') markFirstContent(window, view.state);
  }, [view.state]);
  switch (view.state) {
    case 'loading':
    case 'working':
      return <PendingView detected={null} tab={tab} settings={settings} client={client} />;
    case 'detected':
      return <PendingView detected={view} tab={tab} settings={settings} client={client} />;
    case 'restricted':
      return <RestrictedView reason={view.reason} />;
    case 'no-article':
      return <NoArticleView reason={view.reason} onRetry={retry} />;
    case 'error': {
      const diagnostics = diagnosticsText({ ...client.info, pageUrl: tab?.url ?? null, state: view.state, message: view.message, time: new Date() });
      return <ErrorView message={view.message} diagnostics={diagnostics} onCopy={() => client.copyText(diagnostics)} onRetry={retry} />;
    }
    case 'annotated':
      if (!tab) return null;
      return <AnnotatedView annotations={view.annotations} tab={tab} settings={settings} client={client} hiddenOnPage={view.hidden} />;
  }
}
