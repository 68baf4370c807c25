import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../messages';
import { restrictionReason } from '../shared/restricted-page';
import { annotateTab } from '../shared/tab-content';
import { resolveTargetTab } from './target-tab';

/** What the popup shows: the page's state plus the popup's own states. */
export type PopupState = PageState | { state: 'loading' } | { state: 'restricted'; reason: string };

/** Loads the target tab's annotations (injecting the content script on first use). */
export function usePageState(search: string): { view: PopupState; tabId: number | null } {
  const [view, setView] = useState<PopupState>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const tab = await resolveTargetTab(search);
      if (!live) return;
      if (!tab || tab.id === undefined) {
        setView({ state: 'error', message: 'Could not find the tab to annotate.' });
        return;
      }
      setTabId(tab.id);
      const restricted = restrictionReason(tab.url);
      if (restricted) {
        setView({ state: 'restricted', reason: restricted });
        return;
      }
      setView({ state: 'working' });
      try {
        const state = await annotateTab(tab.id);
        if (live) setView(state);
      } catch (e) {
        if (live) setView({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [search]);
  return { view, tabId };
}
