import { describe, expect, test } from 'vitest';
import { readerColorsCss } from '../../../src/background/reader-colors';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-schema';

describe('readerColorsCss', () => {
  test('the default colours need no extra CSS', () => {
    expect(readerColorsCss(DEFAULT_SETTINGS.colors)).toBeNull();
  });

  test('a changed colour repaints its layer only: wash and underline colour, for highlights and fallback marks', () => {
    const css = readerColorsCss({ ...DEFAULT_SETTINGS.colors, person: '#FF0000' })!;
    expect(css.split('\n')).toEqual([
      '::highlight(pm-person) { background-color: rgba(255, 0, 0, 0.24); text-decoration-color: rgb(255, 0, 0); }',
      'pm-mark[data-pm-layer="pm-person"]:not([data-pm-hidden]) { background-color: rgba(255, 0, 0, 0.24); text-decoration-color: rgb(255, 0, 0); }',
    ]);
    // Underline styles (what tells categories apart without colour) are never overridden.
    expect(css).not.toMatch(/text-decoration:|dashed|dotted|wavy/);
  });

  test('the quote colour paints the quote wash and its speaker mark', () => {
    const css = readerColorsCss({ ...DEFAULT_SETTINGS.colors, quote: '#00ff00' })!;
    expect(css).toContain('::highlight(pm-quote) { background-color: rgba(0, 255, 0, 0.28); }');
    expect(css).toContain('::highlight(pm-speaker) { background-color: rgba(0, 255, 0, 0.45); text-decoration-color: rgb(0, 255, 0); }');
  });

  test('a malformed colour is skipped, never written into CSS', () => {
    expect(readerColorsCss({ ...DEFAULT_SETTINGS.colors, misc: 'red; } body { display: none' })).toBeNull();
  });
});
