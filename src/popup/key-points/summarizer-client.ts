/**
 * A small client for Chrome's on-device Summarizer API (Chrome 138+, Gemini Nano): "key points"
 * for the popup, written by the browser's model and streamed in. Framework-free; the popup wires it
 * into a component. It never throws: where the API is missing, the model cannot run, is still
 * downloading or fails, it reports a state instead, and the extractive summary stays the fallback.
 *
 * Usage, from a click handler (creating a summarizer needs a user gesture when the model must
 * first be downloaded):
 *
 *   const run = summarizeKeyPoints(articleText, { sentences: 3 }, (state) => render(state));
 *   // later, e.g. when the popup closes or the user clicks "Stop":
 *   run.abort();
 *   const final = await run.done;
 */

/** What the browser says about the on-device model for these options. */
export type KeyPointsAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** Options of a key-points summary. */
export interface KeyPointsOptions {
  /** Summary length in the popup's terms, 1 to 5 (1–3: up to three points; 4–5: up to five). */
  sentences?: number;
  /** Markdown bullets ("- …") or plain text; both parse with parseKeyPoints(). */
  format?: 'plain-text' | 'markdown';
  /** Language of the article (BCP 47, e.g. "en"), when known. */
  language?: string | null;
  /** A short note on what the text is, given to the model as context. */
  context?: string;
}

/** Why there are no key points. */
export type UnavailableReason =
  /** The browser has no Summarizer API (Firefox, Chrome before 138). */
  | 'unsupported'
  /** The API exists but the model cannot run here (hardware, policy, language). */
  | 'unavailable'
  /** Creating the summarizer needs a click (user activation) to download the model. */
  | 'needs-gesture';

/** One state of a key-points run, reported to the callback as it changes. */
export type KeyPointsState =
  | { status: 'unavailable'; reason: UnavailableReason }
  | { status: 'downloading'; /** 0..1, or null before the first progress event. */ progress: number | null }
  | { status: 'summarizing'; /** The text so far. */ text: string }
  | { status: 'done'; text: string }
  | { status: 'aborted'; /** What had arrived before the abort. */ text: string }
  | { status: 'error'; message: string; text: string };

/** A running key-points summary. */
export interface KeyPointsRun {
  /** Resolves with the final state (done, aborted, unavailable or error); never rejects. */
  done: Promise<KeyPointsState>;
  /** Stops downloading or streaming; the run ends in the 'aborted' state. Safe to call twice. */
  abort(): void;
}

/** Label the popup shows with the key points: they are machine-written, not the article's words. */
export const KEY_POINTS_LABEL = 'Key points, machine-written by the browser’s on-device model';

// ---- The parts of the Summarizer API this client uses (typed here: lib.dom does not have them yet).

/** A monitor the browser passes to `create({ monitor })`, which fires download progress events. */
export interface SummarizerMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

/** Options of Summarizer.availability() and Summarizer.create(). */
export interface SummarizerCreateOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'plain-text' | 'markdown';
  length: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  monitor?: (monitor: SummarizerMonitor) => void;
  signal?: AbortSignal;
}

/** An instance returned by Summarizer.create(). */
export interface SummarizerInstance {
  summarizeStreaming(input: string, options?: { context?: string; signal?: AbortSignal }): ReadableStream<string>;
  measureInputUsage?(input: string, options?: { context?: string }): Promise<number>;
  readonly inputQuota?: number;
  destroy(): void;
}

/** The global `Summarizer` object. */
export interface SummarizerGlobal {
  availability(options?: Partial<SummarizerCreateOptions>): Promise<KeyPointsAvailability>;
  create(options?: SummarizerCreateOptions): Promise<SummarizerInstance>;
}

const STATUSES: ReadonlySet<string> = new Set(['unavailable', 'downloadable', 'downloading', 'available']);

/** The global Summarizer object, or null where the browser has none. */
export function getSummarizer(scope: object = globalThis): SummarizerGlobal | null {
  const s = (scope as { Summarizer?: unknown }).Summarizer;
  if ((typeof s !== 'object' && typeof s !== 'function') || s === null) return null;
  const api = s as Partial<SummarizerGlobal>;
  return typeof api.availability === 'function' && typeof api.create === 'function' ? (api as SummarizerGlobal) : null;
}

/** Whether the browser has the Summarizer API at all (feature detection, no model check). */
export function isSummarizerSupported(scope: object = globalThis): boolean {
  return getSummarizer(scope) !== null;
}

/** The Summarizer length for a summary of `sentences` (1..5): up to three points, else up to five. */
export function keyPointsLength(sentences: number): 'short' | 'medium' {
  return sentences <= 3 ? 'short' : 'medium';
}

/** The options given both to availability() and create(), as the API asks. */
export function summarizerOptions(options: KeyPointsOptions = {}): SummarizerCreateOptions {
  const language = options.language?.split('-')[0]?.toLowerCase();
  return {
    type: 'key-points',
    format: options.format ?? 'markdown',
    length: keyPointsLength(options.sentences ?? 3),
    sharedContext: options.context ?? 'A news article; the key points help a reader see what it reports.',
    ...(language ? { expectedInputLanguages: [language], outputLanguage: language } : {}),
  };
}

