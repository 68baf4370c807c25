import { annotateInStages, type LaterParts } from '../core/annotate';
import { registerGlobalModels } from '../core/models';
import type { CoreReply, CoreRequest, CoreRestReply } from '../messages';
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

// Second stages waiting for their 'pm:core-rest' (a content script asks right after the highlights).
const MAX_WAITING_RESTS = 16;
// How long a 'pm:core-rest' that overtook its 'pm:run-core' waits for it.
const REST_WAIT_MS = 5000;
const rests = new Map<string, () => LaterParts>();
const restWaiters = new Map<string, () => void>();
// Per first stage: settles once its reply has left, so the second stage never holds the highlights up.
const firstReplies = new Map<string, Promise<void>>();

/** Notes the reply to a 'pm:run-core' with `restId`: its second stage starts only after that reply has left. */
export function afterHighlights(restId: string, reply: Promise<unknown>): void {
  const sent = reply.then(nextTask, nextTask);
  firstReplies.set(restId, sent);
  void sent.then(() => {
    if (firstReplies.get(restId) === sent) firstReplies.delete(restId);
  });
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs the language core on an article the content script detected. With `restId`, only the first
 * stage (entities and quotes: what the highlights need) runs now; the sources, credits and summary
 * wait for the 'pm:core-rest' that follows, so the page is painted that much sooner.
 */
export async function runCore(request: CoreRequest): Promise<CoreReply> {
  await ensureModels();
  // The content script does not wait for the settings before asking; they are kept here.
  const summarySentences = request.summarySentences ?? (await cachedSettings().catch(() => null))?.summarySentences ?? 3;
  const t0 = performance.now();
  try {
    const staged = annotateInStages(request.article, {
      url: request.url,
      metadata: request.metadata,
      notices: request.notices,
      detectMs: request.detectMs,
      summarySentences,
    });
    if (request.restId === undefined) return { ok: true, annotations: { ...staged.highlights, ...staged.rest() }, coreMs: performance.now() - t0, summarySentences };
    keepRest(request.restId, staged.rest);
    const { highlights } = staged;
    // The content script has the article it sent: unless the core cut it, it is not sent back.
    const same = highlights.article.text === request.article.text && highlights.article.blocks === request.article.blocks;
    const annotations = same ? { ...highlights, article: { ...highlights.article, text: '', blocks: [] } } : highlights;
    return { ok: true, annotations, coreMs: performance.now() - t0, summarySentences, ...(same ? { articleOmitted: true } : {}) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The second stage of the article first sent with `restId` (waiting a little for it when it is not here yet). */
export async function runCoreRest(restId: string): Promise<CoreRestReply> {
  if (!rests.has(restId)) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, REST_WAIT_MS);
      restWaiters.set(restId, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    restWaiters.delete(restId);
  }
  await firstReplies.get(restId);
  const rest = rests.get(restId);
  rests.delete(restId);
  if (!rest) return { ok: false, message: 'The first stage of this article is gone; annotate it again.' };
  const t0 = performance.now();
  try {
    return { ok: true, rest: rest(), coreMs: performance.now() - t0 };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

function keepRest(restId: string, rest: () => LaterParts): void {
  rests.set(restId, rest);
  // A content script that never asks (its page was closed) leaves its stage here: keep the newest few.
  for (const old of rests.keys()) {
    if (rests.size <= MAX_WAITING_RESTS) break;
    rests.delete(old);
  }
  restWaiters.get(restId)?.();
}
