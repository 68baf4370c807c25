import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { LAUNCHERS, type Driver, type TestPage } from './harness/browsers';
import { annotateViaHook, DOM_SNAPSHOT, HIGHLIGHT_COUNT, warmUp } from './harness/page-probes';
import { ROOT } from './harness/paths';
import { startServer, type PageServer } from './harness/server';

// Run modes and lifecycle: automatic annotation on a site the reader allowed (and not once they
// take it back), restricted pages and frames, a very long article (bounded, with its notice), and an
// extension reload that leaves no orphaned marks behind.

const BAGRAM = fs.readFileSync(path.join(ROOT, 'tests/fixtures/bagram-article.txt'), 'utf8');

function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

const PARAGRAPHS = BAGRAM.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40);

let server: PageServer;
beforeAll(async () => {
  server = await startServer(path.join(ROOT, 'tests/fixtures'));
  server.add('/auto/article.html', articlePage('Bagram handed over', PARAGRAPHS));
  server.add('/docs/report.pdf', articlePage('Not really a PDF', PARAGRAPHS));
  // About 26,000 words: over the core's bound (DEFAULT_LIMITS).
  server.add('/long/article.html', articlePage('A very long article', Array.from({ length: 45 }, () => PARAGRAPHS).flat()));
  server.add('/frame/inner.html', articlePage('Framed article', PARAGRAPHS));
  server.add('/frame/outer.html', `<!doctype html><html><head><title>Frame host</title></head><body><p>Top page.</p><iframe src="/frame/inner.html" width="800" height="600"></iframe></body></html>`);
});
afterAll(async () => {
  await server?.close();
});

/** Writes the reader's settings from an extension page (the popup opened as a tab). */
async function saveSettings(popup: TestPage, settings: object): Promise<void> {
  await popup.evaluate(`(globalThis.browser ?? chrome).storage.sync.set({ settings: ${JSON.stringify(settings)} })`);
}

