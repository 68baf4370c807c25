import { annotate } from '../core/annotate';
import { registerGlobalModels } from '../core/models';
import type { CoreReply, CoreRequest } from '../messages';
import { cachedSettings } from './settings-cache';

/**
 * The language core runs here, in the background, not in the page: its work (model decoding, a
 * long article) then never holds up the page the reader is on, the weights are decoded once for
 * every tab rather than once per tab, and a tab's memory carries none of them.
 */

const MODELS_FILE = 'models.js';
let models: Promise<void> | null = null;

/**
 * Chrome's service worker may import scripts only while it first evaluates (later imports of a
 * script not imported then fail), so this runs at the top level of the background; elsewhere it
 * does nothing and the models load on first use.
 */
export function importModelsAtStartup(): void {
  const importScripts = (globalThis as { importScripts?: (...urls: string[]) => void }).importScripts;
  if (typeof importScripts !== 'function') return;
  try {
    importScripts(MODELS_FILE);
    registerGlobalModels();
    models = Promise.resolve();
  } catch {
    // Without models the core falls back to its rules; annotation still works.
    models = Promise.resolve();
  }
}

/** Loads the models once: already done in Chrome's worker; Firefox's background page adds a script. */
function ensureModels(): Promise<void> {
  if (models) return models;
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return (models = Promise.resolve());
  models = new Promise<void>((resolve) => {
    const script = doc.createElement('script');
    script.src = MODELS_FILE;
    script.onload = () => {
      registerGlobalModels();
      resolve();
    };
    // A missing models file leaves the rules in charge; it must not stop annotation.
    script.onerror = () => resolve();
    doc.head.append(script);
  });
  return models;
}

/** Runs the language core on an article the content script detected. */
export async function runCore(request: CoreRequest): Promise<CoreReply> {
  await ensureModels();
  // The content script does not wait for the settings before asking; they are kept here.
  const summarySentences = request.summarySentences ?? (await cachedSettings().catch(() => null))?.summarySentences ?? 3;
  const t0 = performance.now();
  try {
    const annotations = annotate(request.article, {
      url: request.url,
      metadata: request.metadata,
      notices: request.notices,
      detectMs: request.detectMs,
      summarySentences,
    });
    return { ok: true, annotations, coreMs: performance.now() - t0, summarySentences };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
