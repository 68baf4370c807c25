import type { Driver, TestPage } from './browsers';

/**
 * Expressions the highlight tests evaluate in the page's main world, and helpers around the e2e
 * build's report events (pm-e2e-state, pm-e2e-card: JSON in the event's detail).
 */

/** The serialisation of the whole document, to compare before and after annotating. */
export const DOM_SNAPSHOT = `document.documentElement.outerHTML`;

/** Every element's box (to the hundredth of a pixel), to show the layout did not move. */
export const LAYOUT_SNAPSHOT = `(() => {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    out.push([r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(','));
  }
  return out.join(';');
})()`;

/** Per pm- highlight: its size and the text of each range (white space collapsed). */
export const HIGHLIGHT_TEXTS = `(() => {
  const out = {};
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('pm-')) continue;
    out[name] = [...h].map((r) => r.toString().replace(/\\s+/g, ' ').trim());
  }
  return out;
})()`;

/** The number of ranges in all pm- highlights. */
export const HIGHLIGHT_COUNT = `(() => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('pm-')) n += h.size; return n; })()`;

/** Starts collecting the e2e build's reports in the page (call before annotating). */
export const LISTEN_REPORTS = `(() => {
  if (window.__pmReports) return true;
  window.__pmReports = [];
  window.__pmCards = [];
  addEventListener('pm-e2e-state', (e) => window.__pmReports.push(JSON.parse(e.detail)));
  addEventListener('pm-e2e-card', (e) => window.__pmCards.push(JSON.parse(e.detail)));
  return true;
})()`;

/** One report of the content script, as the e2e build sends it. */
export interface StateReport {
  state: 'annotated' | 'no-article';
  trigger?: string;
  report?: { trigger: string; startToPaintMs: number; detectMs: number; coreMs: number; roundTripMs: number; paintMs: number; longestSliceMs: number; ranges: number; painter: string };
  frameMs?: number;
  spans?: Record<string, string[]>;
  notices?: Array<{ code: string; message: string }>;
  entities?: number;
  quotes?: number;
  words?: number;
}

/** One hover card's items, as the e2e build sends them. */
export interface CardReport {
  kind: 'entity' | 'quote';
  ref: string;
  category: string;
  title: string;
  badge: string;
  lines: Array<{ label: string; value: string }>;
}

/** Waits for the content script's report number `n` (1-based) and returns it. */
export async function waitForReport(page: TestPage, n = 1, timeoutMs = 20_000): Promise<StateReport> {
  await page.waitFor(`(window.__pmReports || []).length >= ${n}`, timeoutMs);
  return page.evaluate<StateReport>(`window.__pmReports[${n - 1}]`);
}

/** The number of reports so far. */
export function reportCount(page: TestPage): Promise<number> {
  return page.evaluate<number>(`(window.__pmReports || []).length`);
}

/** Asks the e2e build's background to inject and annotate (as the toolbar button does) via the URL fragment. */
export async function annotateViaHook(page: TestPage): Promise<StateReport> {
  await page.evaluate(LISTEN_REPORTS);
  const before = await reportCount(page);
  // Right after the browser starts, Chromium's extension worker can miss a tab event: ask again.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.evaluate(`location.hash = 'pm-e2e-annotate-${attempt}'`);
    try {
      return await waitForReport(page, before + 1, attempt === 3 ? 20_000 : 6_000);
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  throw new Error('unreachable');
}

/** Collapses white space as the article text does. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Waits until the extension's background answers tab events: Chromium drops the events that come
 * while a freshly installed extension's worker is still starting (seen: the first 1-3 s here).
 */
export async function warmUp(driver: Driver, url: string): Promise<void> {
  const page = await driver.open(url);
  await annotateViaHook(page);
  await page.close();
}
