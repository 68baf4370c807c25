import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings';
import type { Settings } from '../shared/settings-schema';

/** The id of the content script registered for the sites the reader allowed. */
export const AUTO_SCRIPT_ID = 'pressmark-auto';

/**
 * The match pattern of an allowed site ("https://news.example:8443" → "https://news.example/*"), or
 * null for anything else. Ports are dropped: Firefox rejects them in patterns, and both browsers
 * match every port when none is given.
 */
export function sitePattern(origin: string): string | null {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** The patterns to run on by themselves: the allowed sites in 'auto' mode whose permission is granted. */
export async function autoRunPatterns(settings: Settings, isGranted: (pattern: string) => Promise<boolean>): Promise<string[]> {
  if (settings.runMode !== 'auto') return [];
  const patterns = [...new Set(settings.allowedSites.map(sitePattern).filter((p): p is string => p !== null))];
  const granted = await Promise.all(patterns.map((p) => isGranted(p).catch(() => false)));
  return patterns.filter((_, i) => granted[i]);
}

let queue: Promise<void> = Promise.resolve();

/**
 * Makes the registered content script match the settings and the granted permissions: registered
 * for those sites, updated when they change, removed when none is left. Calls run one at a time.
 */
export function syncAutoRun(): Promise<void> {
  queue = queue.then(syncNow, syncNow);
  return queue;
}

async function syncNow(): Promise<void> {
  const settings = await loadSettings();
  const matches = await autoRunPatterns(settings, (p) => browser.permissions.contains({ origins: [p] }));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (!matches.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
    return;
  }
  const script = {
    id: AUTO_SCRIPT_ID,
    matches,
    js: ['content.js'],
    css: ['content.css'],
    runAt: 'document_idle' as const,
    // Frames are never annotated by themselves: only the page the reader reads.
    allFrames: false,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
