import browser from 'webextension-polyfill';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';
import type { OptionsClient } from './options-client';
import { originPattern } from './site-origin';

/** The OptionsClient over storage.sync and the permissions API. */
export function createBrowserOptionsClient(): OptionsClient {
  // saveSettings reads, merges and writes: two saves in flight at once would lose one, so queue them.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    load: loadSettings,
    save(patch) {
      const next = queue.then(() => saveSettings(patch));
      queue = next.catch(() => undefined);
      return next;
    },
    watch: onSettingsChanged,
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    requestOrigin: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
    async removeOrigin(origin: string): Promise<void> {
      try {
        await browser.permissions.remove({ origins: [originPattern(origin)] });
      } catch {
        // Chrome throws when asked to remove a permission it no longer holds: nothing left to remove.
      }
    },
  };
}
