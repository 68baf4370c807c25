import { beforeEach, describe, expect, test } from 'vitest';
import type { PageState, ToPopup } from '../../../src/messages';
import { App } from '../../../src/popup/app';
import { FIRST_CONTENT_KEY, HEADER_SHOWN_KEY } from '../../../src/popup/first-content-mark';
import type { TargetTab } from '../../../src/popup/popup-client';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-schema';
import { check, click, installDom, isChecked, mount, settle, texts, type, unnamedControls } from './dom';
import { FakePopupClient } from './fake-popup-client';
import { sampleAnnotations, spanOf } from './sample-annotations';

let root: HTMLElement;
let win: Window;
beforeEach(() => {
  ({ root, window: win } = installDom());
  // linkedom's window writes unknown properties through to globalThis: forget the last test's mark.
  delete (globalThis as Record<string, unknown>)[FIRST_CONTENT_KEY];
  delete (globalThis as Record<string, unknown>)[HEADER_SHOWN_KEY];
});

const annotated = (change = {}): PageState => ({ state: 'annotated', annotations: sampleAnnotations(change) });

/** Renders the popup over a fake browser that answers `states` to each annotate call. */
async function popup(states: (PageState | Error)[], options: { inTab?: boolean; tab?: TargetTab | null; clipboard?: boolean } = {}) {
  const client = new FakePopupClient({ states, tab: options.tab, clipboard: options.clipboard }, options.inTab ?? false);
  await mount(<App client={client} />, root);
  return client;
}
const q = (selector: string) => root.querySelector(selector);
const reveals = (client: FakePopupClient) => client.sent.filter((s) => s.message.kind === 'pm:reveal').map((s) => s.message);

