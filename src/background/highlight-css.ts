import { readerColorsCss } from './reader-colors';
import type { HighlightCategory } from '../core/highlight-layers';

/**
 * The `::highlight()` styles of the marks, generated for one page rather than shipped in
 * content.css. A rule written `::highlight(x)` is `*::highlight(x)`: inserting it makes Chromium
 * restyle every element of the page (150-400 ms on a 50,000-element page). Chromium inherits
 * highlight styles down the tree (CSS highlight inheritance), so rules on the element that holds
 * the article style all of its text while the insertion restyles that element's subtree only.
 * Firefox ESR does not inherit them, so it keeps the universal rules.
 */

/** The default look of each layer: translucent washes, and an underline style per category so colour is never the only cue. */
export const HIGHLIGHT_STYLES: Readonly<Record<string, string>> = {
  'pm-quote': 'background-color: rgba(250, 204, 21, 0.28);',
  'pm-speaker': 'background-color: rgba(250, 204, 21, 0.45); text-decoration: underline wavy #b45309 1.5px; text-underline-offset: 3px;',
  'pm-person': 'background-color: rgba(59, 130, 246, 0.24); text-decoration: underline solid #3b82f6 2px; text-underline-offset: 3px;',
  'pm-organization': 'background-color: rgba(234, 88, 12, 0.2); text-decoration: underline dashed #ea580c 2px; text-underline-offset: 3px;',
  'pm-place': 'background-color: rgba(22, 163, 74, 0.2); text-decoration: underline dotted #16a34a 2.5px; text-underline-offset: 3px;',
  'pm-misc': 'background-color: rgba(147, 51, 234, 0.16); text-decoration: underline double #9333ea 1.5px; text-underline-offset: 3px;',
  // Focus (a revealed or stepped-to mention): strongest wash and a thick line; last, so it wins ties.
  'pm-focus': 'background-color: rgba(244, 63, 94, 0.42); text-decoration: underline solid #e11d48 3px; text-underline-offset: 3px;',
};

// What the content script may send as a scope: tag names, #ids, .classes, :nth-child(n) and '>'
// only (it leaves out any name with other characters), so page text never becomes CSS syntax here.
const SAFE_SCOPE = /^(?:[a-z][a-z0-9-]*|[#.]-?[a-zA-Z_][\w-]*|:nth-child\(\d{1,6}\)|:root| > )+$/;

/** Whether a scope selector from a content script has only the parts it is allowed to have. */
export function isSafeScope(scope: unknown): scope is string {
  return typeof scope === 'string' && scope.length <= 2000 && SAFE_SCOPE.test(scope);
}

/**
 * The CSS for one page's highlights: the default looks, then the reader's colours (which override
 * them), every `::highlight()` rule on `scope` (null: on every element). The fallback <pm-mark>
 * looks stay in content.css.
 */
export function highlightCss(scope: string | null, colors: Readonly<Record<HighlightCategory, string>>): string {
  const prefix = scope !== null && isSafeScope(scope) ? scope : '';
  const rules = Object.entries(HIGHLIGHT_STYLES).map(([layer, body]) => `${prefix}::highlight(${layer}) { ${body} }`);
  const own = readerColorsCss(colors, prefix);
  return own ? `${rules.join('\n')}\n${own}` : rules.join('\n');
}
