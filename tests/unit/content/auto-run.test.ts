import { describe, expect, test, vi } from 'vitest';

// auto-run imports the extension API for its registration half; the pure half is tested here.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { autoRunPatterns, sitePattern } = await import('../../../src/background/auto-run');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings-schema');

describe('sitePattern', () => {
  test.each([
    ['https://www.example.com', 'https://www.example.com/*'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1/*'],
    ['https://news.example.co.uk/', 'https://news.example.co.uk/*'],
    ['ftp://example.com', null],
    ['not a url', null],
    ['file:///home/a.html', null],
  ])('%s → %s', (origin, expected) => {
    expect(sitePattern(origin)).toBe(expected);
  });
});

describe('autoRunPatterns', () => {
  const sites = ['https://a.example', 'https://b.example', 'http://localhost:3000', 'http://localhost:4000'];
  test('on click mode nothing runs by itself', async () => {
    expect(await autoRunPatterns({ ...DEFAULT_SETTINGS, runMode: 'click', allowedSites: sites }, async () => true)).toEqual([]);
  });

  test('in auto mode: the allowed sites whose permission is granted, once each', async () => {
    const granted = new Set(['https://a.example/*', 'http://localhost/*']);
    const patterns = await autoRunPatterns({ ...DEFAULT_SETTINGS, runMode: 'auto', allowedSites: sites }, async (p) => granted.has(p));
    expect(patterns).toEqual(['https://a.example/*', 'http://localhost/*']);
  });

  test('a failing permission check counts as not granted', async () => {
    const patterns = await autoRunPatterns({ ...DEFAULT_SETTINGS, runMode: 'auto', allowedSites: ['https://a.example'] }, () => Promise.reject(new Error('no')));
    expect(patterns).toEqual([]);
  });
});
