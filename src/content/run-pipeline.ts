import type { Annotations, Metadata } from '../core/annotations';
import type { LaterParts } from '../core/annotate';
import type { CoreReply, CoreRequest, CoreRestReply } from '../messages';
import { DETECTION_MAX_CHARS } from '../core/limits';
import { detectArticleSliced, nextTask } from '../page/detect-article';
import { readableFrames } from '../page/framed-documents';
import type { DomArticleText } from '../page/dom-article-text';
import { makeLiveIsHidden } from './live-visibility';
import { markForTests } from './e2e-marks';


/** What one run of detection and the core found. */
export type PipelineOutcome =
  | {
      found: true;
      article: DomArticleText;
      root: Element;
      /** Entities and quotes at least; the sources, credits and summary too unless `rest` is pending. */
      annotations: Annotations;
      /** The sources, credits and summary when they come after the highlights (null: they could not be made). */
      rest?: Promise<LaterParts | null>;
      /**
       * With metadataWhileCoreRuns: the annotations carry only the headline and language, and this reads
       * the rest of the page's metadata in a task of its own (call it once the page is painted) and
       * tells the popup.
       */
      metadataLater?: () => Promise<Metadata>;
      summarySentences: number;
      timings: PipelineTimings;
    }
  | { found: false; reason: string; timings: PipelineTimings };

/** Milliseconds of a run's parts. */
export interface PipelineTimings {
  /** Detection: the one slice of the run that works on the page's thread. */
  detectMs: number;
  /** The longest stretch of detection on the page's thread (it runs in slices). */
  detectSliceMs: number;
  /** The core, in the background (the page's thread is free meanwhile). */
  coreMs: number;
  /** From sending the article to the background until its annotations are back. */
  roundTripMs: number;
}

/** What a run needs besides the page. */
export interface PipelineOptions {
  /** The summary length, known once the reader's settings are loaded (to compare with annotations made before). */
  summarySentences: () => Promise<number>;
  /** A summary length asked for instead of the reader's setting (the popup's), else undefined. */
  summaryOverride?: () => number | undefined;
  /** Runs the language core (the background does, off the page's thread). */
  runCore: (request: CoreRequest) => Promise<CoreReply>;
  /**
   * Asks for the second stage (sources, credits, summary) of a core request sent with `restId`; with
   * it, the highlights come back before that stage is made.
   */
  runCoreRest?: (restId: string) => Promise<CoreRestReply>;
  /** False once the run has been superseded (navigation, a newer run): it then stops early. */
  isCurrent: () => boolean;
  /** Annotations already made for exactly this article text, with their summary length, to reuse; else null. */
  reuse?: (text: string) => { annotations: Annotations; summarySentences: number } | null;
  /**
   * Called once detection found the article: the scope its highlight styles need when it differs
   * from the one inserted (the styles then go with the core request), else undefined.
   */
  styleScope?: (article: DomArticleText) => string | null | undefined;
  /** Inserts the highlight styles on a scope, for a run that reuses annotations (no core request). */
  applyStyles?: (scope: string | null) => Promise<void>;
  /**
   * Called once detection found the article and its metadata is read (the popup shows the header
   * early). Unless `metadataWhileCoreRuns`, that is before the core runs, and the core waits for what
   * it returns (an open popup that shares the core's thread painting the header first).
   */
  onDetected?: (metadata: Metadata, text: string) => void | Promise<void>;
  /**
   * Hands the article to the core as soon as it is found, and reads the rest of the page's metadata
   * (authors, dates, publisher …) after the paint (metadataLater); for a browser whose popup has a
   * thread of its own, which then need not wait for the core.
   */
  metadataWhileCoreRuns?: boolean;
  /** Called once the article is found and handed on (the core request has left, or annotations are reused): the page's thread is then free. */
  afterRequest?: () => void;
  /**
   * With metadataWhileCoreRuns: called once the core request has left with a function that reads
   * the rest of the metadata and tells the popup now rather than after the paint (for a popup that
   * asks while the core runs: its header then need not wait for the paint). Telling happens once.
   */
  onTellPending?: (tellNow: () => void) => void;
}

/**
 * Detects the article on the page (the DOM is only here), then has the language core annotate its
 * text in the background, so the page's thread does detection and nothing else. The core bounds its
 * own work (DEFAULT_LIMITS, with a 'truncated' notice). Null when the run was superseded.
 */
