import browser from 'webextension-polyfill';
import { isToBackground } from '../messages';
import { restrictionReason } from '../shared/restricted-page';
import { annotateTab, ensureContentScript, sendToContent } from '../shared/tab-content';

/** The background: keyboard commands, the badge, and opening the popup as a tab ("pop out"). */

async function activeTab(): Promise<browser.Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

browser.commands.onCommand.addListener((command: string) => {
  void (async () => {
    const tab = await activeTab();
    if (tab?.id === undefined || restrictionReason(tab.url)) return;
    if (command === 'annotate-page') {
      const state = await annotateTab(tab.id, { force: true });
      if (state.state === 'annotated') await setBadge(tab.id, state.annotations.entities.length + state.annotations.quotes.length);
    } else if (command === 'toggle-highlights') {
      await ensureContentScript(tab.id);
      await sendToContent(tab.id, { kind: 'pm:set-all-visible', visible: false });
    } else if (command === 'next-mention' || command === 'previous-mention') {
      await ensureContentScript(tab.id);
      await sendToContent(tab.id, { kind: 'pm:step-mention', direction: command === 'next-mention' ? 1 : -1 });
    }
  })().catch(() => undefined);
});

async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1e3a8a' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isToBackground(message)) return undefined;
  if (message.kind === 'pm:open-popup-tab') {
    return browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${message.tabId}`) }).then(() => ({ ok: true }));
  }
  const tabId = sender.tab?.id;
  if (tabId !== undefined) return setBadge(tabId, message.entities + message.quotes).then(() => ({ ok: true }));
  return undefined;
});

if (__E2E__) {
  // Test hook of the dist-e2e build only: a page loaded with #pm-e2e-popup opens the popup for its
  // tab in a new tab, because Firefox refuses to navigate a test-driven tab to moz-extension:// URLs.
  browser.tabs.onUpdated.addListener((tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab) => {
    if (change.status === 'complete' && tab.url?.includes('#pm-e2e-popup')) {
      void browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}`) });
    }
  });
}
