import browser from 'webextension-polyfill';
import type { PageState } from '../messages';
import { restrictionReason } from '../shared/restricted-page';
import { annotateTab, hasContentScript, sendToContent } from '../shared/tab-content';

/** The keyboard commands of the manifest. */
export type CommandName = 'annotate-page' | 'toggle-highlights' | 'next-mention' | 'previous-mention';

/** Whether a string names one of our commands. */
export function isCommandName(value: string): value is CommandName {
  return value === 'annotate-page' || value === 'toggle-highlights' || value === 'next-mention' || value === 'previous-mention';
}

/** Shows the outcome on the toolbar button: the number of marks, or a dash with the reason as its title. */
export async function showOutcome(tabId: number, state: PageState): Promise<void> {
  const count = state.state === 'annotated' ? state.annotations.entities.length + state.annotations.quotes.length : 0;
  const note = state.state === 'restricted' ? state.reason : state.state === 'no-article' ? state.reason : state.state === 'error' ? state.message : null;
  await browser.action.setBadgeBackgroundColor({ tabId, color: note ? '#6b7280' : '#1e3a8a' });
  await browser.action.setBadgeText({ tabId, text: note ? '–' : count > 0 ? String(Math.min(count, 999)) : '' });
  // The button's tooltip says why nothing was marked: a message, not an error.
  await browser.action.setTitle({ tabId, title: note ? `Pressmark: ${note}` : 'Pressmark: annotate this article' });
}

/** Runs a keyboard command on a tab. */
export async function runCommand(command: CommandName, tab: browser.Tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  const restricted = restrictionReason(tab.url);
  if (restricted) {
    await showOutcome(tabId, { state: 'restricted', reason: restricted });
    return;
  }
  switch (command) {
    case 'annotate-page':
      await showOutcome(tabId, await annotateTab(tabId, { force: true }));
      return;
    case 'toggle-highlights':
      // Nothing painted, nothing to toggle: the key never starts an annotation by itself.
      if (await hasContentScript(tabId)) await sendToContent(tabId, { kind: 'pm:toggle-all' });
      return;
    case 'next-mention':
    case 'previous-mention': {
      // Stepping on a page not yet annotated annotates it first: the reader asked for its names.
      if (!(await hasContentScript(tabId))) {
        const state = await annotateTab(tabId);
        await showOutcome(tabId, state);
        if (state.state !== 'annotated') return;
      }
      await sendToContent(tabId, { kind: 'pm:step-mention', direction: command === 'next-mention' ? 1 : -1 });
      return;
    }
  }
}
