import { useState } from 'preact/hooks';
import { isOriginGranted, parseSiteInput } from '../site-origin';

/** Props of AllowedSitesField. */
export type Props = {
  sites: string[];
  /** Host patterns the extension holds now, to flag sites whose access was withdrawn in the browser. */
  granted: string[];
  /** Whether sites are used at all (run mode "auto"); the list stays editable either way. */
  active: boolean;
  /** Asks for access (inside the click) and adds the site when granted; resolves to the outcome. */
  onAllow: (origin: string) => Promise<boolean>;
  onRemove: (origin: string) => void;
};

/** The sites Pressmark may annotate by itself: add one (asks the browser for access), list, remove. */
export function AllowedSitesField({ sites, granted, active, onAllow, onRemove }: Props) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const origin = parseSiteInput(input);
    if (!origin) {
      setMessage('Type a web address, for example www.example.com.');
      return;
    }
    // No await before onAllow: the permission prompt needs the reader's click to still be current.
    void onAllow(origin).then((ok) => {
      setMessage(ok ? `Allowed ${origin}.` : `Access to ${origin} was not granted.`);
      if (ok) setInput('');
    });
  };
  return (
    <fieldset class="field" data-testid="allowed-sites">
      <legend>Sites annotated automatically</legend>
      {!active && <p class="hint">Used when “Automatically on the sites I allow” is chosen above.</p>}
      <form class="site-form" onSubmit={submit}>
        <label for="site-input">Site address</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          placeholder="www.example.com"
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
          aria-describedby="site-message"
          autocomplete="off"
          spellcheck={false}
        />
        <button type="submit" class="button">
          Allow
        </button>
      </form>
      <p id="site-message" class="hint" aria-live="polite">
        {message}
      </p>
      {sites.length === 0 ? (
        <p class="empty">No site allowed yet.</p>
      ) : (
        <ul class="site-list" aria-label="Allowed sites">
          {sites.map((site) => {
            const ok = isOriginGranted(site, granted);
            return (
              <li key={site} data-testid="allowed-site">
                <span class="site">{site}</span>
                {!ok && (
                  <button type="button" class="link-button" onClick={() => void onAllow(site)}>
                    Access withdrawn: allow again
                  </button>
                )}
                <button type="button" class="button" onClick={() => onRemove(site)} aria-label={`Remove ${site}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
