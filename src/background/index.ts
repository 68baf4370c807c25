import browser from 'webextension-polyfill';
import { isToBackground, type CoreReply, type CoreRequest } from '../messages';
import { ensureContentScript, onInjectionSent } from '../shared/tab-content';
import { syncAutoRun } from './auto-run';
import { isCommandName, runCommand } from './commands';
import { afterHighlights, importModelsAtStartup, prepareCore, runCore, runCoreRest } from './core-runner';
import { refreshSettings } from './settings-cache';
import { applyReaderColors, forgetTabColors } from './tab-colors';

/**
 * The background: the language core for every tab's content script, keyboard commands, the badge,
 * the reader's highlight colours, the content script registered for the sites the reader allowed,
 * and opening the popup as a tab ("pop out").
 */

importModelsAtStartup();
// A script injected from here (a keyboard command) is read by the page while the models load; the
// popup injects by itself and sends 'pm:prepare'. A site annotated automatically wakes the worker
// with its core request, which loads them then.
onInjectionSent(() => void prepareCore());

async function activeTab(): Promise<browser.Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

browser.commands.onCommand.addListener((command: string) => {
  if (!isCommandName(command)) return;
  void (async () => {
    const tab = await activeTab();
    if (tab) await runCommand(command, tab);
  })().catch(() => undefined);
});

/**
 * Runs the core and, when the request carries a style scope, inserts the tab's highlight styles:
 * the insertion is sent to the tab first, so it travels while the core runs, and the reply waits
 * for both (the content script paints once its highlights can show).
 */
async function runCoreWithStyles(request: CoreRequest, sender: browser.Runtime.MessageSender): Promise<CoreReply> {
  const tabId = sender.tab?.id;
  if (request.styleScope === undefined || tabId === undefined) return runCore(request);
  let sent: () => void = () => undefined;
  const onItsWay = new Promise<void>((resolve) => (sent = resolve));
  const styled = applyReaderColors(tabId, sender.frameId ?? 0, request.styleScope, sent).catch(() => undefined);
  await Promise.race([onItsWay, styled]);
  const reply = await runCore(request);
  await styled;
  return reply;
}

async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1e3a8a' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isToBackground(message) || sender.id !== browser.runtime.id) return undefined;
  if (message.kind === 'pm:open-popup-tab') {
    return browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${message.tabId}`) }).then(() => ({ ok: true }));
  }
  if (message.kind === 'pm:run-core') {
    const reply = runCoreWithStyles(message.request, sender);
    if (message.request.restId !== undefined) afterHighlights(message.request.restId, reply);
    return reply;
  }
  if (message.kind === 'pm:core-rest') return runCoreRest(message.restId);
  if (message.kind === 'pm:prepare') {
    void prepareCore();
    return Promise.resolve({ ok: true });
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  if (message.kind === 'pm:apply-colors') {
    refreshSettings();
    return applyReaderColors(tabId, sender.frameId ?? 0, message.scope).then(
      () => ({ ok: true }),
      () => ({ ok: false }),
    );
  }
  return setBadge(tabId, message.entities + message.quotes).then(() => ({ ok: true }));
});

browser.tabs.onUpdated.addListener((tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
  // A new document has none of the CSS inserted into the old one.
  if (change.status === 'loading') forgetTabColors(tabId);
});
browser.tabs.onRemoved.addListener((tabId: number) => forgetTabColors(tabId));

// Automatic annotation on the sites the reader allowed: kept in step with settings and permissions.
void syncAutoRun().catch(() => undefined);
browser.runtime.onInstalled.addListener(() => void syncAutoRun().catch(() => undefined));
browser.runtime.onStartup.addListener(() => void syncAutoRun().catch(() => undefined));
browser.permissions.onAdded.addListener(() => void syncAutoRun().catch(() => undefined));
browser.permissions.onRemoved.addListener(() => void syncAutoRun().catch(() => undefined));
browser.storage.onChanged.addListener((changes: Record<string, browser.Storage.StorageChange>, area: string) => {
  if (area === 'sync' && changes.settings) void syncAutoRun().catch(() => undefined);
});

if (__E2E__) {
  // Test hooks of the dist-e2e build only. #pm-e2e-popup: open the popup for the tab in a new tab
  // (Firefox refuses to navigate a test-driven tab to moz-extension:// URLs). #pm-e2e-annotate:
  // inject and annotate as the toolbar button would, so a test can snapshot the page first.
  browser.tabs.onUpdated.addListener((tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab) => {
    if (change.status === 'complete' && tab.url?.includes('#pm-e2e-popup')) {
      void browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}`) });
    }
    const url = change.url ?? (change.status === 'complete' ? tab.url : undefined);
    if (url?.includes('#pm-e2e-annotate')) void ensureContentScript(tabId).catch((e: unknown) => console.warn('pm-e2e-annotate:', e));
  });
}
