import type { Annotations } from './core/annotations';
import type { HighlightCategory } from './core/highlight-layers';

/**
 * Every message between the parts of the extension, typed in one place. Named by direction:
 * PopupToContent (popup or background → content script), ToBackground (popup or content →
 * background). Each arrives through a type guard; anything else is ignored.
 */

/** What the content script reports about its page. */
export type PageState =
  | { state: 'annotated'; annotations: Annotations }
  | { state: 'working' }
  | { state: 'no-article'; reason: string }
  | { state: 'error'; message: string };

/** Messages the popup or background sends to the content script. */
export type ToContent =
  | { kind: 'pm:get-state' }
  | { kind: 'pm:annotate'; force?: boolean; summarySentences?: number }
  | { kind: 'pm:set-visible'; category: HighlightCategory; visible: boolean }
  | { kind: 'pm:set-all-visible'; visible: boolean }
  | { kind: 'pm:clear' }
  | { kind: 'pm:reveal'; start: number; end: number }
  | { kind: 'pm:step-mention'; direction: 1 | -1 };

/** Messages to the background. */
export type ToBackground = { kind: 'pm:open-popup-tab'; tabId: number } | { kind: 'pm:annotated'; entities: number; quotes: number };

const TO_CONTENT_KINDS = new Set<ToContent['kind']>([
  'pm:get-state',
  'pm:annotate',
  'pm:set-visible',
  'pm:set-all-visible',
  'pm:clear',
  'pm:reveal',
  'pm:step-mention',
]);

/** Whether a value is a message for the content script. */
export function isToContent(value: unknown): value is ToContent {
  return typeof value === 'object' && value !== null && TO_CONTENT_KINDS.has((value as { kind?: unknown }).kind as ToContent['kind']);
}

/** Whether a value is a message for the background. */
export function isToBackground(value: unknown): value is ToBackground {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; tabId?: unknown };
  return (v.kind === 'pm:open-popup-tab' && typeof v.tabId === 'number') || v.kind === 'pm:annotated';
}
