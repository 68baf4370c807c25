import browser from 'webextension-polyfill';
import { migrateSettings, type Settings } from './settings-schema';

const KEY = 'settings';

/** Loads the reader's settings from storage.sync (migrated to the current version). */
export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(KEY);
    return migrateSettings(got[KEY]);
  } catch {
    return migrateSettings(null);
  }
}

/** Saves a change to the settings and returns the whole new value. */
export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = migrateSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(listener: (s: Settings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'sync' && changes[KEY]) listener(migrateSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
