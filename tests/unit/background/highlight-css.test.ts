import { describe, expect, test } from 'vitest';
import { HIGHLIGHT_STYLES, highlightCss, isSafeScope } from '../../../src/background/highlight-css';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-schema';

describe('isSafeScope', () => {
  test.each([
    ['#story', true],
    ['article.story-body.main', true],
    [':root > body:nth-child(2) > div:nth-child(3)', true],
    ['#main > div:nth-child(12) > section:nth-child(1)', true],
    ['body', true],
    ['div { display: none } p', false],
    ['div, p', false],
    ['div p', false],
    ['[data-x]', false],
    ['#a::highlight(pm-person)', false],
    ['.a\\7b', false],
    ['', false],
  ])('%j → %s', (scope, safe) => {
    expect(isSafeScope(scope)).toBe(safe);
  });

  test('not a string is not a scope', () => {
    expect(isSafeScope(null)).toBe(false);
    expect(isSafeScope(42)).toBe(false);
  });
});

describe('highlightCss', () => {
  test('every layer and the focus get a rule on the scope, and nothing else', () => {
    const lines = highlightCss('#story', DEFAULT_SETTINGS.colors).split('\n');
    expect(lines).toHaveLength(Object.keys(HIGHLIGHT_STYLES).length);
    for (const layer of ['pm-person', 'pm-organization', 'pm-place', 'pm-misc', 'pm-quote', 'pm-speaker', 'pm-focus']) {
      expect(lines).toContain(`#story::highlight(${layer}) { ${HIGHLIGHT_STYLES[layer]} }`);
    }
  });

  test('no scope: universal rules (Firefox, or an article without a selector)', () => {
    const css = highlightCss(null, DEFAULT_SETTINGS.colors);
    expect(css.split('\n').every((l) => l.startsWith('::highlight('))).toBe(true);
  });

  test('an unsafe scope is dropped, never written into the CSS', () => {
    const css = highlightCss('x { } body { display: none } y', DEFAULT_SETTINGS.colors);
    expect(css).not.toContain('display: none');
    expect(css.split('\n').every((l) => l.startsWith('::highlight('))).toBe(true);
  });

  test('the reader\'s colours follow the defaults, on the same scope', () => {
    const lines = highlightCss('main.article', { ...DEFAULT_SETTINGS.colors, person: '#ff0000' }).split('\n');
    const person = lines.filter((l) => l.startsWith('main.article::highlight(pm-person)'));
    expect(person).toHaveLength(2);
    expect(person[1]).toBe('main.article::highlight(pm-person) { background-color: rgba(255, 0, 0, 0.24); text-decoration-color: rgb(255, 0, 0); }');
    // The fallback marks get the reader's colour too.
    expect(lines).toContain('pm-mark[data-pm-layer="pm-person"]:not([data-pm-hidden]) { background-color: rgba(255, 0, 0, 0.24); text-decoration-color: rgb(255, 0, 0); }');
  });
});
