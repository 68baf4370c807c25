import type { Span } from '../annotations';
import type { RawAttribution } from './attributions';

/** Whether span `inner` lies inside span `outer` and is shorter. */
function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/** Whether every piece of `inner` lies inside one piece of `outer`. */
function nestedIn(inner: RawAttribution, outer: RawAttribution): boolean {
  return inner.pieces.length > 0 && inner.pieces.every((p) => outer.pieces.some((o) => within(p, o)));
}

/**
 * The attributions without the reported statements that sit inside another reported statement:
 * mostly the statement of a verb inside a sentence that a closing "according to" sources whole
 * ("The governor told aides that the vote was close, according to an account": "that the vote was
 * close" inside "The governor told aides that the vote was close"). PolNeAR marks the outer one
 * and rarely the one inside it: on train folds 0 and 1 such inner predictions matched a gold span
 * exactly 4 times in 29 (dev: 0 in 6). Quotations stay, as they are shown even inside a longer
 * statement, and are never compared (a page of thousands of quotations costs nothing here).
 */
export function dropNestedAttributions(raw: readonly RawAttribution[]): RawAttribution[] {
  const reported = raw.filter((o) => !o.direct);
  if (reported.length < 2) return [...raw];
  return raw.filter((r) => r.direct || !reported.some((o) => o !== r && nestedIn(r, o)));
}

/** The key of an attribution's content: its pieces' character spans. */
function contentKey(r: RawAttribution): string {
  return r.pieces.map((p) => `${p.start}:${p.end}`).join(',');
}

/**
 * The attributions with one left for each content: two structures can read the same words ("X
 * replied: “…”" once by the verb and once by the colon), and a reader should see a quote once.
 * The one kept holds a quotation if either does, then has the higher confidence, then came first.
 */
export function dropDuplicateContent(raw: readonly RawAttribution[]): RawAttribution[] {
  const best = new Map<string, RawAttribution>();
  for (const r of raw) {
    const key = contentKey(r);
    const held = best.get(key);
    if (!held || (r.direct && !held.direct) || (r.direct === held.direct && r.confidence > held.confidence)) best.set(key, r);
  }
  if (best.size === raw.length) return [...raw];
  const kept = new Set(best.values());
  return raw.filter((r) => kept.has(r));
}
