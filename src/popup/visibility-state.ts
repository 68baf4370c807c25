import type { HighlightCategory } from '../core/highlight-layers';
import type { Settings } from '../shared/settings-schema';

/** Whether each category's highlights show on the page. */
export type Visibility = Record<HighlightCategory, boolean>;

/**
 * The switches' starting positions: what the page reports as hidden right now when it says, else
 * the categories the reader enabled in the options.
 */
export function initialVisibility(settings: Settings, hiddenOnPage: readonly HighlightCategory[] | undefined): Visibility {
  const v: Visibility = { ...settings.categories };
  if (hiddenOnPage) for (const c of Object.keys(v) as HighlightCategory[]) v[c] = !hiddenOnPage.includes(c);
  return v;
}