export async function runPipeline(win: Window, options: PipelineOptions): Promise<PipelineOutcome | null> {
  const doc = win.document;
  const url = win.location.href;
  const t0 = performance.now();
  markForTests('detect');
  // Sliced, so a huge page never holds its thread long; text past the core's limit is not even read.
  const stats = { longestSliceMs: 0 };
  const later = options.metadataWhileCoreRuns === true;
  const detection = await detectArticleSliced(doc, { url, isHidden: makeLiveIsHidden(win), maxChars: DETECTION_MAX_CHARS, stats, deferMetadata: later });
  const detectMs = performance.now() - t0;
  markForTests('detected');
  const detectSliceMs = stats.longestSliceMs;
  if (!detection.found) {
    // The story may be in a same-origin frame: say so, rather than that the page has no article.
    const reason = (await framedArticleReason(doc, stats)) ?? detection.reason;
    return { found: false, reason, timings: { detectMs: performance.now() - t0, detectSliceMs: stats.longestSliceMs, coreMs: 0, roundTripMs: 0 } };
  }
  const { text, blocks } = detection.article;
  const tell = (): void | Promise<void> => (options.isCurrent() ? options.onDetected?.(detection.completeMetadata(), text) : undefined);
  let told = false;
  const tellOnce = (): void => {
    if (told) return;
    told = true;
    void tell();
  };
  const shown = later ? undefined : tell();
  const styleScope = options.styleScope?.(detection.article);
  await shown;
  if (!options.isCurrent()) return null;
  // The page changed around the article but not its text (an ad, a clock): re-anchor, no new core run.
  const earlier = options.reuse?.(text);
  if (earlier && earlier.summarySentences === (await options.summarySentences())) {
    if (!options.isCurrent()) return null;
    options.afterRequest?.();
    if (later) void tell();
    if (styleScope !== undefined) await options.applyStyles?.(styleScope).catch(() => undefined);
    return { found: true, article: detection.article, root: detection.root, annotations: earlier.annotations, summarySentences: earlier.summarySentences, timings: { detectMs, detectSliceMs, coreMs: 0, roundTripMs: 0 } };
  }
  if (!options.isCurrent()) return null;
  // The request leaves without waiting for the reader's settings: the background keeps them, and
  // fills in the summary length unless one was asked for.
  const summarySentences = options.summaryOverride?.();
  const request: CoreRequest = {
    article: { text, blocks },
    url,
    // (when metadataWhileCoreRuns, only the headline and language: all the core reads of it)
    metadata: detection.metadata,
    notices: detection.notices,
    detectMs,
    ...(summarySentences !== undefined ? { summarySentences } : {}),
    ...(styleScope !== undefined ? { styleScope } : {}),
  };
  const restId = options.runCoreRest ? newRestId() : undefined;
  const t1 = performance.now();
  const replied = options.runCore(restId !== undefined ? { ...request, restId } : request);
  // Asked at once (the background makes it after replying with the highlights), so it is ready soon after the paint.
  const rest = restId !== undefined && options.runCoreRest ? secondStage(options.runCoreRest(restId), () => options.runCore({ ...request, styleScope: undefined })) : undefined;
  // The page's thread is free while the core runs (the watchers are set up then); the rest of the
  // metadata waits for the paint, so the core's reply never waits for the page's thread.
  options.afterRequest?.();
  if (later) options.onTellPending?.(tellOnce);
  const reply = await replied;
  const roundTripMs = performance.now() - t1;
  if (!reply.ok) throw new Error(reply.message);
  const annotations = reply.articleOmitted ? { ...reply.annotations, article: { ...reply.annotations.article, text, blocks } } : reply.annotations;
  return {
    found: true,
    article: detection.article,
    root: detection.root,
    annotations,
    ...(rest ? { rest } : {}),
    ...(later
      ? {
          metadataLater: async () => {
            await nextTask();
            const metadata = detection.completeMetadata();
            tellOnce();
            return metadata;
          },
        }
      : {}),
    summarySentences: reply.summarySentences,
    timings: { detectMs, detectSliceMs, coreMs: reply.coreMs, roundTripMs },
  };
}

let restCount = 0;
const newRestId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++restCount}`;

/** The second stage, or (when the background lost it, as when its worker restarted) the same parts from a whole new run. */
async function secondStage(asked: Promise<CoreRestReply>, whole: () => Promise<CoreReply>): Promise<LaterParts | null> {
  const reply = await asked.catch((): CoreRestReply => ({ ok: false, message: 'no reply' }));
  if (reply.ok) return reply.rest;
  const again = await whole().catch((): CoreReply => ({ ok: false, message: 'no reply' }));
  if (!again.ok) return null;
  const { sources, credits, summary, timings } = again.annotations;
  return { sources, credits, summary, timings };
}

// Frames smaller than this (in CSS pixels of area) are ads, widgets and trackers, not a story.
const MIN_FRAME_AREA = 200 * 200;

/**
 * Why a page without an article of its own is not annotated when its story is in a same-origin
 * frame (painting inside frames is not supported yet), or null when no readable frame holds one.
 */
async function framedArticleReason(doc: Document, stats: { longestSliceMs: number }): Promise<string | null> {
  const frames = readableFrames(doc, (el) => {
    const r = el.getBoundingClientRect();
    const area = r.width * r.height;
    return area >= MIN_FRAME_AREA ? area : 0;
  });
  for (const { doc: inner, url } of frames.slice(0, 3)) {
    const view = inner.defaultView;
    if (!view) continue;
    const found = await detectArticleSliced(inner, { url, isHidden: makeLiveIsHidden(view), maxChars: DETECTION_MAX_CHARS, stats });
    if (!found.found) continue;
    const title = found.metadata.headline ? ` ("${found.metadata.headline}")` : '';
    return `The article on this page${title} is inside a frame, and Pressmark cannot annotate inside frames yet. Open the frame's page on its own to annotate it: ${url}`;
  }
  return null;
}
