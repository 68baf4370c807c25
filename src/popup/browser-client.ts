import browser from 'webextension-polyfill';
import { isToPopup, type PageState, type ToBackground, type ToContent, type ToPopup } from '../messages';
import { loadSettings } from '../shared/settings';
import { annotateTab } from '../shared/tab-content';
import type { ExportFile } from './export-files';
import type { PopupClient, TargetTab } from './popup-client';
import { resolveTargetTab } from './target-tab';

/** The PopupClient over the real extension APIs. */
export function createBrowserClient(search: string): PopupClient {
  const inTab = new URLSearchParams(search).has('tab');
  // Test builds only, to keep an early view on screen for the e2e run to check and photograph:
  // `&e2e-hold` re-runs the page (so it reports detection again) and never shows the annotations;
  // `&e2e-hold=reading` does not even ask the page (the view before detection).
  const hold = __E2E__ ? new URLSearchParams(search).get('e2e-hold') : null;
  const never = () => new Promise<PageState>(() => undefined);
  const permissions = (browser.runtime.getManifest() as { permissions?: string[] }).permissions ?? [];
  return {
    inTab,
    info: {
      version: __VERSION__,
      browser: __BROWSER__,
      userAgent: navigator.userAgent,
      base: browser.runtime.getURL(''),
      hasFaviconPermission: permissions.includes('favicon'),
    },
    async resolveTab(): Promise<TargetTab | null> {
      const tab = await resolveTargetTab(search);
      if (!tab || tab.id === undefined) return null;
      return { id: tab.id, url: tab.url ?? null, favIconUrl: tab.favIconUrl ?? null };
    },
    loadSettings,
    annotate: (tabId, options) => {
      // Chrome's worker (woken by this, most clicks) loads and decodes the models while the page is
      // injected and read. Not in Firefox: its background shares this page's thread, and the popup
      // paints the header first.
      if (__BROWSER__ !== 'firefox') browser.runtime.sendMessage({ kind: 'pm:prepare' } satisfies ToBackground).catch(() => undefined);
      return hold === null ? annotateTab(tabId, options) : hold === 'reading' ? never() : annotateTab(tabId, { ...options, force: true }).then(never);
    },
    onDetected(tabId: number, listener: (detected: ToPopup) => void): () => void {
      const onMessage = (message: unknown, sender: browser.Runtime.MessageSender): Promise<{ ok: true }> | undefined => {
        // Only our own content script in the target tab's top frame.
        if (!isToPopup(message) || sender.id !== browser.runtime.id || sender.tab?.id !== tabId || (sender.frameId ?? 0) !== 0) return undefined;
        listener(message);
        // Firefox runs this page and the background's core on one thread: answering once the header
        // is painted lets the core start after the paint instead of holding it up (up to 56 ms seen).
        return __BROWSER__ === 'firefox' ? afterNextPaint().then(() => ({ ok: true })) : undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    async send(tabId: number, message: ToContent): Promise<void> {
      try {
        await browser.tabs.sendMessage(tabId, message);
      } catch {
        // The tab was closed or navigated away: nothing on it to show or hide any more.
      }
    },
    async focusTab(tabId: number): Promise<void> {
      try {
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      } catch {
        // The tab is gone; the reveal had nothing to show.
      }
    },
    async popOut(tabId: number): Promise<void> {
      await browser.runtime.sendMessage({ kind: 'pm:open-popup-tab', tabId } satisfies ToBackground);
      if (!inTab) window.close();
    },
    download(file: ExportFile): void {
      const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      // Firefox starts the download after the click returns: revoking at once would cancel it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    copyText,
  };
}

// Resolves after the next frame has been painted (a timer after the frame's callback); a hidden page
// gets no frames, so a timer stands in.
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Chrome refuses clipboard.writeText when the popup document lacks focus; the older
    // execCommand path still works inside the click that asked for it.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
