import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../messages';
import { restrictionReason } from '../shared/restricted-page';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings-schema';
import type { PopupClient, TargetTab } from './popup-client';

/** What the popup shows: the page's state plus the popup's own states. */
export type PopupState = PageState | { state: 'loading' } | { state: 'restricted'; reason: string };

/** The popup's one data source: the target tab, the reader's settings and the tab's annotations. */
export interface PageData {
  view: PopupState;
  tab: TargetTab | null;
  settings: Settings;
  /** Runs the annotation again from scratch (the error view's "Try again"). */
  retry: () => void;
}

/**
 * Loads the target tab's annotations once (injecting the content script on first use). The tab and
 * the settings are fetched in parallel because the popup has about 150 ms to show something.
 */
export function usePageState(client: PopupClient): PageData {
  const [view, setView] = useState<PopupState>({ state: 'loading' });
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const show = (next: PopupState) => {
      if (live) setView(next);
    };
    void (async () => {
      try {
        const [target, loaded] = await Promise.all([client.resolveTab(), client.loadSettings()]);
        if (!live) return;
        performance.mark('pm:tab-and-settings');
        setSettings(loaded);
        setTab(target);
        if (!target) return show({ state: 'error', message: 'Could not find the tab to annotate.' });
        const restricted = restrictionReason(target.url);
        if (restricted) return show({ state: 'restricted', reason: restricted });
        show({ state: 'working' });
        performance.mark('pm:annotate-start');
        const state = await client.annotate(target.id, { force: attempt > 0, summarySentences: loaded.summarySentences });
        performance.mark('pm:annotate-end');
        show(state);
      } catch (e) {
        show({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [client, attempt]);
  return { view, tab, settings, retry: () => setAttempt((n) => n + 1) };
}
