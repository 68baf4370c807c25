import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Page as PwPage, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromiumSession, type ChromiumSession, type TestPage } from './harness/browsers';
import { devPageIds, devPagesDir } from './harness/dev-pages';
import { HIGHLIGHT_COUNT, LISTEN_REPORTS, reportCount, waitForReport } from './harness/page-probes';
import { artifact, ROOT } from './harness/paths';
import { startServer, type PageServer } from './harness/server';

// No network (issue 8): across a whole run in Chromium (pages annotated, the popup used, the hover
// card shown, options changed, pathological and real news pages), the extension's own contexts
// issue zero network requests. Every request of the browser context is recorded and sorted:
//   - a URL of the extension itself (chrome-extension:), or data: / blob: / about:, is no network;
//   - a request of the extension's service worker, or from a frame of an extension page (popup,
//     options), is the extension's;
//   - a request from a web page's frame is the page's own when it is a navigation (the test opened
//     the page, or the page its iframe) or a URL the page's HTML names (its images, styles, frames);
//     anything else there was added by someone else on the page: the content script.
// Controls first show that the recorder catches each of the extension's contexts.

const made = (await import(new URL(`file://${path.join(ROOT, 'scripts/make-pathological-pages.mjs')}`).href)).makePathologicalPages() as {
  pages: { name: string; route: string; html: string; headers?: Record<string, string> }[];
  resources: { route: string; html: string }[];
};

interface Seen {
  url: string;
  type: string;
  navigation: boolean;
  frameUrl: string | null;
  workerUrl: string | null;
}

let server: PageServer;
let session: ChromiumSession;
const seen: Seen[] = [];
/** What each served document's HTML names, by document URL (no fragment). */
const named = new Map<string, Set<string>>();
/** URLs the controls asked for on purpose. */
const canaries = new Set<string>();

function record(r: Request): void {
  let frameUrl: string | null = null;
  try {
    frameUrl = r.frame().url();
  } catch {
    // A worker's request has no frame.
  }
  seen.push({ url: r.url(), type: r.resourceType(), navigation: r.isNavigationRequest(), frameUrl, workerUrl: r.serviceWorker()?.url() ?? null });
}

