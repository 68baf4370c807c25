import { useEffect, useRef, useState } from 'preact/hooks';
import {
  KEY_POINTS_LABEL,
  isSummarizerSupported,
  keyPointsAvailability,
  parseKeyPoints,
  summarizeKeyPoints,
  type KeyPointsAvailability,
  type KeyPointsRun,
  type KeyPointsState,
} from '../key-points/summarizer-client';

/** Props of KeyPoints. */
export type Props = {
  /** The article text the browser's model summarises. */
  text: string;
  language: string | null;
  /** The reader's summary length (1 to 5). */
  sentences: number;
  /** Where to look for the Summarizer API; tests pass a fake, the popup the real global. */
  scope?: object;
};

const REASONS: Record<string, string> = {
  unsupported: 'This browser has no on-device summarizer.',
  unavailable: 'The on-device model cannot run on this device or for this language.',
  'needs-gesture': 'The browser needs another click to download its model.',
};

/**
 * The "key points" button where the browser has an on-device summarizer (Chrome's Summarizer API):
 * streams the model's points in, labelled as machine-written. The extractive summary above stays
 * as it is, so a missing, slow or failing model costs the reader nothing.
 */
export function KeyPoints({ text, language, sentences, scope = globalThis }: Props) {
  const supported = isSummarizerSupported(scope);
  const [availability, setAvailability] = useState<KeyPointsAvailability | null>(null);
  const [state, setState] = useState<KeyPointsState | null>(null);
  const run = useRef<KeyPointsRun | null>(null);
  useEffect(() => {
    let live = true;
    if (supported) void keyPointsAvailability({ sentences, language }, scope).then((a) => live && setAvailability(a));
    return () => {
      live = false;
      run.current?.abort();
    };
  }, [supported, sentences, language, scope]);

  // Only where the browser offers it: no API, or a model that cannot run, shows nothing at all.
  if (!supported || availability === null || availability === 'unavailable') return null;

  const start = () => {
    run.current?.abort();
    // Straight from the click: creating the summarizer may need the user's gesture to download.
    run.current = summarizeKeyPoints(text, { sentences, language }, setState, scope);
  };
  const busy = state?.status === 'downloading' || state?.status === 'summarizing';
  const points = state && 'text' in state ? parseKeyPoints(state.text) : [];
  return (
    <div class="key-points" data-testid="key-points">
      {!busy && (
        <button type="button" class="button" onClick={start} data-testid="key-points-button">
          {state?.status === 'done' ? 'Write the key points again' : 'Key points from the on-device model'}
          {availability !== 'available' && !state && <span class="hint"> (downloads the model first)</span>}
        </button>
      )}
      {busy && (
        <button type="button" class="button" onClick={() => run.current?.abort()}>
          Stop
        </button>
      )}
      {state?.status === 'downloading' && (
        <p class="hint" role="status">
          Downloading the on-device model
          {state.progress !== null ? ` (${Math.round(state.progress * 100)}%)` : ''}…
          <progress max={1} value={state.progress ?? undefined} aria-label="Model download" />
        </p>
      )}
      {points.length > 0 && (
        <figure class="machine-written" aria-busy={busy}>
          <figcaption>{KEY_POINTS_LABEL}</figcaption>
          <ul aria-live="polite" data-testid="key-points-list">
            {points.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </figure>
      )}
      {state?.status === 'aborted' && <p class="hint">Stopped.</p>}
      {state?.status === 'unavailable' && <p class="hint">{REASONS[state.reason]} The summary above is from the article itself.</p>}
      {state?.status === 'error' && (
        <p class="hint" role="alert">
          The on-device model failed ({state.message}). The summary above is from the article itself.
        </p>
      )}
    </div>
  );
}
