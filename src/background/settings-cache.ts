import { loadSettings, onSettingsChanged } from '../shared/settings';
import type { Settings } from '../shared/settings-schema';

/**
 * The reader's settings as the background last read them. Every annotation request needs the
 * highlight colours before the core may start, and a storage.sync read is a round trip to the
 * browser process each time; the value is read once per worker and kept current by change events.
 */
let cached: Promise<Settings> | null = null;
let listening = false;

/** The reader's settings: read from storage once, then from memory until they change. */
export function cachedSettings(): Promise<Settings> {
  if (!listening) {
    listening = true;
    try {
      onSettingsChanged((s) => (cached = Promise.resolve(s)), new AbortController().signal);
    } catch {
      // No change events (never in a real extension): read storage every time instead.
      listening = false;
      return loadSettings();
    }
  }
  cached ??= loadSettings();
  return cached;
}

/**
 * Reads the settings from storage again on the next request: for a content script that saw them
 * change and asks for new colours, whose message may overtake the change event sent here.
 */
export function refreshSettings(): void {
  cached = null;
}
