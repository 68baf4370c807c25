import { beforeEach, describe, expect, test } from 'vitest';
import type { OptionsClient, SettingsPatch } from '../../../src/options/options-client';
import { OptionsApp } from '../../../src/options/options-app';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../../../src/shared/settings-schema';
import { check, click, installDom, isChecked, mount, settle, texts, type, unnamedControls } from '../popup/dom';

/** An OptionsClient over in-memory storage and permissions that records what the page asked. */
class FakeOptionsClient implements OptionsClient {
  stored: Settings;
  granted: string[];
  readonly saves: SettingsPatch[] = [];
  readonly requested: string[] = [];
  readonly removed: string[] = [];
  private listener: ((s: Settings) => void) | null = null;
  constructor(settings: Partial<Settings> = {}, granted: string[] = [], private readonly grant = true) {
    this.stored = migrateSettings({ ...DEFAULT_SETTINGS, ...settings });
    this.granted = granted;
  }
  load = async () => this.stored;
  save = async (patch: SettingsPatch) => {
    this.saves.push(patch);
    this.stored = migrateSettings({ ...this.stored, ...patch });
    return this.stored;
  };
  watch = (listener: (s: Settings) => void) => {
    this.listener = listener;
  };
  grantedOrigins = async () => [...this.granted];
  requestOrigin = (origin: string) => {
    this.requested.push(origin);
    if (this.grant) this.granted.push(`${origin}/*`);
    return Promise.resolve(this.grant);
  };
  removeOrigin = async (origin: string) => {
    this.removed.push(origin);
    this.granted = this.granted.filter((p) => p !== `${origin}/*`);
  };
  /** Simulates a change made in another window or synced from another device. */
  changeElsewhere(patch: SettingsPatch): void {
    this.stored = migrateSettings({ ...this.stored, ...patch });
    this.listener?.(this.stored);
  }
}

let root: HTMLElement;
beforeEach(() => {
  ({ root } = installDom());
});
const q = (selector: string) => root.querySelector(selector);
async function options(client: FakeOptionsClient) {
  await mount(<OptionsApp client={client} />, root);
  return client;
}

describe('options page', () => {
  test('shows the stored settings', async () => {
    await options(new FakeOptionsClient({ runMode: 'auto', summarySentences: 4, allowedSites: ['https://news.example'], categories: { ...DEFAULT_SETTINGS.categories, misc: false } }, ['https://news.example/*']));
    expect(isChecked(q('input[name="run-mode"][value="auto"]'))).toBe(true);
    expect(isChecked(q('input[name="summary-length"][value="4"]'))).toBe(true);
    expect(isChecked(q('[data-testid="category-misc"]'))).toBe(false);
    expect(isChecked(q('[data-testid="category-person"]'))).toBe(true);
    expect(texts(root, '[data-testid="allowed-site"] .site')).toEqual(['https://news.example']);
    expect(q('[data-testid="allowed-site"] .link-button')).toBeNull();
  });

  test('each change is saved to storage as a patch', async () => {
    const client = await options(new FakeOptionsClient());
    await check(q('input[name="run-mode"][value="auto"]'), true);
    await check(q('input[name="summary-length"][value="5"]'), true);
    await check(q('[data-testid="category-place"]'), false);
    await check(q('[data-testid="on-device"]'), false);
    expect(client.saves).toEqual([
      { runMode: 'auto' },
      { summarySentences: 5 },
      { categories: { ...DEFAULT_SETTINGS.categories, place: false } },
      { onDeviceSummarizer: false },
    ]);
    expect(client.stored).toMatchObject({ runMode: 'auto', summarySentences: 5, onDeviceSummarizer: false });
    expect(texts(root, '[data-testid="save-status"]')[0]).toMatch(/^Saved/);
  });

  test('a colour change is saved', async () => {
    const client = await options(new FakeOptionsClient());
    const input = root.querySelectorAll('input[type="color"]')[0] as HTMLInputElement;
    input.value = '#112233';
    input.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('change', { bubbles: true }));
    await settle();
    expect(client.saves).toEqual([{ colors: { ...DEFAULT_SETTINGS.colors, person: '#112233' } }]);
  });

  test('allowing a site asks the browser inside the click, then lists and stores it', async () => {
    const client = await options(new FakeOptionsClient());
    await type(q('#site-input'), 'www.Example.com/world/');
    const form = q('.site-form')!;
    form.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('submit', { bubbles: true, cancelable: true }));
    // Synchronously, before any await: the permission prompt needs the user's gesture.
    expect(client.requested).toEqual(['https://www.example.com']);
    await settle();
    expect(client.stored.allowedSites).toEqual(['https://www.example.com']);
    expect(texts(root, '[data-testid="allowed-site"] .site')).toEqual(['https://www.example.com']);
    expect(texts(root, '#site-message')).toEqual(['Allowed https://www.example.com.']);
  });

  test('a refused permission adds nothing; a typo asks nothing', async () => {
    const client = await options(new FakeOptionsClient({}, [], false));
    await type(q('#site-input'), 'news');
    q('.site-form')!.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(client.requested).toEqual([]);
    expect(texts(root, '#site-message')[0]).toMatch(/Type a web address/);
    await type(q('#site-input'), 'news.example');
    q('.site-form')!.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(client.requested).toEqual(['https://news.example']);
    expect(client.saves).toEqual([]);
    expect(texts(root, '#site-message')).toEqual(['Access to https://news.example was not granted.']);
  });

  test('removing a site gives its access back and forgets it', async () => {
    const client = await options(new FakeOptionsClient({ allowedSites: ['https://a.example', 'https://b.example'] }, ['https://a.example/*', 'https://b.example/*']));
    await click(q('button[aria-label="Remove https://a.example"]'));
    expect(client.removed).toEqual(['https://a.example']);
    expect(client.stored.allowedSites).toEqual(['https://b.example']);
    expect(texts(root, '[data-testid="allowed-site"] .site')).toEqual(['https://b.example']);
  });

  test('a site whose access was withdrawn in the browser says so and can be allowed again', async () => {
    const client = await options(new FakeOptionsClient({ allowedSites: ['https://a.example'] }, []));
    expect(texts(root, '[data-testid="allowed-site"] .link-button')).toEqual(['Access withdrawn: allow again']);
    await click(q('[data-testid="allowed-site"] .link-button'));
    expect(client.requested).toEqual(['https://a.example']);
    expect(q('[data-testid="allowed-site"] .link-button')).toBeNull();
  });

  test('follows changes made elsewhere (storage.sync)', async () => {
    const client = await options(new FakeOptionsClient());
    client.changeElsewhere({ summarySentences: 1 });
    await settle();
    expect(isChecked(q('input[name="summary-length"][value="1"]'))).toBe(true);
  });

  test('every control has a name a screen reader can say', async () => {
    await options(new FakeOptionsClient({ allowedSites: ['https://a.example'] }));
    expect(unnamedControls(root)).toEqual([]);
  });
});
