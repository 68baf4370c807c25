/** The global the e2e run reads: milliseconds from the popup's navigation start to its first content. */
export const FIRST_CONTENT_KEY = '__pmFirstContentMs';
/** The global the e2e run reads: milliseconds from the popup's navigation start to the article's header on screen. */
export const HEADER_SHOWN_KEY = '__pmHeaderMs';

type MarkedWindow = Window & { [FIRST_CONTENT_KEY]?: number; [HEADER_SHOWN_KEY]?: number };

/**
 * Records, once per document, when the popup first showed a final view (annotations, no article,
 * restricted or error), as performance.now() since the popup page started loading.
 */
export function markFirstContent(win: MarkedWindow, view: string, now = performance.now()): void {
  if (win[FIRST_CONTENT_KEY] !== undefined) return;
  win[FIRST_CONTENT_KEY] = now;
  win.document.documentElement.setAttribute('data-first-content', view);
}

/**
 * Records, once per document, when the article's header (headline, publisher, dates) was first on
 * screen, from the early 'detected' view or the annotated one; the attribute keeps the headline
 * shown then, so a test can check the mark was set by the right content.
 */
export function markHeaderShown(win: MarkedWindow, view: string, now = performance.now()): void {
  if (win[HEADER_SHOWN_KEY] !== undefined) return;
  const headline = win.document.querySelector('[data-testid="headline"]')?.textContent ?? null;
  if (headline === null) return;
  win[HEADER_SHOWN_KEY] = now;
  win.document.documentElement.setAttribute('data-header-shown', view);
  win.document.documentElement.setAttribute('data-header-headline', headline);
}
