/** The global the e2e run reads: milliseconds from the popup's navigation start to its first content. */
export const FIRST_CONTENT_KEY = '__pmFirstContentMs';

/**
 * Records, once per document, when the popup first showed a final view (annotations, no article,
 * restricted or error), as performance.now() since the popup page started loading.
 */
export function markFirstContent(win: Window & { [FIRST_CONTENT_KEY]?: number }, view: string, now = performance.now()): void {
  if (win[FIRST_CONTENT_KEY] !== undefined) return;
  win[FIRST_CONTENT_KEY] = now;
  win.document.documentElement.setAttribute('data-first-content', view);
}