const noFragment = (u: string): string => u.replace(/#.*$/, '');

/** Every URL an HTML document names in an attribute or a style, resolved against it. */
function urlsNamedBy(html: string, docUrl: string): Set<string> {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const base = document.querySelector('base[href]')?.getAttribute('href');
  let baseUrl = docUrl;
  try {
    if (base) baseUrl = new URL(base, docUrl).href;
  } catch {
    // A broken <base> leaves the document's own address.
  }
  const out = new Set<string>();
  const add = (raw: string | null | undefined): void => {
    if (!raw) return;
    try {
      out.add(noFragment(new URL(raw.trim(), baseUrl).href));
    } catch {
      // Not a URL.
    }
  };
  for (const el of document.querySelectorAll('*')) {
    for (const attr of ['src', 'href', 'xlink:href', 'poster', 'data', 'background', 'action']) add(el.getAttribute(attr));
    for (const attr of ['srcset', 'imagesrcset']) for (const part of (el.getAttribute(attr) ?? '').split(',')) add(part.trim().split(/\s+/)[0]);
    for (const m of (el.getAttribute('style') ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g)) add(m[1]);
  }
  for (const style of document.querySelectorAll('style')) for (const m of (style.textContent ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g)) add(m[1]);
  return out;
}

/** Serves a page on the test server and remembers what its HTML names. */
function serve(route: string, html: string, headers?: Record<string, string>): string {
  server.add(route, html, 'text/html; charset=utf-8', headers);
  const url = `${server.origin}${route}`;
  named.set(url, urlsNamedBy(html, url));
  return url;
}

/** Why a request is the extension's own network request, or null when it is not. */
function extensionRequest(r: Seen): string | null {
  if (/^(?:chrome-extension|data|blob|about):/i.test(r.url)) return null;
  if (r.workerUrl !== null) return r.workerUrl.startsWith('chrome-extension://') ? 'from the service worker' : null;
  if (r.frameUrl?.startsWith('chrome-extension://')) return `from the extension page ${r.frameUrl}`;
  if (r.navigation) return null;
  const own = r.frameUrl ? named.get(noFragment(r.frameUrl)) : undefined;
  if (own?.has(noFragment(r.url))) return null;
  return `from the web page ${r.frameUrl ?? '(no frame)'} but not named by it: the content script`;
}

async function tabIdOf(url: string): Promise<number> {
  const sw = await session.worker();
  const id = (await sw.evaluate(`chrome.tabs.query({}).then((tabs) => tabs.find((t) => (t.url || '').startsWith(${JSON.stringify(url)}))?.id ?? -1)`)) as number;
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

async function openPopup(tabId: number): Promise<{ pw: PwPage; popup: TestPage }> {
  const pw = await session.context.newPage();
  await pw.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  const popup = session.wrap(pw);
  await popup.waitFor(`!!document.querySelector('[data-testid="state-annotated"], [data-testid="state-no-article"], [data-testid="state-error"]')`, 60_000);
  return { pw, popup };
}

/** Opens a page, annotates it as the toolbar button does, uses the popup and the hover card. */
async function useThePage(url: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<void> {
  const pw = await session.context.newPage();
  await pw.goto(url, { waitUntil, timeout: 60_000 });
  const page = session.wrap(pw);
  await page.evaluate(LISTEN_REPORTS);
  const before = await reportCount(page);
  await page.evaluate(`location.hash = 'pm-e2e-annotate'`);
  await waitForReport(page, before + 1, 60_000);
  if ((await page.evaluate<number>(HIGHLIGHT_COUNT)) > 0) {
    // Hover the first highlight for the card.
    const box = await page.evaluate<{ x: number; y: number } | null>(`(() => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('pm-')) continue;
        for (const r of h) { r.startContainer.parentElement?.scrollIntoView({ block: 'center' }); const b = r.getBoundingClientRect(); if (b.width) return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; }
      }
      return null;
    })()`);
    if (box) await page.mouseMove(box.x, box.y);
    await new Promise((r) => setTimeout(r, 400));
  }
  const { pw: popupPw, popup } = await openPopup(await tabIdOf(url));
  for (const href of ['#sources', '#quotes', '#names', '#summary']) {
    const link = await popup.evaluate<boolean>(`!!document.querySelector('a[href="${href}"]')`);
    if (link) await popup.click(`a[href="${href}"]`);
  }
  if (await popup.evaluate<boolean>(`!!document.querySelector('[data-testid="entity"]')`)) await popup.click('[data-testid="entity"]');
  await new Promise((r) => setTimeout(r, 300));
  await popupPw.close();
  await pw.close();
}

beforeAll(async () => {
  server = await startServer(path.join(ROOT, 'tests/fixtures'));
  session = await launchChromiumSession();
  session.context.on('request', record);
});

afterAll(async () => {
  fs.writeFileSync(artifact('network-requests.json'), JSON.stringify(seen.map((r) => ({ ...r, extension: extensionRequest(r) })), null, 2));
  await session?.close();
  await server?.close();
});

describe('chromium: the extension makes no network request of its own', () => {
  test('controls: the recorder sees the service worker, an extension page and a script injected into a page', async () => {
    const url = serve('/net/control.html', fs.readFileSync(path.join(ROOT, 'tests/fixtures/bagram-bare.html'), 'utf8'));
    const pw = await session.context.newPage();
    await pw.goto(url);
    const tabId = await tabIdOf(url);
    const sw = await session.worker();
    // The worker's own request: its CSP (connect-src 'none') stops any fetch, so the control is the
    // packaged script it imports again, which must be seen as the worker's and be no network.
    const workerBefore = seen.filter((r) => r.workerUrl?.startsWith('chrome-extension://')).length;
    expect(await sw.evaluate(`(() => { try { importScripts('models.js'); return 'ok'; } catch (e) { return String(e); } })()`)).toBe('ok');
    // An extension page's image request, and an injected script's fetch and image in the web page.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    for (const c of ['/canary/popup-image', '/canary/script-fetch', '/canary/script-image']) canaries.add(`${server.origin}${c}`);
    await popup.evaluate(`new Image().src = ${JSON.stringify(`${server.origin}/canary/popup-image`)}`);
    await sw.evaluate(
      `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: (o) => { fetch(o + '/canary/script-fetch').catch(() => 0); new Image().src = o + '/canary/script-image'; }, args: [${JSON.stringify(server.origin)}] })`,
    );
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && [...canaries].some((c) => !seen.some((r) => r.url === c))) await new Promise((r) => setTimeout(r, 100));
    const found = Object.fromEntries([...canaries].map((c) => [c.slice(server.origin.length), seen.filter((r) => r.url === c).map(extensionRequest)]));
    expect(found).toEqual({
      '/canary/popup-image': [expect.stringMatching(/extension page/)],
      '/canary/script-fetch': [expect.stringMatching(/content script/)],
      '/canary/script-image': [expect.stringMatching(/content script/)],
    });
    const workerSeen = seen.filter((r) => r.workerUrl?.startsWith('chrome-extension://')).slice(workerBefore);
    expect(workerSeen.map((r) => [new URL(r.url).pathname, extensionRequest(r)]), 'the worker\'s import is seen, and is no network').toContainEqual(['/models.js', null]);
    // The page's own requests are not the extension's.
    expect(seen.filter((r) => (r.frameUrl === url || r.url === url) && !canaries.has(r.url)).map(extensionRequest).filter(Boolean)).toEqual([]);
    await popup.close();
    await pw.close();
  });

  test('a whole run: fixtures, popup, hover card, options, pathological and real news pages', async () => {
    for (const f of ['bagram-rich.html', 'bagram-bare.html', 'no-article.html']) await useThePage(serve(`/net/${f}`, fs.readFileSync(path.join(ROOT, 'tests/fixtures', f), 'utf8')));
    for (const r of made.resources) serve(r.route, r.html);
    for (const p of made.pages.filter((x) => ['10k-quotes', 'shadow-root', 'iframe', 'rtl', 'german', 'csp-strict'].includes(x.name))) await useThePage(serve(p.route, p.html, p.headers));
    // Real news pages, served as saved: scripts off (a page script's requests would be named by no
    // HTML), everything else on, so their images and styles are requested from the closed network:
    // the page's own requests, which fail.
    const dir = devPagesDir();
    if (dir) {
      for (const id of devPageIds(6)) {
        const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, id, 'page.html.gz'))).toString('utf8');
        await useThePage(serve(`/net/dev/${id}.html`, html, { 'content-security-policy': "script-src 'none'" }), 'domcontentloaded');
      }
    }
    // The options page: change a setting and put it back.
    const opts = await session.context.newPage();
    await opts.goto(`chrome-extension://${session.extensionId}/options.html`);
    const options = session.wrap(opts);
    await options.waitFor(`!!document.querySelector('[data-testid="options"]')`);
    if (await options.evaluate<boolean>(`!!document.querySelector('[data-testid="on-device"]')`)) {
      await options.click('[data-testid="on-device"]');
      await new Promise((r) => setTimeout(r, 300));
      await options.click('[data-testid="on-device"]');
    }
    await new Promise((r) => setTimeout(r, 500));
    await opts.close();
    expect(seen.length).toBeGreaterThan(20);
  });

  test('across the run, the extension\'s own contexts issued zero network requests', () => {
    const own = seen
      .filter((r) => !canaries.has(r.url))
      .map((r) => ({ url: r.url, type: r.type, why: extensionRequest(r) }))
      .filter((r) => r.why !== null);
    expect(own).toEqual([]);
  });
});
