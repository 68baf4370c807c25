import { useState } from 'preact/hooks';
import { AllowedSitesField } from './components/allowed-sites-field';
import { CategoriesField } from './components/categories-field';
import { RunModeField } from './components/run-mode-field';
import { SummaryFields } from './components/summary-fields';
import type { OptionsClient, SettingsPatch } from './options-client';
import { useOptions } from './use-options';

/** Props of OptionsApp. */
export type Props = { client: OptionsClient };

/** The options page: run mode and allowed sites, highlight kinds and colours, summary settings. */
export function OptionsApp({ client }: Props) {
  const { settings, granted, setSettings, setGranted, error, setError } = useOptions(client);
  const [status, setStatus] = useState('');
  if (error && !settings) return <p role="alert" class="state error">{error}</p>;
  if (!settings) return <p role="status" class="state">Loading settings…</p>;

  const save = (patch: SettingsPatch) => {
    // Show the change at once; storage answers with the stored (validated) value.
    setSettings({ ...settings, ...patch });
    client
      .save(patch)
      .then((s) => {
        setSettings(s);
        setError(null);
        setStatus('Saved. Settings follow you to every browser you sign in to.');
      })
      .catch((e: unknown) => setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`));
  };
  const allow = (origin: string): Promise<boolean> =>
    // Called synchronously from the click: requestOrigin must start inside the gesture.
    client.requestOrigin(origin).then(async (ok) => {
      if (ok) {
        save({ allowedSites: [...settings.allowedSites.filter((s) => s !== origin), origin] });
        setGranted(await client.grantedOrigins());
      }
      return ok;
    });
  const remove = (origin: string) => {
    save({ allowedSites: settings.allowedSites.filter((s) => s !== origin) });
    void client.removeOrigin(origin).then(async () => setGranted(await client.grantedOrigins()));
  };

  return (
    <main class="options" data-testid="options">
      <h1>Pressmark options</h1>
      <p class="lead">Pressmark marks quotes, speakers, names and cited sources in news articles. Everything runs on this device.</p>
      <RunModeField value={settings.runMode} onChange={(runMode) => save({ runMode })} />
      <AllowedSitesField sites={settings.allowedSites} granted={granted} active={settings.runMode === 'auto'} onAllow={allow} onRemove={remove} />
      <CategoriesField
        categories={settings.categories}
        colors={settings.colors}
        onToggle={(c, on) => save({ categories: { ...settings.categories, [c]: on } })}
        onColor={(c, color) => save({ colors: { ...settings.colors, [c]: color } })}
      />
      <SummaryFields
        sentences={settings.summarySentences}
        onDevice={settings.onDeviceSummarizer}
        onSentences={(summarySentences) => save({ summarySentences })}
        onOnDevice={(onDeviceSummarizer) => save({ onDeviceSummarizer })}
      />
      <p class="status" role="status" aria-live="polite" data-testid="save-status">
        {error ?? status}
      </p>
    </main>
  );
}
