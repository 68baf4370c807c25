import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { launchChromiumSession, type ChromiumSession, type TestPage } from './harness/browsers';
import { HIGHLIGHT_COUNT, LISTEN_REPORTS, reportCount, waitForReport, type StateReport } from './harness/page-probes';
import { artifact, ROOT } from './harness/paths';
import { startServer, type PageServer } from './harness/server';

// Pathological pages in real Chromium (issue 8): each page, made at test time by
// scripts/make-pathological-pages.mjs, is annotated as the toolbar button does, and from the moment
// the reader asks no task on the page's main thread may run over 100 ms; the popup then shows
// either highlights on the page or a clear message (no article, with its reason, or a notice).
//
// How tasks are measured, and why not with the PerformanceObserver alone: a 'longtask' observer is
// registered before each page loads (an init script), but Chromium reports no longtask (nor
// long-animation-frame) entry for work that reaches the page from the extension over IPC (an
// injected script, a runtime message handler), though it holds the same thread; the control test
// shows both facts. So each page is also traced (CDP Tracing, the renderer's RunTask events), and a
// task's time is its thread time: the machines here share 2 cores between several engineers, and
// the wall time of one task varied 2-3 times with their load (a 250 ms busy loop measured 93 ms of
// thread time), so wall time says more about the neighbours than about the extension. Wall times
// and the observer's entries are kept in tests/artifacts/pathological-summary.json.

interface PathologicalPage {
  name: string;
  route: string;
  html: string;
  headers?: Record<string, string>;
  what: string;
}
interface Made {
  pages: PathologicalPage[];
  resources: { route: string; html: string }[];
}

const LONG_TASK_LIMIT_MS = 100;
// Known shortfalls of issue 8, listed by name so each exception is visible and is removed once fixed:
// on these pages one task still goes over the bar, so it is printed and recorded, not asserted. None
// now: the 50k-element page's full style recalculation (150-200 ms) and the 5 MB page's 78-112 ms
// task came from universal ::highlight() rules inserted before detection; the styles are now
// inserted on the article's element only (src/background/highlight-css.ts).
const KNOWN_STYLE_RECALC = new Set<string>([]);
// Long tasks the page's own loading and layout cause are not ours: the page is left this long to settle.
const SETTLE_MS = 1500;
// After the content script reports, painting may go on in slices: this long is still counted.
const AFTER_REPORT_MS = 2000;

// Runs in the page's main world before any of its scripts (and whatever its CSP says).
const LONG_TASK_OBSERVER = `(() => {
  window.__pmLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__pmLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    window.__pmLongTaskError = String(e);
  }
})();`;

const made: Made = (await import(pathToUrl(path.join(ROOT, 'scripts/make-pathological-pages.mjs')))).makePathologicalPages() as Made;

function pathToUrl(p: string): string {
  return new URL(`file://${p}`).href;
}

let server: PageServer;
let session: ChromiumSession;
const summary: Record<string, unknown> = {};

beforeAll(async () => {
  server = await startServer(path.join(ROOT, 'tests/fixtures'));
  for (const p of made.pages) server.add(p.route, p.html, 'text/html; charset=utf-8', p.headers);
  for (const r of made.resources) server.add(r.route, r.html);
  session = await launchChromiumSession();
  await session.context.addInitScript({ content: LONG_TASK_OBSERVER });
});

afterAll(async () => {
  fs.writeFileSync(artifact('pathological-summary.json'), JSON.stringify(summary, null, 2));
  await session?.close();
  await server?.close();
});

/** The browser's id of the tab showing `url`, asked of the extension's service worker. */
async function tabIdOf(url: string): Promise<number> {
  const sw = await session.worker();
  const id = (await sw.evaluate(`chrome.tabs.query({}).then((tabs) => tabs.find((t) => (t.url || '').startsWith(${JSON.stringify(url)}))?.id ?? -1)`)) as number;
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The observer's long tasks on the page since `since` (page clock). */
async function longTasksSince(page: TestPage, since: number): Promise<Held[]> {
  return page.evaluate(`(window.__pmLongTasks || []).filter((t) => t.start >= ${since})`);
}

interface Held {
  start: number;
  duration: number;
}

/** One task of the page's main thread, from the trace: wall and thread time in ms. */
interface TracedTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { url?: string; processId?: number }[] } };
}

