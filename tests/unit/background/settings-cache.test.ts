import { beforeEach, describe, expect, test, vi } from 'vitest';

// Storage that counts its reads, and change events the test can fire.
let stored: unknown = { colors: { person: '#111111' } };
const listeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
const api = {
  storage: {
    sync: { get: vi.fn(async () => ({ settings: stored })) },
    onChanged: {
      addListener: (l: (typeof listeners)[number]) => void listeners.push(l),
      removeListener: vi.fn(),
    },
  },
};
vi.mock('../../../src/shared/extension-api', () => ({ extensionApi: () => api }));
const { cachedSettings, refreshSettings } = await import('../../../src/background/settings-cache');

const fire = (area: string, value: unknown): void => {
  for (const l of listeners) l({ settings: { newValue: value } }, area);
};

describe('cachedSettings', () => {
  beforeEach(() => {
    stored = { colors: { person: '#111111' } };
    refreshSettings();
    api.storage.sync.get.mockClear();
  });

  test('storage is read once for many requests', async () => {
    const a = await cachedSettings();
    const b = await cachedSettings();
    expect(a.colors.person).toBe('#111111');
    expect(b).toBe(a);
    expect(api.storage.sync.get).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['a change in sync storage is used without reading storage', 'sync', '#222222', 0],
    ['a change in another area is ignored', 'local', '#111111', 0],
  ])('%s', async (_name, area, expected, reads) => {
    await cachedSettings();
    api.storage.sync.get.mockClear();
    fire(area, { colors: { person: '#222222' } });
    expect((await cachedSettings()).colors.person).toBe(expected);
    expect(api.storage.sync.get).toHaveBeenCalledTimes(reads);
  });

  test('refreshSettings makes the next request read storage again', async () => {
    await cachedSettings();
    stored = { colors: { person: '#333333' } };
    expect((await cachedSettings()).colors.person).toBe('#111111');
    refreshSettings();
    expect((await cachedSettings()).colors.person).toBe('#333333');
    expect(api.storage.sync.get).toHaveBeenCalledTimes(2);
  });
});
