import type { Annotations, ArticleText, Metadata, Notice } from './core/annotations';
import type { HighlightCategory } from './core/highlight-layers';
import type { LaterParts } from './core/annotate';

/**
 * Every message between the parts of the extension, typed in one place. Named by direction:
 * PopupToContent (popup or background → content script), ToBackground (popup or content →
 * background). Each arrives through a type guard; anything else is ignored.
 */

/** What the content script reports about its page. */
export type PageState =
  | {
      state: 'annotated';
      annotations: Annotations;
      /** Categories whose highlights are hidden on the page right now; absent means as the settings say. */
      hidden?: HighlightCategory[];
      /** Timings of the run that painted these annotations. */
      report?: ContentReport;
    }
  | { state: 'working' }
  | { state: 'no-article'; reason: string }
  | { state: 'error'; message: string }
  /** The browser does not let the extension into this page (browser pages, stores, PDF viewers, no access). */
  | { state: 'restricted'; reason: string };

/** How the content script's last run went on the page, in milliseconds (for `npm run bench` and diagnostics). */
export interface ContentReport {
  /** What started the run: the script's injection, a request, a page change or an in-site navigation. */
  trigger: 'start' | 'request' | 'change' | 'navigation';
  /** From the trigger (for 'start': the content script's first line) to the highlights being set. */
  startToPaintMs: number;
  detectMs: number;
  /** The language core's own time (it runs in the background, off the page's thread). */
  coreMs: number;
  /** From sending the article to the background to having its annotations back (core included). */
  roundTripMs: number;
  paintMs: number;
  /** The longest slice of our work on the page's thread (detection or painting). */
  longestSliceMs: number;
  /** Ranges painted over all layers. */
  ranges: number;
  /** 'highlight-api' (no DOM change) or 'marks' (the <pm-mark> fallback). */
  painter: 'highlight-api' | 'marks';
}

/** Messages the popup or background sends to the content script. */
export type ToContent =
  | { kind: 'pm:get-state' }
  | { kind: 'pm:annotate'; force?: boolean; summarySentences?: number }
  | { kind: 'pm:set-visible'; category: HighlightCategory; visible: boolean }
  | { kind: 'pm:set-all-visible'; visible: boolean }
  | { kind: 'pm:clear' }
  | { kind: 'pm:reveal'; start: number; end: number }
  | { kind: 'pm:step-mention'; direction: 1 | -1 }
  /** Hides every category when any is shown, else shows them all (the toggle-highlights command). */
  | { kind: 'pm:toggle-all' };

/** Messages to the background. */
export type ToBackground =
  | { kind: 'pm:open-popup-tab'; tabId: number }
  | { kind: 'pm:annotated'; entities: number; quotes: number }
  /**
   * From a content script: (re)insert this tab's highlight styles in the reader's colours (from the
   * settings), on the element matched by `scope` when given (null: every element; absent: as before).
   */
  | { kind: 'pm:apply-colors'; scope?: string | null }
  /** From a content script: run the language core on the article it detected (off the page's thread). */
  | { kind: 'pm:run-core'; request: CoreRequest }
  /**
   * From a content script, right after a 'pm:run-core' that carried `restId`: the sources, credits
   * and summary of that article, which the background makes after replying with the highlights.
   */
  | { kind: 'pm:core-rest'; restId: string }
  /**
   * From the popup as it opens: a page is about to be annotated, so load and decode the models now
   * (a worker woken by this message does so while the page is injected and read).
   */
  | { kind: 'pm:prepare' };

/**
 * What the content script broadcasts to the extension's pages as soon as detection has read the
 * page, before the core runs: the popup shows the article's header from it while the rest is made.
 */
export type ToPopup = { kind: 'pm:detected'; metadata: Metadata; words: number; url: string };

/** Whether a value is a content script's 'pm:detected' broadcast. */
export function isToPopup(value: unknown): value is ToPopup {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; metadata?: unknown; words?: unknown; url?: unknown };
  return v.kind === 'pm:detected' && typeof v.metadata === 'object' && v.metadata !== null && typeof v.words === 'number' && typeof v.url === 'string';
}

/** What the language core needs from the page: the article's text and what detection read. */
export interface CoreRequest {
  article: ArticleText;
  url: string;
  metadata: Metadata;
  notices: Notice[];
  detectMs: number;
  /** Summary length asked for; absent: the reader's setting, which the background keeps. */
  summarySentences?: number;
  /**
   * When present: the background (re)inserts the tab's highlight styles on this scope (null: every
   * element) while the core runs, and replies once both are done (one round trip instead of two).
   */
  styleScope?: string | null;
  /**
   * When present, the reply carries entities and quotes only (all the highlights need), and the
   * sources, credits and summary follow in the reply to a 'pm:core-rest' with this id.
   */
  restId?: string;
}

/** The background's answer to 'pm:run-core'. */
export type CoreReply =
  | {
      ok: true;
      annotations: Annotations;
      coreMs: number;
      summarySentences: number;
      /**
       * True when the annotations' article text and blocks were left out because they are exactly the
       * request's (the content script puts its own back): the reply that the highlights wait for then
       * carries only what the core made.
       */
      articleOmitted?: boolean;
    }
  | { ok: false; message: string };

/** The background's answer to 'pm:core-rest': the second stage of the article's annotations. */
export type CoreRestReply = { ok: true; rest: LaterParts; coreMs: number } | { ok: false; message: string };

const TO_CONTENT_KINDS = new Set<ToContent['kind']>([
  'pm:get-state',
  'pm:annotate',
  'pm:set-visible',
  'pm:set-all-visible',
  'pm:clear',
  'pm:reveal',
  'pm:step-mention',
  'pm:toggle-all',
]);

/** Whether a value is a message for the content script. */
export function isToContent(value: unknown): value is ToContent {
  return typeof value === 'object' && value !== null && TO_CONTENT_KINDS.has((value as { kind?: unknown }).kind as ToContent['kind']);
}

/** Whether a value is a message for the background. */
export function isToBackground(value: unknown): value is ToBackground {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; tabId?: unknown };
  if (v.kind === 'pm:run-core') {
    const r = (value as { request?: Partial<CoreRequest> }).request;
    return typeof r === 'object' && r !== null && typeof r.article?.text === 'string' && Array.isArray(r.article.blocks);
  }
  if (v.kind === 'pm:core-rest') return typeof (value as { restId?: unknown }).restId === 'string';
  return (v.kind === 'pm:open-popup-tab' && typeof v.tabId === 'number') || v.kind === 'pm:annotated' || v.kind === 'pm:apply-colors' || v.kind === 'pm:prepare';
}
