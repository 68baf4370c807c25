import browser from 'webextension-polyfill';
import type { PageState, ToContent } from '../messages';
import { injectionFailureReason } from './restricted-page';

/** Whether the tab's top frame already runs our content script (it answers a state request). */
export async function hasContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { kind: 'pm:get-state' } satisfies ToContent, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}

// Injections under way, by tab: a second request while the first script is still starting (before
// it answers hasContentScript) would inject and evaluate the whole script again on the page's
// thread, in the middle of the first one's run.
const injecting = new Map<number, Promise<void>>();
const injectionListeners: Array<() => void> = [];

/**
 * Calls `listener` each time an injection has been sent to a tab (the script is then on its way and
 * the caller's context is free): the background loads its models then, while the page is read.
 */
export function onInjectionSent(listener: () => void): void {
  injectionListeners.push(listener);
}

/**
 * Injects the highlight styles and the content script into a tab's top frame once (the
 * script guards against a repeat). The script annotates the page as soon as it starts.
 */
export function ensureContentScript(tabId: number): Promise<void> {
  const pending = injecting.get(tabId);
  if (pending) return pending;
  const run = inject(tabId).finally(() => injecting.delete(tabId));
  injecting.set(tabId, run);
  return run;
}

async function inject(tabId: number): Promise<void> {
  if (await hasContentScript(tabId)) return;
  const target = { tabId, frameIds: [0] };
  // Both at once (Firefox took up to 17 ms for the styles alone): the styles are needed only when
  // the script paints, after detection and the core, and both are in before this resolves.
  const injected = Promise.all([browser.scripting.insertCSS({ target, files: ['content.css'] }), browser.scripting.executeScript({ target, files: ['content.js'] })]);
  for (const listener of injectionListeners) listener();
  await injected;
}

/** Sends a message to the tab's content script (top frame) and returns its answer. */
export async function sendToContent<T = PageState>(tabId: number, message: ToContent): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as T;
}

/**
 * Injects if needed and asks the tab for its annotations. A page the browser keeps us out of comes
 * back as a 'restricted' state with a reason for the reader, not as an error.
 */
export async function annotateTab(tabId: number, options: { force?: boolean; summarySentences?: number } = {}): Promise<PageState> {
  try {
    await ensureContentScript(tabId);
  } catch (e) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    return { state: 'restricted', reason: injectionFailureReason(e, tab?.url) };
  }
  return sendToContent(tabId, { kind: 'pm:annotate', ...options });
}
