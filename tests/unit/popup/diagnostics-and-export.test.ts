import { describe, expect, test } from 'vitest';
import { isAnnotations } from '../../../src/core/annotations';
import { diagnosticsText, redactUrl } from '../../../src/popup/diagnostics';
import { fileStem, jsonExport, markdownExport } from '../../../src/popup/export-files';
import { sampleAnnotations } from './sample-annotations';

describe('diagnosticsText', () => {
  test('names version, browser, page (without query or fragment), state and message', () => {
    const text = diagnosticsText({
      version: '0.1.0',
      browser: 'firefox',
      userAgent: 'Mozilla/5.0 Firefox/128.0',
      pageUrl: 'https://user:pw@news.example/a/b?session=SECRET#c',
      state: 'error',
      message: 'r is not iterable',
      time: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
    });
    expect(text.split('\n')).toEqual([
      'Pressmark diagnostics',
      'version: 0.1.0',
      'browser: firefox',
      'user agent: Mozilla/5.0 Firefox/128.0',
      'page: https://news.example/a/b',
      'state: error',
      'message: r is not iterable',
      'time: 2024-01-02T03:04:05.000Z',
    ]);
  });

  test.each([
    ['http://127.0.0.1:8080/x.html?q=1', 'http://127.0.0.1:8080/x.html'],
    ['not a url', '(not a valid address)'],
  ])('redactUrl(%j) → %j', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe('exports', () => {
  test('JSON export is the Annotations value itself and reads back', () => {
    const a = sampleAnnotations();
    const file = jsonExport(a);
    expect(file.name).toBe('pressmark-harbour-bridge-reopens-after-repairs.json');
    expect(file.type).toMatch(/^application\/json/);
    const back: unknown = JSON.parse(file.content);
    expect(isAnnotations(back)).toBe(true);
    expect(back).toEqual(a);
  });

  test('Markdown export is the report of the core with the headline, quotes and sources', () => {
    const file = markdownExport(sampleAnnotations());
    expect(file.name).toBe('pressmark-harbour-bridge-reopens-after-repairs.md');
    expect(file.content).toMatch(/^# Harbour bridge reopens after repairs\n/);
    expect(file.content).toContain('“We are proud of the crews,” (told, via Reuters)');
    expect(file.content).toContain('- Reuters (agency, cited 1×)');
  });

  test.each([
    ['Ça va? Crise à São Tomé — 2024!', 'pressmark-ca-va-crise-a-sao-tome-2024'],
    ['   ', 'pressmark-article'],
    ['一带一路', 'pressmark-article'],
    ['A'.repeat(100), `pressmark-${'a'.repeat(60)}`],
  ])('file name from %j', (headline, stem) => {
    const a = sampleAnnotations();
    expect(fileStem({ ...a, metadata: { ...a.metadata, headline } })).toBe(stem);
  });
});
