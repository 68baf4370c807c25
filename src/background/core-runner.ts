import { annotateInStages, type LaterParts } from '../core/annotate';
import { decodeModels } from '../core/decode-models';
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

type ImportScripts = (...urls: string[]) => void;
const importScriptsOf = (): ImportScripts | null => {
  const f = (globalThis as { importScripts?: ImportScripts }).importScripts;
  return typeof f === 'function' ? f : null;
};

/**
 * Whether a service worker in this state must import the models during this evaluation: only the
 * first evaluation of a new version ('parsed', then 'installing') may import a script; once
 * installed, the worker may import again what it imported then. Without a state (a browser that
 * does not expose it), the import stays at the top level.
 */
export function mustImportAtTopLevel(state: string | undefined): boolean {
  return state === undefined || state === 'parsed' || state === 'installing';
}

/** Imports and registers the models now (Chrome's worker); a failed import leaves the rules in charge. */
function importModelsNow(importScripts: ImportScripts): Promise<void> {
  try {
    importScripts(MODELS_FILE);
    registerGlobalModels();
  } catch {
    // Without models the core falls back to its rules; annotation still works.
  }
  return (models = Promise.resolve());
}

/**
 * Runs at the top level of the background. Chrome's worker imports the models here only when it is
 * being installed (it may import a script later only if it imported it then). A worker woken later
 * (it stops after 30 s idle, so most reader clicks wake it) leaves the 3.7 MB script for later:
 * the event that woke it (a command, a popup's prepare message, the page's core request) is then
 * handled at once, and the models load while the page is being read (prepareCore) or on first use.
 */
export function importModelsAtStartup(): void {
  const importScripts = importScriptsOf();
  if (!importScripts) return;
  const state = (globalThis as { serviceWorker?: { state?: string } }).serviceWorker?.state;
  if (mustImportAtTopLevel(state)) void importModelsNow(importScripts);
}

/** Loads the models once: Chrome's worker imports its script; Firefox's background page adds a script element. */
function ensureModels(): Promise<void> {
  if (models) return models;
  const importScripts = importScriptsOf();
  if (importScripts) return importModelsNow(importScripts);
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

let preparing: Promise<void> | null = null;

/**
 * Gets the core ready for a page about to be annotated, in tasks of their own so the caller's work
 * (an injection, a reply) goes first: loads the models, then decodes them (the tagger's tables,
 * the quote model's word sets, about 12 ms) unless a core request already did. The page's
 * detection runs meanwhile, so a woken worker's first annotation does not pay for them in turn.
 */
export function prepareCore(): Promise<void> {
  preparing ??= nextTask()
    .then(ensureModels)
    .then(nextTask)
    .then(() => decodeModels());
  return preparing;
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