/** Whether on-device key points can run here; 'unavailable' when the API is missing or fails. */
export async function keyPointsAvailability(options: KeyPointsOptions = {}, scope: object = globalThis): Promise<KeyPointsAvailability> {
  const api = getSummarizer(scope);
  if (!api) return 'unavailable';
  try {
    const status = await api.availability(summarizerOptions(options));
    return STATUSES.has(status) ? status : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/**
 * Streams key points of `text` to `onState`. Call it from a click handler. Reports 'downloading'
 * (with progress) while the model downloads, 'summarizing' with the text so far as chunks arrive,
 * then 'done'; or 'unavailable', 'aborted' or 'error'. Never throws.
 */
export function summarizeKeyPoints(
  text: string,
  options: KeyPointsOptions,
  onState: (state: KeyPointsState) => void,
  scope: object = globalThis,
): KeyPointsRun {
  const controller = new AbortController();
  let sofar = '';
  let last: KeyPointsState | null = null;
  const report = (state: KeyPointsState): KeyPointsState => {
    last = state;
    try {
      onState(state);
    } catch {
      // A failing view must not break the run.
    }
    return state;
  };
  const aborted = (): KeyPointsState => report({ status: 'aborted', text: sofar });

  const run = async (): Promise<KeyPointsState> => {
    const api = getSummarizer(scope);
    if (!api) return report({ status: 'unavailable', reason: 'unsupported' });
    const createOptions = summarizerOptions(options);
    // create() first, while the click's user activation is fresh; availability only labels states.
    let created: Promise<SummarizerInstance>;
    try {
      created = api.create({
        ...createOptions,
        signal: controller.signal,
        monitor: (m) => {
          m.addEventListener('downloadprogress', (e) => {
            if (!controller.signal.aborted) report({ status: 'downloading', progress: clamp01(e.loaded) });
          });
        },
      });
    } catch (err) {
      created = Promise.reject(err);
    }
    created.catch(() => undefined); // handled below; avoids an unhandled rejection while we wait
    const availability = await keyPointsAvailability(options, scope);
    if (availability === 'unavailable') {
      void created.then((s) => s.destroy(), () => undefined);
      return report({ status: 'unavailable', reason: 'unavailable' });
    }
    if (availability !== 'available' && last === null) report({ status: 'downloading', progress: null });
    let instance: SummarizerInstance;
    try {
      instance = await created;
    } catch (err) {
      if (controller.signal.aborted) return aborted();
      if (errorName(err) === 'NotAllowedError') return report({ status: 'unavailable', reason: 'needs-gesture' });
      if (errorName(err) === 'NotSupportedError') return report({ status: 'unavailable', reason: 'unavailable' });
      return report({ status: 'error', message: errorMessage(err), text: '' });
    }
    if (controller.signal.aborted) {
      instance.destroy();
      return aborted();
    }
    let reader: ReadableStreamDefaultReader<string> | null = null;
    try {
      const input = await fitToQuota(instance, text, createOptions.sharedContext);
      if (controller.signal.aborted) return aborted();
      report({ status: 'summarizing', text: '' });
      reader = instance.summarizeStreaming(input, { signal: controller.signal }).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (controller.signal.aborted) return aborted();
        // Chrome 138+ streams deltas; earlier builds streamed the whole text so far each time.
        sofar = sofar && value.startsWith(sofar) ? value : sofar + value;
        report({ status: 'summarizing', text: sofar });
      }
      if (controller.signal.aborted) return aborted();
      return report({ status: 'done', text: sofar });
    } catch (err) {
      if (controller.signal.aborted) return aborted();
      return report({ status: 'error', message: errorMessage(err), text: sofar });
    } finally {
      if (controller.signal.aborted) void reader?.cancel().catch(() => undefined);
      instance.destroy();
    }
  };

  const done = run().catch((err: unknown) => report({ status: 'error', message: errorMessage(err), text: sofar }));
  return {
    done,
    abort: () => {
      if (!controller.signal.aborted) controller.abort();
    },
  };
}

/**
 * The points of a key-points summary as plain strings: one per bullet line ("- ", "* ", "• ",
 * "1. "), with Markdown emphasis marks removed. For rendering as text, never as HTML.
 */
export function parseKeyPoints(text: string): string[] {
  const points: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = /^(?:[-*•‣◦]|\d+[.)])\s+(.*)$/u.exec(line);
    const content = (bullet ? bullet[1]! : line).replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2').trim();
    if (!content) continue;
    if (!bullet && points.length) points[points.length - 1] += ` ${content}`; // a wrapped line
    else points.push(content);
  }
  return points;
}

// The input must fit the model's quota: cut at a sentence end, keeping the start of the article.
async function fitToQuota(summarizer: SummarizerInstance, text: string, context: string | undefined): Promise<string> {
  const quota = summarizer.inputQuota;
  if (typeof quota !== 'number' || !Number.isFinite(quota) || !summarizer.measureInputUsage) return text;
  let input = text;
  for (let attempt = 0; attempt < 3; attempt++) {
    const usage = await summarizer.measureInputUsage(input, context === undefined ? undefined : { context });
    if (usage <= quota) return input;
    const keep = Math.floor(input.length * (quota / usage) * 0.9);
    const cut = input.lastIndexOf('. ', keep);
    input = input.slice(0, cut > keep / 2 ? cut + 1 : keep);
  }
  return input;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return typeof err === 'string' ? err : 'The on-device summarizer failed.';
}
