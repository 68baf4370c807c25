import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { LAUNCHERS, type Driver, type TestPage } from './harness/browsers';
import { annotateViaHook, HIGHLIGHT_COUNT, LISTEN_REPORTS, reportCount, waitForReport, type StateReport, warmUp } from './harness/page-probes';
import { ROOT } from './harness/paths';
import { startServer, type PageServer } from './harness/server';

// Pages that change under the marks: an article that renders late, "load more", and an in-site
// (history API) navigation to another article and back. The marks follow the page, the old
// article's marks never stay on the new one, and our own hover card never counts as a change.

const BAGRAM = fs
  .readFileSync(path.join(ROOT, 'tests/fixtures/bagram-article.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

// A second article, written for this test.
const COUNCIL = [
  'Riverside Council Approves New Bridge After Years Of Debate',
  'The Riverside town council voted on Tuesday to build a new footbridge across the Alder River, ending a dispute that has divided residents for almost a decade.',
  '"This bridge will connect two halves of our town that have been apart for too long," said Mayor Helen Brandt after the vote, which passed seven to two.',
  'Opponents had argued that the cost, estimated at four million dollars, would strain the budget. Councillor Tomas Reyes, who voted against the plan, told reporters that the money should have gone to the schools first.',
  'Construction is expected to begin in the spring and to last about eighteen months, according to the Riverside Planning Department.',
  'Local shop owners near the river welcomed the decision. "People will finally walk to our street instead of driving around," said baker Lena Fischer.',
];

// More paragraphs for "load more", written for this test.
const MORE = [
  'Later that evening, hundreds of residents gathered in the old market square to hear the plans presented in detail by the city engineers.',
  '"We expect the first beams to arrive in March," said engineer Margaret Okafor, who leads the project for the Riverside Planning Department.',
];

function pageHtml(): string {
  const data = JSON.stringify({ a: BAGRAM, b: COUNCIL, more: MORE });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dynamic news</title>
<style>body { font: 16px/1.5 serif; max-width: 720px; margin: 0 auto; } nav a { margin-right: 8px; }</style></head>
<body><header><nav><a href="/">Home</a><a href="/world">World</a></nav></header><main id="app"></main>
<script>
const DATA = ${data};
function render(id) {
  const app = document.getElementById('app');
  const art = document.createElement('article');
  art.id = 'article-' + id;
  const [title, ...paras] = DATA[id];
  const h1 = document.createElement('h1');
  h1.textContent = title;
  art.append(h1);
  for (const t of paras) { const p = document.createElement('p'); p.textContent = t; art.append(p); }
  app.replaceChildren(art);
}
window.loadMore = () => {
  const art = document.querySelector('article');
  for (const t of DATA.more) { const p = document.createElement('p'); p.className = 'loaded'; p.textContent = t; art.append(p); }
};
// An ad slot filling in inside the article: the DOM changes, the article's text does not.
window.fillAd = () => { const d = document.createElement('div'); d.className = 'ad-slot'; d.append(document.createElement('img')); document.querySelector('article').append(d); };
window.go = (id) => { history.pushState({ id }, '', '/spa/' + id); render(id); };
// A fragment change fires popstate too: only a page that shows an article routes on it.
addEventListener('popstate', (e) => { if (document.querySelector('article')) render((e.state && e.state.id) || 'a'); });
// ?late: the article appears only when the test calls renderNow() (as after a slow fetch).
window.renderNow = () => render('a');
if (!new URLSearchParams(location.search).has('late')) render('a');
</script></body></html>`;
}

// Where every painted range starts: inside which element id (the article's, or "more").
const RANGE_HOMES = `(() => {
  const homes = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('pm-') || name === 'pm-focus') continue;
    for (const r of h) {
      const el = r.startContainer.parentElement;
      homes.push(!r.startContainer.isConnected ? 'detached' : el.closest('.loaded') ? 'more' : el.closest('article') ? el.closest('article').id : 'elsewhere');
    }
  }
  return homes;
})()`;

function spanText(report: StateReport): string {
  return Object.values(report.spans ?? {})
    .flat()
    .join(' | ');
}

let server: PageServer;
beforeAll(async () => {
  server = await startServer(path.join(ROOT, 'tests/fixtures'));
  server.add('/spa/a', pageHtml());
});
afterAll(async () => {
  await server?.close();
});

describe.each(['chromium', 'firefox'] as const)('%s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await LAUNCHERS[name]();
    await warmUp(driver, `${server.origin}/no-article.html`);
  });
  afterAll(async () => {
    await driver?.close();
  });

  async function annotated(url: string): Promise<{ page: TestPage; first: StateReport }> {
    const page = await driver.open(url);
    const first = await annotateViaHook(page);
    expect(first.state).toBe('annotated');
    await page.waitFor(`${HIGHLIGHT_COUNT} > 0`);
    return { page, first };
  }

  test('"load more": the new paragraphs get marks, and the marks already there stay anchored', async () => {
    const { page, first } = await annotated(`${server.origin}/spa/a`);
    const n = await reportCount(page);
    await page.evaluate(`loadMore()`);
    const after = await waitForReport(page, n + 1);
    expect(after.state).toBe('annotated');
    expect(after.report?.trigger).toBe('change');
    expect(after.words!).toBeGreaterThan(first.words!);
    const homes = await page.evaluate<string[]>(RANGE_HOMES);
    expect(homes).toContain('more');
    expect(homes.every((h) => h === 'article-a' || h === 'more')).toBe(true);
    await page.close();
  });

  test('a change that leaves the article text as it was re-anchors the marks without running the core again', async () => {
    const { page } = await annotated(`${server.origin}/spa/a`);
    const n = await reportCount(page);
    await page.evaluate(`fillAd()`);
    const after = await waitForReport(page, n + 1);
    expect(after.report?.trigger).toBe('change');
    expect(after.report?.coreMs).toBe(0);
    expect(await page.evaluate<number>(HIGHLIGHT_COUNT)).toBeGreaterThan(0);
    await page.close();
  });

  test('in-site navigation: the old marks go at once, the new article is annotated, and back again', async () => {
    const { page } = await annotated(`${server.origin}/spa/a`);
    const n = await reportCount(page);
    // Right after the route change (one task later) no mark of the old article is left.
    const left = await page.evaluate<number>(`(async () => { go('b'); await new Promise((r) => setTimeout(r, 0)); return ${HIGHLIGHT_COUNT}; })()`);
    expect(left).toBe(0);
    const onB = await waitForReport(page, n + 1);
    expect(onB.report?.trigger).toBe('navigation');
    expect(spanText(onB)).not.toMatch(/Bagram|Afghan|NATO/);
    expect(spanText(onB)).toMatch(/bridge|Brandt|Riverside/);
    const homes = await page.evaluate<string[]>(RANGE_HOMES);
    expect(homes.length).toBeGreaterThan(0);
    expect(homes.every((h) => h === 'article-b')).toBe(true);
    await page.evaluate(`history.back()`);
    const back = await waitForReport(page, n + 2);
    expect(back.report?.trigger).toBe('navigation');
    expect(spanText(back)).toMatch(/Bagram|Afghan|NATO/);
    expect((await page.evaluate<string[]>(RANGE_HOMES)).every((h) => h === 'article-a')).toBe(true);
    await page.close();
  });

  test('an article that renders late is found when it appears', async () => {
    const page = await driver.open(`${server.origin}/spa/a?late`);
    const first = await annotateViaHook(page);
    expect(first.state).toBe('no-article');
    const n = await reportCount(page);
    await page.evaluate(`renderNow()`);
    const later = await waitForReport(page, n + 1);
    expect(later.state).toBe('annotated');
    expect(later.report?.trigger).toBe('change');
    expect(await page.evaluate<number>(HIGHLIGHT_COUNT)).toBeGreaterThan(0);
    await page.close();
  });

  test('our own work (hover card, focus) never counts as a page change', async () => {
    const { page } = await annotated(`${server.origin}/spa/a`);
    await page.evaluate(LISTEN_REPORTS);
    const n = await reportCount(page);
    const point = await page.evaluate<{ x: number; y: number }>(`(() => {
      const r = [...CSS.highlights.get('pm-quote')][0].getClientRects()[0];
      return { x: r.left + 4, y: r.top + r.height / 2 };
    })()`);
    await page.mouseMove(point.x, point.y);
    await page.waitFor(`!!document.querySelector('pressmark-card')`);
    await page.mouseMove(2, 2);
    await page.waitFor(`!document.querySelector('pressmark-card')`);
    // Longer than the watcher's quiet time: a reaction to the card would have reported by now.
    await new Promise((r) => setTimeout(r, 1200));
    expect(await reportCount(page)).toBe(n);
    await page.close();
  });
});
