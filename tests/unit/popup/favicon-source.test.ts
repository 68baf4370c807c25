import { describe, expect, test } from 'vitest';
import { faviconSource, monogram, type FaviconInputs } from '../../../src/popup/favicon-source';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const base: FaviconInputs = {
  pageUrl: 'https://www.latintimes.example/a',
  tabFavicon: null,
  pageFavicon: null,
  extensionBase: 'chrome-extension://abcdef/',
  hasFaviconPermission: false,
};

describe('faviconSource: never a remote image', () => {
  test.each<[string, Partial<FaviconInputs>, string | null]>([
    ['a data: favicon of the tab', { tabFavicon: PNG }, PNG],
    ['a data: favicon the page declares', { pageFavicon: 'data:image/svg+xml,<svg/>' }, 'data:image/svg+xml,<svg/>'],
    ['the tab favicon before the page one', { tabFavicon: PNG, pageFavicon: 'data:image/gif;base64,R0lG' }, PNG],
    ['a remote tab favicon', { tabFavicon: 'https://www.latintimes.example/favicon.ico' }, null],
    ['a remote page favicon on the same origin', { pageFavicon: 'https://www.latintimes.example/icon.png' }, null],
    ['a data: URL that is not an image', { tabFavicon: 'data:text/html,<script>x</script>' }, null],
    ['a javascript: URL', { pageFavicon: 'javascript:alert(1)' }, null],
    [
      "Chrome's local favicon cache when the permission is held",
      { tabFavicon: 'https://www.latintimes.example/favicon.ico', hasFaviconPermission: true },
      'chrome-extension://abcdef/_favicon/?pageUrl=https%3A%2F%2Fwww.latintimes.example%2Fa&size=32',
    ],
    ['no cache outside Chrome', { hasFaviconPermission: true, extensionBase: 'moz-extension://1234/' }, null],
    ['no cache for a non-web page', { hasFaviconPermission: true, pageUrl: 'file:///tmp/a.html' }, null],
  ])('%s', (_, change, expected) => {
    expect(faviconSource({ ...base, ...change })).toBe(expected);
  });
});

describe('monogram', () => {
  test.each([
    ['Latin Times', 'L'],
    ['  the Guardian', 'T'],
    ['¡Hola! Magazine', 'H'],
    ['20 Minutes', '2'],
    ['élan', 'É'],
    [null, '?'],
    ['—', '?'],
  ])('%j → %s', (name, letter) => {
    expect(monogram(name)).toBe(letter);
  });
});
