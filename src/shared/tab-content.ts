import browser from 'webextension-polyfill';
import type { PageState, ToContent } from '../messages';

/** Injects the models and the content script into a tab once (the script guards re-injection). */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { kind: 'pm:get-state' } satisfies ToContent);
    return;
  } catch {
    // No content script yet: inject it.
  }
  await browser.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: ['models.js', 'content.js'] });
}

/** Sends a message to the tab's content script and returns its answer. */
export async function sendToContent<T = PageState>(tabId: number, message: ToContent): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, message)) as T;
}

/** Injects if needed and asks the tab for its annotations. */
export async function annotateTab(tabId: number, options: { force?: boolean; summarySentences?: number } = {}): Promise<PageState> {
  await ensureContentScript(tabId);
  return sendToContent(tabId, { kind: 'pm:annotate', ...options });
}