describe('annotated popup', () => {
  test('header: publisher, headline, authors, dates, reading time and the canonical link', async () => {
    const client = await popup([annotated()]);
    expect(client.annotateCalls).toEqual([{ tabId: 7, force: false, summarySentences: DEFAULT_SETTINGS.summarySentences }]);
    expect(texts(root, '[data-testid="publisher"]')).toEqual(['Example News']);
    expect(texts(root, '[data-testid="headline"]')).toEqual(['Harbour bridge reopens after repairs']);
    expect(texts(root, '[data-testid="authors"]')).toEqual(['By Maria Silva, João Costa']);
    expect(q('[data-testid="published"] time')?.getAttribute('datetime')).toBe('2024-03-04T08:00:00Z');
    expect(q('[data-testid="modified"] time')?.getAttribute('datetime')).toBe('2024-03-04T10:30:00Z');
    expect(texts(root, '[data-testid="reading-time"]')).toEqual(['1 min read']);
    expect(q('[data-testid="canonical-link"]')?.getAttribute('href')).toBe('https://news.example/bridge');
    expect(q('[data-testid="canonical-link"]')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('no updated date when it is the published instant; no link for a non-web canonical URL', async () => {
    const a = sampleAnnotations();
    await popup([annotated({ metadata: { ...a.metadata, modified: '2024-03-04T09:00:00+01:00', canonicalUrl: 'javascript:alert(1)' }, url: null })]);
    expect(q('[data-testid="modified"]')).toBeNull();
    expect(q('[data-testid="canonical-link"]')?.getAttribute('href')).toBe('https://news.example/bridge?utm_source=x');
  });

  test('favicon: a data: favicon of the tab is shown, a remote one never loads (the initial instead)', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    await popup([annotated()], { tab: { id: 7, url: 'https://news.example/a', favIconUrl: png } });
    expect(q('img.favicon')?.getAttribute('src')).toBe(png);
    ({ root } = installDom());
    await popup([annotated()], { tab: { id: 7, url: 'https://news.example/a', favIconUrl: 'https://news.example/favicon.ico' } });
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(texts(root, '.monogram')).toEqual(['E']);
  });

  test('sections show the summary, the sources with counts and places, the credit, quotes by speaker and names by type', async () => {
    await popup([annotated()]);
    expect(texts(root, '[data-testid="summary-sentence"]')).toEqual(['The harbour bridge in Porto reopened on Monday, the city council said.', 'Traffic resumed at noon.']);
    expect(texts(root, '[data-testid="source"]')).toEqual(['Reuters news agency 1×¶ 2', 'city council organization 2×¶ 1¶ 3']);
    expect(texts(root, '[data-testid="credit-photographer"], [data-testid="credit-agency"], [data-testid="credit-distributor"]')).toEqual(['Jane Roe', 'AFP', 'Getty Images']);
    expect(texts(root, '[data-testid="speaker-group"] h3')).toEqual(['Ana Brito · mayor', 'city councilunnamed · A council engineer']);
    expect(texts(root, '[data-testid="quote"] .quote-meta')).toEqual(['direct quote · told · via Reuters', 'direct quote · said', 'quoted phrase · described']);
    expect(texts(root, '[data-testid="entity-group-person"] [data-testid="entity"]')).toEqual(['Ana Brito 3', 'Jane Roe 1']);
    expect(texts(root, '[data-testid="entity-group-organization"] [data-testid="entity"]')).toEqual(['city council 1', 'Reuters 1']);
    expect(texts(root, '.action-bar nav a')).toEqual(['Summary', 'Sources 2', 'Quotes 3', 'Names 5']);
  });

  test('at a glance: the sources cited and who is quoted, linking to their sections; a wire credit when there is one', async () => {
    const a = sampleAnnotations();
    await popup([annotated({ credits: [...a.credits, { kind: 'wire', ...spanOf('Reuters'), text: 'Reuters', agency: 'Reuters' }] })]);
    expect(texts(root, '[data-testid="at-a-glance"] > div')).toEqual(['CitesReuters, city council', 'QuotesAna Brito (2), city council (unnamed)', 'WireReuters']);
    expect([...root.querySelectorAll('[data-testid="at-a-glance"] a')].map((l) => l.getAttribute('href'))).toEqual(['#sources', '#quotes']);
    ({ root } = installDom());
    await popup([annotated({ sources: [], quotes: [], credits: [] })]);
    expect(texts(root, '[data-testid="at-a-glance"] > div')).toEqual(['Citesno outside source by name', 'Quotesno one by name']);
  });

  test('every place links to the page: summary, source citation, credit, quote and name send pm:reveal with their span', async () => {
    const client = await popup([annotated()]);
    await click(root.querySelectorAll('[data-testid="summary-sentence"]')[1]);
    await click(root.querySelectorAll('[data-testid="source"]')[1]?.querySelectorAll('.place')[1]);
    await click(q('[data-testid="image-credit"] button'));
    await click(root.querySelectorAll('[data-testid="quote"]')[1]);
    const anaBrito = q('[data-testid="entity-group-person"] [data-testid="entity"]');
    await click(anaBrito);
    await click(anaBrito);
    await click(anaBrito);
    await click(anaBrito); // past the last mention: back to the first
    const span = (s: { start: number; end: number }) => ({ kind: 'pm:reveal', start: s.start, end: s.end });
    expect(reveals(client)).toEqual([
      span(spanOf('Traffic resumed at noon.')),
      span(spanOf('council engineer')),
      span(spanOf('JANE ROE/AFP via Getty Images')),
      span(spanOf('It will last fifty years,')),
      span(spanOf('Ana Brito')),
      span(spanOf('Ana Brito', 1)),
      span(spanOf('Brito', 2)),
      span(spanOf('Ana Brito')),
    ]);
    expect(client.sent.every((s) => s.tabId === 7)).toBe(true);
    expect(client.focused).toEqual([]); // the toolbar popup floats over the page already
  });

  test('popped out as a tab, showing a place also brings the page forward; there is no pop-out button', async () => {
    const client = await popup([annotated()], { inTab: true });
    expect(q('[data-testid="pop-out"]')).toBeNull();
    await click(q('[data-testid="quote"]'));
    expect(client.focused).toEqual([7]);
  });

  test('type switches send pm:set-visible and follow the state; the quote switch too', async () => {
    const client = await popup([annotated()]);
    expect(isChecked(q('[data-testid="toggle-person"]'))).toBe(true);
    await check(q('[data-testid="toggle-person"]'), false);
    expect(isChecked(q('[data-testid="toggle-person"]'))).toBe(false);
    await check(q('[data-testid="toggle-quote"]'), false);
    await check(q('[data-testid="toggle-person"]'), true);
    expect(client.sent.map((s) => s.message)).toEqual([
      { kind: 'pm:set-visible', category: 'person', visible: false },
      { kind: 'pm:set-visible', category: 'quote', visible: false },
      { kind: 'pm:set-visible', category: 'person', visible: true },
    ]);
  });

  test('switches start as the page reports them', async () => {
    await popup([{ ...annotated(), hidden: ['place'] } as PageState]);
    expect(isChecked(q('[data-testid="toggle-place"]'))).toBe(false);
    expect(isChecked(q('[data-testid="toggle-person"]'))).toBe(true);
  });

  test('the filter box narrows the names and says how many match', async () => {
    await popup([annotated()]);
    await type(q('[data-testid="entity-filter"]'), 'reu');
    expect(texts(root, '[data-testid="entity"]')).toEqual(['Reuters 1']);
    expect(texts(root, '.filter-count')).toEqual(['1 of 5']);
    expect(q('[data-testid="toggle-person"]')).not.toBeNull(); // switches stay reachable
    await type(q('[data-testid="entity-filter"]'), 'zzz');
    expect(texts(root, '#names .empty')).toEqual(['No name matches “zzz”.']);
  });

  test('exports Markdown and JSON; pops out for the target tab', async () => {
    const client = await popup([annotated()]);
    await click(q('[data-testid="export-markdown"]'));
    await click(q('[data-testid="export-json"]'));
    await click(q('[data-testid="pop-out"]'));
    expect(client.downloads.map((f) => f.name)).toEqual(['pressmark-harbour-bridge-reopens-after-repairs.md', 'pressmark-harbour-bridge-reopens-after-repairs.json']);
    expect(client.downloads[0]?.content).toMatch(/^# Harbour bridge reopens after repairs/);
    expect(JSON.parse(client.downloads[1]!.content)).toEqual(sampleAnnotations());
    expect(client.poppedOut).toEqual([7]);
  });

  test('an article with nothing found says so in each section', async () => {
    await popup([annotated({ entities: [], quotes: [], sources: [], credits: [], summary: { method: 'extractive', sentences: [] } })]);
    expect(texts(root, '.panel .empty')).toEqual([
      'The article is too short to summarise.',
      'The article cites no outside source by name.',
      'No one is quoted.',
      'No names found.',
    ]);
    expect(q('[data-testid="toggle-quote"]')).toBeNull();
  });

  test('notices are shown', async () => {
    await popup([annotated({ notices: [{ code: 'truncated', message: 'Annotated the first 20,000 words.' }] })]);
    expect(texts(root, '[data-testid="notice"]')).toEqual(['Annotated the first 20,000 words.']);
  });

  test('every control has a name a screen reader can say', async () => {
    await popup([annotated()]);
    expect(unnamedControls(root)).toEqual([]);
  });

  test('records when the first content showed', async () => {
    await popup([annotated()]);
    const mark = (win as unknown as Record<string, number>)[FIRST_CONTENT_KEY];
    expect(typeof mark).toBe('number');
    expect(win.document.documentElement.getAttribute('data-first-content')).toBe('annotated');
  });
});

describe('the header before the annotations', () => {
  const detected = (change: Partial<ToPopup> = {}): ToPopup => ({ kind: 'pm:detected', metadata: sampleAnnotations().metadata, words: 600, url: 'https://news.example/bridge', ...change });

  /** A popup whose annotate call is still running (the core at work) when the page reports detection. */
  async function pending(settings = DEFAULT_SETTINGS) {
    const client = new FakePopupClient({ states: [annotated()], hold: true, settings });
    await mount(<App client={client} />, root);
    return client;
  }

  test('shows the header from the page, labelled busy placeholders for the rest, then the annotations', async () => {
    const client = await pending({ ...DEFAULT_SETTINGS, summarySentences: 2 });
    expect(q('[data-testid="state-working"]')).not.toBeNull();
    client.broadcastDetected(7, detected());
    await settle();
    expect(texts(root, '[data-testid="headline"]')).toEqual(['Harbour bridge reopens after repairs']);
    expect(texts(root, '[data-testid="publisher"]')).toEqual(['Example News']);
    expect(texts(root, '[data-testid="authors"]')).toEqual(['By Maria Silva, João Costa']);
    expect(texts(root, '[data-testid="reading-time"]')).toEqual(['3 min read']);
    expect(q('[data-testid="canonical-link"]')?.getAttribute('href')).toBe('https://news.example/bridge');
    expect(q('[data-testid="pending-status"]')?.getAttribute('role')).toBe('status');
    expect(q('[data-testid="pending-status"]')?.textContent?.trim()).toBe('Finding quotes and names…');
    expect(q('[data-testid="header-placeholder"]')).toBeNull();
    const panels = [...root.querySelectorAll('[data-testid="pending-panel"]')];
    expect(panels.map((p) => [p.querySelector('h2')?.textContent, p.getAttribute('aria-busy')])).toEqual([
      ['Summary', 'true'],
      ['Sources cited', 'true'],
      ['Quotes', 'true'],
      ['Names', 'true'],
    ]);
    // Three grey lines for each summary sentence to come, so the sections below move little.
    expect(panels[0]!.querySelectorAll('.skeleton-line')).toHaveLength(6);
    expect([...root.querySelectorAll('[data-testid^="export-"]')].map((b) => b.hasAttribute('disabled'))).toEqual([true, true]);
    expect(unnamedControls(root)).toEqual([]);
    client.finishAnnotating();
    await settle();
    expect(q('[data-testid="state-annotated"]')).not.toBeNull();
    expect(q('[data-testid="pending-panel"]')).toBeNull();
    expect([...root.querySelectorAll('[data-testid^="export-"]')].map((b) => b.hasAttribute('disabled'))).toEqual([false, false]);
  });

  test('the header mark is set once, by the early header, with its headline; first content waits for the annotations', async () => {
    const client = await pending();
    const marks = win as unknown as Record<string, number | undefined>;
    expect(marks[HEADER_SHOWN_KEY]).toBeUndefined();
    client.broadcastDetected(7, detected());
    await settle();
    const header = marks[HEADER_SHOWN_KEY];
    expect(typeof header).toBe('number');
    expect(win.document.documentElement.getAttribute('data-header-shown')).toBe('detected');
    expect(win.document.documentElement.getAttribute('data-header-headline')).toBe('Harbour bridge reopens after repairs');
    expect(marks[FIRST_CONTENT_KEY]).toBeUndefined();
    client.finishAnnotating();
    await settle();
    expect(marks[HEADER_SHOWN_KEY]).toBe(header);
    expect(win.document.documentElement.getAttribute('data-first-content')).toBe('annotated');
  });

  test('without an early report the annotated view sets the header mark', async () => {
    await popup([annotated()]);
    expect(win.document.documentElement.getAttribute('data-header-shown')).toBe('annotated');
  });

  test('a report from another tab is not shown; nothing listens once the annotations are in', async () => {
    const client = await pending();
    client.broadcastDetected(8, detected({ metadata: { ...sampleAnnotations().metadata, headline: 'Another page' } }));
    await settle();
    expect(q('[data-testid="headline"]')).toBeNull();
    expect(client.detectedListenerCount).toBe(1);
    client.finishAnnotating();
    await settle();
    expect(client.detectedListenerCount).toBe(0);
  });

  test('a page without an article never shows a header, and its state is final', async () => {
    const client = new FakePopupClient({ states: [{ state: 'no-article', reason: 'Nothing long enough.' }] });
    await mount(<App client={client} />, root);
    expect(q('[data-testid="headline"]')).toBeNull();
    expect(win.document.documentElement.getAttribute('data-header-shown')).toBeNull();
    expect(win.document.documentElement.getAttribute('data-first-content')).toBe('no-article');
  });
});

describe('other states', () => {
  test('restricted page: says why, never asks the page', async () => {
    const client = await popup([annotated()], { tab: { id: 3, url: 'chrome://extensions/', favIconUrl: null } });
    expect(q('[data-testid="state-restricted"]')?.textContent).toContain('browser page');
    expect(client.annotateCalls).toEqual([]);
  });

  test('a restricted state from the page itself is shown too', async () => {
    await popup([{ state: 'restricted', reason: 'No access to this site.' } as PageState]);
    expect(texts(root, '[data-testid="state-restricted"] p')).toEqual(['No access to this site.']);
  });

  test('no article: the reason, and "Look again" runs a forced annotation', async () => {
    const client = await popup([{ state: 'no-article', reason: 'The page has no block of text long enough.' }, annotated()]);
    expect(texts(root, '[data-testid="no-article-reason"]')).toEqual(['The page has no block of text long enough.']);
    expect(unnamedControls(root)).toEqual([]);
    await click(q('[data-testid="state-no-article"] button'));
    expect(client.annotateCalls.map((c) => c.force)).toEqual([false, true]);
    expect(q('[data-testid="state-annotated"]')).not.toBeNull();
  });

  test('error: the message, diagnostics to copy (no query string), and a retry', async () => {
    const client = await popup([new Error('r is not iterable'), annotated()]);
    expect(texts(root, '[data-testid="error-message"]')).toEqual(['r is not iterable']);
    await click(q('[data-testid="copy-diagnostics"]'));
    expect(client.copied).toHaveLength(1);
    expect(client.copied[0]).toContain('message: r is not iterable');
    expect(client.copied[0]).toContain('page: https://news.example/bridge\n');
    expect(client.copied[0]).toContain('version: 9.9.9');
    expect(texts(root, '.error .hint')).toEqual(['Copied. Paste it into a bug report.']);
    await click(q('[data-testid="state-error"] button'));
    expect(q('[data-testid="state-annotated"]')).not.toBeNull();
  });

  test('error: a refused clipboard says to copy by hand', async () => {
    await popup([{ state: 'error', message: 'boom' }], { clipboard: false });
    await click(q('[data-testid="copy-diagnostics"]'));
    expect(texts(root, '.error .hint')[0]).toMatch(/refused/);
  });

  test('no tab to annotate is an error', async () => {
    await popup([annotated()], { tab: null });
    expect(texts(root, '[data-testid="error-message"]')).toEqual(['Could not find the tab to annotate.']);
  });

  test('while the page is read, the annotated layout in grey: a header placeholder, a status saying so, busy sections', async () => {
    await popup([{ state: 'working' }]);
    expect(q('[data-testid="state-working"] [data-testid="header-placeholder"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(q('[data-testid="state-working"] [role="status"]')?.textContent?.trim()).toBe('Reading the article…');
    expect(root.querySelectorAll('[data-testid="pending-panel"][aria-busy="true"]')).toHaveLength(4);
    expect(q('[data-testid="headline"]')).toBeNull();
    expect(unnamedControls(root)).toEqual([]);
  });
});
