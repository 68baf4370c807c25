import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings';
import { readerColorsCss } from './reader-colors';

// The CSS inserted in each tab's current document, to remove it when the colours change again.
const inserted = new Map<number, string>();

/** Paints a tab's highlights in the reader's colours: inserts the generated CSS, removing the one before. */
export async function applyReaderColors(tabId: number, frameId = 0): Promise<void> {
  const css = readerColorsCss((await loadSettings()).colors);
  const before = inserted.get(tabId) ?? null;
  if (css === before) return;
  const target = { tabId, frameIds: [frameId] };
  if (before) await browser.scripting.removeCSS({ target, css: before }).catch(() => undefined);
  if (css) {
    await browser.scripting.insertCSS({ target, css });
    inserted.set(tabId, css);
  } else {
    inserted.delete(tabId);
  }
}

/** Forgets what was inserted in a tab whose document is gone (navigated or closed). */
export function forgetTabColors(tabId: number): void {
  inserted.delete(tabId);
}
