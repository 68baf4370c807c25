import browser from 'webextension-polyfill';
import { highlightCss, isSafeScope } from './highlight-css';
import { cachedSettings } from './settings-cache';

/** What was inserted in a tab's current document: the CSS (to remove it when replaced) and its scope. */
interface TabStyles {
  scope: string | null;
  css: string | null;
}

const tabs = new Map<number, TabStyles>();
// One change at a time per tab, so two quick changes never leave two sheets behind.
const queues = new Map<number, Promise<void>>();

/**
 * Inserts a tab's highlight styles in the reader's colours, on the element holding its article
 * (`scope`; undefined keeps the last one, as when only the colours changed), replacing what was
 * inserted before. Firefox gets universal rules: it does not inherit highlight styles.
 * `onSentOnce` is called once, as soon as the sheet is on its way to the tab (or nothing is to insert).
 */
export function applyReaderColors(tabId: number, frameId = 0, scope?: string | null, onSentOnce?: () => void): Promise<void> {
  let called = false;
  const onSent = (): void => {
    if (!called) onSentOnce?.();
    called = true;
  };
  const next = (queues.get(tabId) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => applyNow(tabId, frameId, scope, onSent))
    .finally(onSent);
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  }).catch(() => undefined);
  return next;
}

/** `onSent` is called once the new sheet is on its way to the tab (the caller may then start other work). */
async function applyNow(tabId: number, frameId: number, scope: string | null | undefined, onSent?: () => void): Promise<void> {
  const before = tabs.get(tabId) ?? { scope: null, css: null };
  const wanted = scope === undefined ? before.scope : isSafeScope(scope) ? scope : null;
  const css = highlightCss(__BROWSER__ === 'firefox' ? null : wanted, (await cachedSettings()).colors);
  tabs.set(tabId, { scope: wanted, css: before.css });
  if (css === before.css) return;
  const target = { tabId, frameIds: [frameId] };
  // The new sheet goes in before the old one goes out, so the marks never show unstyled.
  const inserted = browser.scripting.insertCSS({ target, css });
  onSent?.();
  await inserted;
  if (before.css) await browser.scripting.removeCSS({ target, css: before.css }).catch(() => undefined);
  tabs.set(tabId, { scope: wanted, css });
}

/** Forgets what was inserted in a tab whose document is gone (navigated or closed). */
export function forgetTabColors(tabId: number): void {
  tabs.delete(tabId);
}
