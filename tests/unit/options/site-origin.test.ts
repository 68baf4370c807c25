import { describe, expect, test } from 'vitest';
import { isOriginGranted, originPattern, parseSiteInput } from '../../../src/options/site-origin';

describe('parseSiteInput', () => {
  test.each([
    ['www.example.com', 'https://www.example.com'],
    ['  nytimes.com/section/world?x=1 ', 'https://nytimes.com'],
    ['http://blog.example.org/', 'http://blog.example.org'],
    ['https://news.example:8443/a', 'https://news.example'],
    ['HTTPS://WWW.BBC.CO.UK', 'https://www.bbc.co.uk'],
    ['localhost:3000', 'https://localhost'],
    ['127.0.0.1', 'https://127.0.0.1'],
    ['bücher.example', 'https://xn--bcher-kva.example'],
  ])('%j → %s', (input, origin) => {
    expect(parseSiteInput(input)).toBe(origin);
  });

  test.each(['', '   ', 'news', 'ftp://files.example.com', 'file:///home/a.html', 'chrome://extensions', 'http://', 'a..b.com', 'exa mple.com'])('%j is no site', (input) => {
    expect(parseSiteInput(input)).toBeNull();
  });
});

test('originPattern covers every path of the origin', () => {
  expect(originPattern('https://www.example.com')).toBe('https://www.example.com/*');
});

describe('isOriginGranted', () => {
  test.each<[string, string[], boolean]>([
    ['https://www.example.com', ['https://www.example.com/*'], true],
    ['https://www.example.com', ['http://www.example.com/*'], false],
    ['https://www.example.com', ['*://www.example.com/*'], true],
    ['https://www.example.com', ['https://*.example.com/*'], true],
    ['https://example.com', ['https://*.example.com/*'], true],
    ['https://badexample.com', ['https://*.example.com/*'], false],
    ['http://127.0.0.1', ['http://127.0.0.1/*'], true],
    ['https://www.example.com', ['<all_urls>'], true],
    ['https://www.example.com', ['https://*/*'], true],
    ['https://www.example.com', [], false],
  ])('%s with %j → %s', (origin, granted, expected) => {
    expect(isOriginGranted(origin, granted)).toBe(expected);
  });
});
