import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../../src/shared/settings-schema';

describe('migrateSettings', () => {
  test.each([null, undefined, 'x', 42, []])('gives the defaults for %j', (raw) => {
    expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps every valid value the reader set and drops the invalid ones', () => {
    const s = migrateSettings({
      runMode: 'auto',
      allowedSites: ['https://news.example', 'https://news.example', 'javascript:alert(1)', 7, 'https://x.example/path'],
      categories: { person: false, place: 'no' },
      colors: { quote: '#ABCDEF', person: 'red' },
      summarySentences: 9,
      onDeviceSummarizer: false,
    });
    expect(s.runMode).toBe('auto');
    expect(s.allowedSites).toEqual(['https://news.example']);
    expect(s.categories).toEqual({ ...DEFAULT_SETTINGS.categories, person: false });
    expect(s.colors).toEqual({ ...DEFAULT_SETTINGS.colors, quote: '#abcdef' });
    expect(s.summarySentences).toBe(DEFAULT_SETTINGS.summarySentences);
    expect(s.onDeviceSummarizer).toBe(false);
  });

  test('never shares state with the defaults', () => {
    const s = migrateSettings(null);
    s.allowedSites.push('https://a.example');
    s.categories.person = false;
    expect(DEFAULT_SETTINGS.allowedSites).toEqual([]);
    expect(DEFAULT_SETTINGS.categories.person).toBe(true);
  });
});
