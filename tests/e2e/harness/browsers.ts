import fs from 'node:fs';
import { chromium, type BrowserContext, type Page as PwPage, type Worker as PwWorker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { BROWSERS, EXTENSION, tempDir } from './paths';

/**
 * One driver interface over both browsers, so each e2e test is written once and run in real
 * Chromium (playwright-core) and real Firefox ESR (puppeteer-core over WebDriver BiDi).
 */
export interface Driver {
  name: 'chromium' | 'firefox';
  /** Opens a page and returns a handle. */
  open(url: string): Promise<TestPage>;
  /** Opens the page, then the extension popup as a tab for it (`popup.html?tab=ID`). */
  openWithPopup(url: string): Promise<{ page: TestPage; popup: TestPage }>;
  /** Chromium only: evaluates an expression in the extension's service worker (null elsewhere). */
  evaluateInBackground?(fn: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The few page operations the tests need, same in both browsers. */
export interface TestPage {
  url(): string;
  evaluate<T>(fn: string): Promise<T>;
  waitFor(fn: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Moves the mouse pointer to a point of the viewport (CSS pixels). */
  mouseMove(x: number, y: number): Promise<void>;
  /** Navigates to a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

const POPUP_HOOK = '#pm-e2e-popup';

// Polls an expression with evaluate (not waitForFunction: extension pages forbid the eval it uses).
async function poll(evaluate: () => Promise<unknown>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await evaluate()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

function wrapPw(page: PwPage): TestPage {
  return {
    url: () => page.url(),
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    waitFor: (fn, timeoutMs) => poll(() => page.evaluate(fn), fn, timeoutMs),
    click: (selector) => page.click(selector),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    setColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    mouseMove: (x, y) => page.mouse.move(x, y),
    goto: async (url) => {
      await page.goto(url);
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function wrapPp(page: PpPage): TestPage {
  return {
    url: () => page.url(),
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    waitFor: (fn, timeoutMs) => poll(() => page.evaluate(fn), fn, timeoutMs),
    click: (selector) => page.click(selector),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    setColorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    mouseMove: (x, y) => page.mouse.move(x, y),
    goto: async (url) => {
      await page.goto(url);
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Debian's Chromium, headless, with the e2e build loaded and the closed network left alone. */
async function launchChromiumContext(profile: string): Promise<BrowserContext> {
  const ext = EXTENSION.chrome;
  if (!fs.existsSync(ext)) throw new Error('dist-e2e/chrome is missing: run `node build.mjs --e2e`');
  return chromium.launchPersistentContext(profile, {
    executablePath: BROWSERS.chromium,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Launches Debian's Chromium with the e2e build of the extension loaded. */
export async function launchChromium(): Promise<Driver> {
  const ctx = await launchChromiumContext(tempDir('chromium-'));
  if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  return {
    name: 'chromium',
    open: async (url) => {
      const page = await ctx.newPage();
      await page.goto(url);
      return wrapPw(page);
    },
    openWithPopup: async (url) => {
      // Chromium can open extension pages directly: find the page's tab id from the service worker
      // and open popup.html?tab=ID, instead of the #pm-e2e-popup hook, whose tabs.onUpdated event a
      // just-installed worker may miss while it is still loading the models.
      const page = await ctx.newPage();
      await page.goto(url);
      const pageUrl = page.url();
      let tabId: number | null = null;
      for (let i = 0; i < 50 && tabId === null; i++) {
        const sw = ctx.serviceWorkers().at(-1) ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
        tabId = await sw
          .evaluate(async (u: string) => {
            const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
            return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
          }, pageUrl)
          .catch(() => null);
        if (tabId === null) await new Promise((r) => setTimeout(r, 200));
      }
      if (tabId === null) throw new Error(`no tab found for ${pageUrl}`);
      const extensionId = new URL(ctx.serviceWorkers().at(-1)!.url()).host;
      const popup = await ctx.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return { page: wrapPw(page), popup: wrapPw(popup) };
    },
    evaluateInBackground: async (fn) => {
      // After an extension reload the worker is a new one: always ask for the current worker.
      const sw = ctx.serviceWorkers().at(-1) ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
      return sw.evaluate(fn);
    },
    close: () => ctx.close(),
  };
}

/** Launches Debian's Firefox ESR with the e2e build installed as a temporary add-on. */
export async function launchFirefox(): Promise<Driver> {
  const ext = EXTENSION.firefox;
  if (!fs.existsSync(ext)) throw new Error('dist-e2e/firefox is missing: run `node build.mjs --e2e`');
  process.env.TMPDIR = tempDir('firefox-');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSERS.firefox,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Firefox would otherwise try the closed network for updates, telemetry and safe browsing.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(ext);
  return {
    name: 'firefox',
    open: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return wrapPp(page);
    },
    openWithPopup: async (url) => {
      const page = await browser.newPage();
      const before = new Set(await browser.pages());
      await page.goto(url + POPUP_HOOK);
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        for (const p of await browser.pages()) {
          if (before.has(p)) continue;
          const href = await p.evaluate('location.href').catch(() => '');
          if (typeof href === 'string' && href.includes('/popup.html?tab=')) return { page: wrapPp(page), popup: wrapPp(p) };
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error('the popup tab did not open in Firefox');
    },
    close: () => browser.close(),
  };
}

/** The launchers by name, for test.each over both browsers. */
export const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox } as const;

/**
 * Chromium with the e2e extension as a raw playwright context, for the Chromium-only hardening tests
 * that need what the Driver hides: init scripts before a page loads, every request of the context,
 * and the extension's service worker (which is a new one after an extension reload).
 */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's current service worker. */
  worker(): Promise<PwWorker>;
  /** The tests' TestPage over a playwright page. */
  wrap(page: PwPage): TestPage;
  close(): Promise<void>;
}

/**
 * Launches Chromium as launchChromium does and returns the raw session. `developerMode` switches on
 * chrome://extensions' developer mode in the new profile: without it Chromium disables an unpacked
 * extension that reloads itself (chrome.runtime.reload) instead of reloading it.
 */
export async function launchChromiumSession(options: { developerMode?: boolean } = {}): Promise<ChromiumSession> {
  const profile = tempDir('chromium-');
  if (options.developerMode) {
    fs.mkdirSync(`${profile}/Default`, { recursive: true });
    fs.writeFileSync(`${profile}/Default/Preferences`, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const context = await launchChromiumContext(profile);
  const worker = async (): Promise<PwWorker> => {
    const live = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
    return live.at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = new URL((await worker()).url()).host;
  return { context, extensionId, worker, wrap: wrapPw, close: () => context.close() };
}
