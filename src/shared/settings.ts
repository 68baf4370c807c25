import { extensionApi, type StorageChange } from './extension-api';
import { migrateSettings, type Settings } from './settings-schema';

const KEY = 'settings';

/** Loads the reader's settings from storage.sync (migrated to the current version). */
export async function loadSettings(): Promise<Settings> {
  try {
    const got = await extensionApi().storage.sync.get(KEY);
    return migrateSettings(got[KEY]);
  } catch {
    return migrateSettings(null);
  }
}

/** Saves a change to the settings and returns the whole new value. */
export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = migrateSettings({ ...(await loadSettings()), ...patch });
  await extensionApi().storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(listener: (s: Settings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, StorageChange>, area: string): void => {
    if (area === 'sync' && changes[KEY]) listener(migrateSettings(changes[KEY].newValue));
  };
  const { onChanged } = extensionApi().storage;
  onChanged.addListener(handler);
  signal.addEventListener('abort', () => onChanged.removeListener(handler), { once: true });
}
