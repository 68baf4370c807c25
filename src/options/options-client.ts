import type { Settings } from '../shared/settings-schema';

/** The settings fields the options page changes. */
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

/**
 * What the options page asks of the browser: settings in storage.sync and host permissions. The
 * components never touch the extension APIs, so they are tested the same with a fake browser.
 */
export interface OptionsClient {
  load(): Promise<Settings>;
  /** Saves a change and returns the whole new settings. */
  save(patch: SettingsPatch): Promise<Settings>;
  /** Calls `listener` when the settings change elsewhere (another window, another device), until `signal` aborts. */
  watch(listener: (s: Settings) => void, signal: AbortSignal): void;
  /** The host permission patterns the extension holds now. */
  grantedOrigins(): Promise<string[]>;
  /**
   * Asks the reader for access to an origin. Must be called straight from the click handler, before
   * any await: browsers only show the permission prompt inside the user's gesture.
   */
  requestOrigin(origin: string): Promise<boolean>;
  /** Gives an origin's access back. */
  removeOrigin(origin: string): Promise<void>;
}
