import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings-schema';
import type { OptionsClient } from './options-client';

/** The options page's data: the settings (null while loading) and the host permissions held. */
export interface OptionsData {
  settings: Settings | null;
  granted: string[];
  setSettings: (s: Settings) => void;
  setGranted: (origins: string[]) => void;
  /** Set when loading or saving failed, for the page to say so. */
  error: string | null;
  setError: (message: string | null) => void;
}

/** Loads the settings and permissions once and follows changes made elsewhere (storage.sync). */
export function useOptions(client: OptionsClient): OptionsData {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [granted, setGranted] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    Promise.all([client.load(), client.grantedOrigins()])
      .then(([s, g]) => {
        if (stop.signal.aborted) return;
        setSettings(s);
        setGranted(g);
      })
      .catch((e: unknown) => setError(`Could not load the settings: ${e instanceof Error ? e.message : String(e)}`));
    client.watch(setSettings, stop.signal);
    return () => stop.abort();
  }, [client]);
  return { settings, granted, setSettings, setGranted, error, setError };
}
