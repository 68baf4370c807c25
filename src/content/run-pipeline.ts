import type { Annotations } from '../core/annotations';
import type { CoreReply, CoreRequest } from '../messages';
import { DEFAULT_LIMITS } from '../core/limits';
import { detectArticleSliced } from '../page/detect-article';
import type { DomArticleText } from '../page/dom-article-text';
import { makeLiveIsHidden } from './live-visibility';

// A little over the core's character limit, so the core still cuts at a sentence end of its own.
const DETECT_MAX_CHARS = Math.round(DEFAULT_LIMITS.maxChars * 1.25);

/** What one run of detection and the core found. */
export type PipelineOutcome =
  | { found: true; article: DomArticleText; root: Element; annotations: Annotations; timings: PipelineTimings }
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
  /** The summary length, known once the reader's settings are loaded. */
  summarySentences: () => Promise<number>;
  /** Runs the language core (the background does, off the page's thread). */
  runCore: (request: CoreRequest) => Promise<CoreReply>;
  /** False once the run has been superseded (navigation, a newer run): it then stops early. */
  isCurrent: () => boolean;
  /** Annotations already made for exactly this article text (and summary length), to reuse; else null. */
  reuse?: (text: string, summarySentences: number) => Annotations | null;
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
  // Sliced, so a huge page never holds its thread long; text past the core's limit is not even read.
  const stats = { longestSliceMs: 0 };
  const detection = await detectArticleSliced(doc, { url, isHidden: makeLiveIsHidden(win), maxChars: DETECT_MAX_CHARS, stats });
  const detectMs = performance.now() - t0;
  const detectSliceMs = stats.longestSliceMs;
  if (!detection.found) return { found: false, reason: detection.reason, timings: { detectMs, detectSliceMs, coreMs: 0, roundTripMs: 0 } };
  const summarySentences = await options.summarySentences();
  if (!options.isCurrent()) return null;
  const { text, blocks } = detection.article;
  // The page changed around the article but not its text (an ad, a clock): re-anchor, no new core run.
  const reused = options.reuse?.(text, summarySentences);
  if (reused) return { found: true, article: detection.article, root: detection.root, annotations: reused, timings: { detectMs, detectSliceMs, coreMs: 0, roundTripMs: 0 } };
  const t1 = performance.now();
  const reply = await options.runCore({
    article: { text, blocks },
    url,
    metadata: detection.metadata,
    notices: detection.notices,
    detectMs,
    summarySentences,
  });
  const roundTripMs = performance.now() - t1;
  if (!reply.ok) throw new Error(reply.message);
  return {
    found: true,
    article: detection.article,
    root: detection.root,
    annotations: reply.annotations,
    timings: { detectMs, detectSliceMs, coreMs: reply.coreMs, roundTripMs },
  };
}
