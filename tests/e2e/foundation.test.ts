import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import { LAUNCHERS, type Driver } from './harness/browsers';
import { artifact, ROOT } from './harness/paths';
import { startServer, type PageServer } from './harness/server';

// The whole pipeline in real browsers: content script finds the article and paints highlights, the
// popup (opened as popup.html?tab=ID) shows headline and publisher, and a page without an article
// gets its clear state.
let server: PageServer;
beforeAll(async () => {
  server = await startServer(path.join(ROOT, 'tests/fixtures'));
});
afterAll(async () => {
  await server?.close();
});

const HIGHLIGHT_COUNT = `(() => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('pm-')) n += h.size; return n; })()`;

describe.each(['chromium', 'firefox'] as const)('%s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await LAUNCHERS[name]();
  });
  afterAll(async () => {
    await driver?.close();
  });

  test.each(['bagram-rich.html', 'bagram-bare.html'])('annotates %s: highlights painted, popup shows headline and publisher', async (file) => {
    const { page, popup } = await driver.openWithPopup(`${server.origin}/${file}`);
    await popup.waitFor(`!!document.querySelector('[data-testid="state-annotated"]')`);
    expect(await popup.evaluate<string>(`document.querySelector('[data-testid="headline"]').textContent`)).toBe(
      'Last US And NATO Forces Leave Bagram Airbase In Afghanistan',
    );
    expect(await popup.evaluate<string>(`document.querySelector('[data-testid="publisher"]').textContent`)).toBe('Latin Times');
    await popup.setViewport(420, 600);
    await popup.screenshot(artifact(`${name}-popup-${file.replace('.html', '')}.png`));
    await page.bringToFront();
    await page.waitFor(`${HIGHLIGHT_COUNT} > 0`);
    expect(await page.evaluate<number>(HIGHLIGHT_COUNT)).toBeGreaterThan(3);
    await page.screenshot(artifact(`${name}-page-${file.replace('.html', '')}.png`));
    await popup.close();
    await page.close();
  });

  test('a page without an article gets the "no article found" state', async () => {
    const { page, popup } = await driver.openWithPopup(`${server.origin}/no-article.html`);
    await popup.waitFor(`!!document.querySelector('[data-testid="state-no-article"]')`);
    expect(await popup.evaluate<string>(`document.querySelector('[data-testid="state-no-article"] h1').textContent`)).toBe('No article found');
    expect(await page.evaluate<number>(HIGHLIGHT_COUNT)).toBe(0);
    await popup.close();
    await page.close();
  });
});
