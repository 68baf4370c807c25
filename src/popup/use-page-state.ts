import { useLayoutEffect, useState } from 'preact/hooks';
import type { Metadata } from '../core/annotations';
import type { PageState } from '../messages';
import { restrictionReason } from '../shared/restricted-page';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings-schema';
import type { PopupClient, TargetTab } from './popup-client';

/** The article found on the page while the core still works on it: enough for the header. */
export type DetectedState = { state: 'detected'; metadata: Metadata; words: number; url: string };

/** What the popup shows: the page's state plus the popup's own states. */
export type PopupState = PageState | DetectedState | { state: 'loading' } | { state: 'restricted'; reason: string };

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
 * the settings are fetched in parallel because the popup has about 150 ms to show something, and the
 * article's header shows as soon as the content script has detected it, before the core is done.
 */
export function usePageState(client: PopupClient): PageData {
  const [view, setView] = useState<PopupState>({ state: 'loading' });
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [attempt, setAttempt] = useState(0);
  // A layout effect runs as the first render commits, not after the first paint: the tab look-up
  // and the injection start one frame sooner.
  useLayoutEffect(() => {
    let live = true;
    let stopListening = (): void => undefined;
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
        // Listen before asking: the content script this call injects reports detection on its own.
        stopListening = client.onDetected(target.id, ({ metadata, words, url }) => {
          performance.mark('pm:detected');
          if (live) setView((now) => (now.state === 'working' ? { state: 'detected', metadata, words, url } : now));
        });
        performance.mark('pm:annotate-start');
        const state = await client.annotate(target.id, { force: attempt > 0, summarySentences: loaded.summarySentences });
        performance.mark('pm:annotate-end');
        stopListening();
        show(state);
      } catch (e) {
        show({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
      stopListening();
    };
  }, [client, attempt]);
  return { view, tab, settings, retry: () => setAttempt((n) => n + 1) };
}