/** Runs `work` while tracing the browser, and returns the tasks of the main thread of the page at `url`. */
async function traceTasks<T>(pw: PwPage, url: string, work: () => Promise<T>): Promise<{ result: T; tasks: TracedTask[] }> {
  const cdp = await session.context.newCDPSession(pw);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => events.push(...(e.value as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    result = await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  const pid = frames.find((f) => f.url?.startsWith(url))?.processId;
  const main = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (pid === undefined || !main) throw new Error(`the trace has no main thread for ${url}`);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.tid === main.tid)
    .map((e) => ({ wallMs: Math.round((e.dur ?? 0) / 100) / 10, cpuMs: Math.round((e.tdur ?? e.dur ?? 0) / 100) / 10 }));
  return { result, tasks };
}

const round = (held: Held[]): number[] => held.map((h) => Math.round(h.duration));
const top = (tasks: TracedTask[], key: keyof TracedTask, n = 5): number[] => tasks.map((t) => t[key]).sort((a, b) => b - a).slice(0, n);

/** Asks for annotation as the toolbar button does (the e2e build's URL hook) and waits for the report. */
async function annotate(page: TestPage, timeoutMs: number): Promise<StateReport> {
  await page.evaluate(LISTEN_REPORTS);
  const before = await reportCount(page);
  await page.evaluate(`location.hash = 'pm-e2e-annotate'`);
  return waitForReport(page, before + 1, timeoutMs);
}

const POPUP_DONE = `(() => {
  for (const id of ['state-annotated', 'state-no-article', 'state-error', 'state-restricted']) if (document.querySelector('[data-testid="' + id + '"]')) return id;
  return '';
})()`;

describe('chromium: pathological pages', () => {
  test('controls: a page task is seen by the observer and the trace; the extension\'s injected task by the trace only', async () => {
    const pw = await session.context.newPage();
    const url = `${server.origin}/bagram-rich.html`;
    await pw.goto(url);
    const page = session.wrap(pw);
    await new Promise((r) => setTimeout(r, 300));
    const mark = await page.evaluate<number>('performance.now()');
    const tabId = await tabIdOf(url);
    const sw = await session.worker();
    const { tasks } = await traceTasks(pw, url, async () => {
      // A page script's long task (a timer task of the main world) …
      await page.evaluate(`setTimeout(() => { const end = performance.now() + 250; while (performance.now() < end) {} }, 0)`);
      await page.waitFor(`(window.__pmLongTasks || []).some((t) => t.start >= ${mark} && t.duration >= 200)`, 5000);
      // … and the extension's: a script run in its isolated world, as the content script is.
      await sw.evaluate(`chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => { const end = performance.now() + 250; while (performance.now() < end) {} } })`);
      await new Promise((r) => setTimeout(r, 500));
    });
    const observed = (await longTasksSince(page, mark)).filter((t) => t.duration >= 200);
    expect(observed, 'the observer sees the page task only').toHaveLength(1);
    expect(tasks.filter((t) => t.wallMs >= 240), 'the trace sees both').toHaveLength(2);
    expect(await page.evaluate('window.__pmLongTaskError || null')).toBeNull();
    await pw.close();
  });

  test.each(made.pages.map((p) => [p.name, p] as const))('%s: no long task over 100 ms, and highlights or a clear message', async (name, spec) => {
    const pw = await session.context.newPage();
    const url = `${server.origin}${spec.route}`;
    await pw.goto(url, { timeout: 60_000 });
    const page = session.wrap(pw);
    if (name === '50k-elements') expect(await page.evaluate<number>(`document.getElementsByTagName('*').length`)).toBeGreaterThanOrEqual(50_000);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const mark = await page.evaluate<number>('performance.now()');

    let reportError: string | null = null;
    const { result: report, tasks } = await traceTasks(pw, url, async () => {
      let r: StateReport | null = null;
      try {
        r = await annotate(page, 60_000);
      } catch (e) {
        reportError = String(e);
      }
      // Painting may go on in slices after the report: that time counts too.
      await new Promise((resolve) => setTimeout(resolve, AFTER_REPORT_MS));
      return r;
    });
    const observed = await longTasksSince(page, mark);
    const highlights = await page.evaluate<number>(HIGHLIGHT_COUNT);
    await page.screenshot(artifact(`pathological-${name}-page.png`));

    // The popup for the tab, as the reader would open it.
    const tabId = await tabIdOf(url);
    const popupPw = await session.context.newPage();
    await popupPw.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const popup = session.wrap(popupPw);
    await popup.setViewport(420, 700);
    await popup.waitFor(`${POPUP_DONE} !== ''`, 60_000);
    const popupState = await popup.evaluate<string>(POPUP_DONE);
    const notices = await popup.evaluate<{ code: string; text: string }[]>(
      `[...document.querySelectorAll('[data-testid="notice"]')].map((n) => ({ code: [...n.classList].find((c) => c.startsWith('notice-'))?.slice(7) ?? '', text: n.textContent }))`,
    );
    const reason = await popup.evaluate<string>(`document.querySelector('[data-testid="no-article-reason"]')?.textContent ?? ''`);
    await popup.screenshot(artifact(`pathological-${name}-popup.png`));

    summary[name] = {
      what: spec.what,
      reportState: report?.state ?? null,
      reportError,
      longestSliceMs: report?.report?.longestSliceMs ?? null,
      timings: report?.report ?? null,
      tracedTasks: tasks.length,
      longestCpuMs: top(tasks, 'cpuMs'),
      longestWallMs: top(tasks, 'wallMs'),
      observerLongTasksMs: round(observed),
      highlights,
      popupState,
      notices,
      reason,
    };
    await popupPw.close();
    await pw.close();

    expect(reportError, 'the content script reported what it did').toBeNull();
    expect(tasks.length, 'the trace recorded the page\'s tasks').toBeGreaterThan(0);
    if (KNOWN_STYLE_RECALC.has(name)) {
      // Known shortfall (see KNOWN_STYLE_RECALC): not asserted until fixed; the figures are printed and
      // kept in tests/artifacts/pathological-summary.json.
      console.warn(`${name}: longest page tasks ${top(tasks, 'cpuMs').join(', ')} ms thread time, longest slice ${report?.report?.longestSliceMs ?? '?'} ms (known, issue 8)`);
    } else {
      expect(tasks.filter((t) => t.cpuMs > LONG_TASK_LIMIT_MS), 'tasks of the page\'s thread over 100 ms (thread time) after the reader asked').toEqual([]);
    }
    expect(popupState, 'the popup ends in a clear state').not.toBe('state-error');
    if (popupState === 'state-no-article') expect(reason.trim().length, 'no article: the popup says why').toBeGreaterThan(10);
    else expect(highlights > 0 || notices.length > 0, 'annotated: highlights on the page, or a notice in the popup').toBe(true);
    // What each page must say when it is annotated.
    if (name === '5mb-article') expect(notices.map((n) => n.code)).toContain('truncated');
    if ((name === 'rtl' || name === 'german') && popupState === 'state-annotated') expect(notices.map((n) => n.code)).toContain('unsupported-language');
  });
});
