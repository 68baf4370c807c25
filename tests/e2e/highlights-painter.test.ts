import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { LAUNCHERS, type Driver, type TestPage } from './harness/browsers';
import { DOM_SNAPSHOT } from './harness/page-probes';
import { ROOT } from './harness/paths';
import { startServer, type PageServer } from './harness/server';
import { highlightCss } from '../../src/background/highlight-css';
import { DEFAULT_SETTINGS } from '../../src/shared/settings-schema';

// The painters and the offset map over real DOM Ranges in real browsers (linkedom has none):
// collapsed and white-space-only spans, spans across elements, hit-testing by highlightsFromPoint
// and by caret position, and the <pm-mark> fallback keeping layout and restoring the DOM.

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Painter</title>
<style>body { font: 18px/1.6 serif; margin: 40px; width: 640px; } ${fs.readFileSync(path.join(ROOT, 'src/content/content.css'), 'utf8')}
${highlightCss(null, DEFAULT_SETTINGS.colors)}</style></head>
<body><article>
<p>"The base was handed over to the <em>Ministry of   Defense</em>," said <a href="#">Fawad Aman</a>, a spokesman.</p>
<p>Officials in Kabul  said the   handover was quiet.</p>
</article></body></html>`;

const SPEC = {
  'pm-quote': [['The base was handed over to the Ministry of Defense,', 'q1']],
  'pm-organization': [['Ministry of Defense', 'e2']],
  'pm-person': [['Fawad Aman', 'e1']],
  'pm-speaker': [['Fawad Aman', 'q1']],
  'pm-place': [['Kabul', 'e3']],
};

let server: PageServer;
let probeJs: string;
beforeAll(async () => {
  server = await startServer(path.join(ROOT, 'tests/fixtures'));
  server.add('/painter.html', PAGE);
  const out = await esbuild.build({ entryPoints: [path.join(ROOT, 'tests/e2e/harness/painter-probe.ts')], bundle: true, format: 'iife', write: false, logLevel: 'warning', define: { __E2E__: 'true', 'process.env.NODE_ENV': '"production"' } });
  probeJs = out.outputFiles[0]!.text;
});
afterAll(async () => {
  await server?.close();
});

describe.each(['chromium', 'firefox'] as const)('%s', (name) => {
  let driver: Driver;
  let page: TestPage;
  beforeAll(async () => {
    driver = await LAUNCHERS[name]();
    page = await driver.open(`${server.origin}/painter.html`);
    await page.evaluate(probeJs);
  });
  afterAll(async () => {
    await driver?.close();
  });

  test('ranges: a span across elements covers exactly its text; collapsed and white-space-only spans map to nothing', async () => {
    const text = await page.evaluate<string>(`__pmProbe.text()`);
    const cross = text.indexOf('the Ministry');
    expect(await page.evaluate(`__pmProbe.rangeText(${cross}, ${cross + 'the Ministry of'.length})`)).toBe('the Ministry of');
    expect(await page.evaluate(`__pmProbe.rangeText(${cross}, ${cross})`)).toBeNull();
    const gap = text.indexOf('\n\n');
    expect(gap).toBeGreaterThan(0);
    expect(await page.evaluate(`__pmProbe.rangeText(${gap}, ${gap + 2})`)).toBeNull();
    // A span over collapsed white space covers the page's own spaces; its ends stay on its words.
    const the = text.indexOf('the handover');
    expect(await page.evaluate(`__pmProbe.rangeText(${the}, ${the + 'the handover'.length})`)).toBe('the   handover');
    expect(await page.evaluate(`__pmProbe.rangeText(${the - 5}, ${the + 3})`)).toBe('said the');
  });

  test.for(['highlight-api', 'caret'] as const)('hit-testing (%s): the marks under a point, innermost first; nothing in the margin', async (kind, ctx) => {
    if (kind === 'highlight-api' && !(await page.evaluate<boolean>(`__pmProbe.hasFromPoint()`))) {
      ctx.skip('no CSS.highlights.highlightsFromPoint in this browser: its painter takes the caret path, tested next');
    }
    expect(await page.evaluate(`__pmProbe.paint('${kind}', ${JSON.stringify(SPEC)})`)).toBe(5);
    const at = async (needle: string): Promise<string[]> => {
      const p = await page.evaluate<{ x: number; y: number }>(`__pmProbe.pointOf(${JSON.stringify(needle)})`);
      return page.evaluate<string[]>(`__pmProbe.hitsAt(${p.x}, ${p.y})`);
    };
    expect(await at('Ministry of Defense')).toEqual(['pm-organization:e2:Ministry of Defense', 'pm-quote:q1:The base was handed over to the Ministry of Defense,']);
    expect(await at('handed over')).toEqual(['pm-quote:q1:The base was handed over to the Ministry of Defense,']);
    expect(await at('Fawad Aman')).toEqual(['pm-person:e1:Fawad Aman', 'pm-speaker:q1:Fawad Aman']);
    expect(await at('Kabul')).toEqual(['pm-place:e3:Kabul']);
    expect(await at('spokesman')).toEqual([]);
    expect(await page.evaluate<string[]>(`__pmProbe.hitsAt(8, 8)`)).toEqual([]);
    await page.evaluate(`__pmProbe.clear()`);
    expect(await page.evaluate<number>(`[...CSS.highlights.keys()].filter((n) => n.startsWith('pm-')).length`)).toBe(0);
  });

  test('the <pm-mark> fallback: layout stays, hit-testing works, clear() restores the DOM exactly', async () => {
    const dom = await page.evaluate<string>(DOM_SNAPSHOT);
    const boxes = await page.evaluate<string>(`[...document.querySelectorAll('article p')].map((p) => { const r = p.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(','); }).join(';')`);
    // Where Kabul is before the marks go in: the marks must not move it.
    const p = await page.evaluate<{ x: number; y: number }>(`__pmProbe.pointOf('Kabul')`);
    expect(await page.evaluate(`__pmProbe.paint('marks', ${JSON.stringify(SPEC)})`)).toBe(5);
    expect(await page.evaluate<number>(`document.querySelectorAll('pm-mark').length`)).toBeGreaterThanOrEqual(5);
    expect(await page.evaluate<string>(`[...document.querySelectorAll('article p')].map((p) => { const r = p.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(','); }).join(';')`)).toBe(boxes);
    expect(await page.evaluate<string[]>(`__pmProbe.hitsAt(${p.x}, ${p.y})`)).toEqual(['pm-place:e3:Kabul']);
    await page.evaluate(`__pmProbe.clear()`);
    expect(await page.evaluate<string>(DOM_SNAPSHOT)).toBe(dom);
  });
});