describe.each(['chromium', 'firefox'] as const)('%s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await LAUNCHERS[name]();
    await warmUp(driver, `${server.origin}/no-article.html`);
  });
  afterAll(async () => {
    await driver?.close();
  });

  test('automatic mode: an allowed site is annotated on load, and no longer once the reader takes it back', async () => {
    const { page, popup } = await driver.openWithPopup(`${server.origin}/no-article.html`);
    await page.close();
    await saveSettings(popup, { version: 1, runMode: 'auto', allowedSites: [server.origin] });
    // The background registers the content script for the site; a page loaded now gets it.
    const deadline = Date.now() + 20_000;
    let painted = 0;
    while (Date.now() < deadline && painted === 0) {
      const p = await driver.open(`${server.origin}/auto/article.html`);
      await p.waitFor(`${HIGHLIGHT_COUNT} > 0`, 4000).catch(() => undefined);
      painted = await p.evaluate<number>(HIGHLIGHT_COUNT);
      await p.close();
    }
    expect(painted).toBeGreaterThan(0);

    await saveSettings(popup, { version: 1, runMode: 'click', allowedSites: [server.origin] });
    await new Promise((r) => setTimeout(r, 1500));
    const after = await driver.open(`${server.origin}/auto/article.html`);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await after.evaluate<number>(HIGHLIGHT_COUNT)).toBe(0);
    await after.close();
    await popup.close();
  });

  test("the reader's colours and categories from the settings, applied live to an annotated page", async () => {
    const { page, popup } = await driver.openWithPopup(`${server.origin}/no-article.html`);
    await page.close();
    const DEFAULT_COLORS = { person: '#3b82f6', organization: '#ea580c', place: '#16a34a', misc: '#9333ea', quote: '#facc15' };
    await saveSettings(popup, { version: 1, colors: { ...DEFAULT_COLORS, person: '#ff0000' } });
    const article = await driver.open(`${server.origin}/auto/article.html`);
    await annotateViaHook(article);
    const personColor = `getComputedStyle(document.querySelector('p'), '::highlight(pm-person)').backgroundColor`;
    await article.waitFor(`${personColor} === 'rgba(255, 0, 0, 0.24)'`);
    // A change while the page is annotated: the old colour's CSS goes, the new one comes.
    await saveSettings(popup, { version: 1, colors: { ...DEFAULT_COLORS, person: '#00ff00' } });
    await article.waitFor(`${personColor} === 'rgba(0, 255, 0, 0.24)'`);
    await saveSettings(popup, { version: 1, colors: DEFAULT_COLORS, categories: { person: false, organization: true, place: true, misc: true, quote: true } });
    await article.waitFor(`${personColor} === 'rgba(59, 130, 246, 0.24)' && !CSS.highlights.has('pm-person') && CSS.highlights.has('pm-place')`);
    await saveSettings(popup, { version: 1 });
    await article.waitFor(`CSS.highlights.has('pm-person')`);
    await article.close();
    await popup.close();
  });

  test('a restricted page gets a clear message in the popup, not an error', async () => {
    const { page, popup } = await driver.openWithPopup(`${server.origin}/docs/report.pdf`);
    await popup.waitFor(`!!document.querySelector('[data-testid="state-restricted"]')`);
    expect(await popup.evaluate<string>(`document.querySelector('[data-testid="state-restricted"]').textContent`)).toMatch(/PDF/);
    expect(await page.evaluate<number>(HIGHLIGHT_COUNT)).toBe(0);
    await popup.close();
    await page.close();
  });

  test('frames are never annotated: only the top page is read', async () => {
    const page = await driver.open(`${server.origin}/frame/outer.html`);
    await page.waitFor(`document.querySelector('iframe').contentDocument?.readyState === 'complete'`);
    const report = await annotateViaHook(page);
    expect(report.state).toBe('no-article');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate<number>(`document.querySelector('iframe').contentWindow.CSS.highlights.size`)).toBe(0);
    await page.close();
  });

  test('a very long article: the core stops at its bound and says so; the page thread stays free', async () => {
    const page = await driver.open(`${server.origin}/long/article.html`);
    const report = await annotateViaHook(page);
    expect(report.state).toBe('annotated');
    const notice = report.notices?.find((n) => n.code === 'truncated');
    expect(notice?.message).toMatch(/annotated the first [\d,]+ words/);
    // Every mark lies in the annotated part: the last paragraphs carry none.
    const lastMarked = await page.evaluate<number>(`(() => {
      const ps = [...document.querySelectorAll('p')];
      let last = -1;
      for (const [name, h] of CSS.highlights) for (const r of h) last = Math.max(last, ps.indexOf(r.endContainer.parentElement.closest('p')));
      return last / ps.length;
    })()`);
    expect(lastMarked).toBeGreaterThan(0);
    expect(lastMarked).toBeLessThan(0.95);
    // However long the core took (in the background), our slices on the page's thread stayed short.
    expect(report.report!.detectMs).toBeLessThan(report.report!.roundTripMs);
    await page.close();
  });

  test('an extension reload leaves no orphaned marks and the page as it was', async (ctx) => {
    if (!driver.evaluateInBackground) ctx.skip('reloading a temporary add-on is not scriptable through puppeteer in Firefox');
    const page = await driver.open(`${server.origin}/auto/article.html`);
    const domBefore = await page.evaluate<string>(DOM_SNAPSHOT);
    await annotateViaHook(page);
    await page.waitFor(`${HIGHLIGHT_COUNT} > 0`);
    await driver.evaluateInBackground!(`chrome.runtime.reload()`).catch(() => undefined);
    // The orphaned script notices (its runtime is gone) and takes its marks away; the page is as it was.
    // (Annotating again after the reload is covered by update.test.ts, which runs Chromium in developer mode.)
    await page.waitFor(`${HIGHLIGHT_COUNT} === 0`, 15_000);
    expect(await page.evaluate<string[]>(`[...CSS.highlights.keys()].filter((n) => n.startsWith('pm-'))`)).toEqual([]);
    expect(await page.evaluate<string>(DOM_SNAPSHOT)).toBe(domBefore);
    await page.close();
  });
});
