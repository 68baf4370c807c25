/**
 * The CSS Custom Highlight API as this extension uses it, typed structurally: the DOM typings lack
 * `highlightsFromPoint`, and the API may be absent (older browsers), so every use goes through here.
 */

/** A Highlight: a set of ranges painted with one `::highlight(name)` style. */
export interface HighlightLike {
  priority: number;
  readonly size: number;
  has(range: AbstractRange): boolean;
}

/** What `highlightsFromPoint` returns per hit: newer builds give the hit ranges too. */
export type HighlightHit = HighlightLike | { highlight: HighlightLike; ranges?: readonly AbstractRange[] };

/** `CSS.highlights`: a map from highlight names to Highlights. */
export interface HighlightRegistryLike {
  get(name: string): HighlightLike | undefined;
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
  highlightsFromPoint?: (x: number, y: number) => readonly HighlightHit[];
}

/** The API of one window: its registry and the Highlight constructor. */
export interface HighlightApi {
  registry: HighlightRegistryLike;
  create(ranges: readonly AbstractRange[]): HighlightLike;
}

/** The Highlight API of a window, or null where the browser lacks it (Chrome < 105, Firefox < 140). */
export function highlightApiOf(win: Window): HighlightApi | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new (...r: AbstractRange[]) => HighlightLike };
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: (ranges) => new Ctor(...ranges) };
}

/** The Highlight and (when given) the hit ranges of one `highlightsFromPoint` result. */
export function readHighlightHit(hit: HighlightHit): { highlight: HighlightLike; ranges: readonly AbstractRange[] | null } {
  if ('highlight' in hit && hit.highlight) return { highlight: hit.highlight, ranges: hit.ranges ?? null };
  return { highlight: hit as HighlightLike, ranges: null };
}
