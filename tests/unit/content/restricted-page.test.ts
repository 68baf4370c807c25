import { describe, expect, test } from 'vitest';
import { injectionFailureReason, restrictionReason } from '../../../src/shared/restricted-page';

describe('restrictionReason', () => {
  test.each([
    ['https://www.latintimes.com/some-article-482113', null],
    ['http://127.0.0.1:8080/page.html', null],
    ['file:///home/me/saved.html', null],
    ['chrome://extensions/', 'browser page'],
    ['about:reader?url=https://a.example', 'browser page'],
    ['moz-extension://abc/popup.html', 'browser page'],
    ['view-source:https://a.example', 'browser page'],
    ['https://chromewebstore.google.com/detail/x', 'extension store'],
    ['https://chrome.google.com/webstore/detail/x', 'extension store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'extension store'],
    ['https://support.mozilla.org/kb', 'Mozilla site'],
    ['https://example.com/report.PDF', 'PDF'],
    ['ftp://example.com/', 'cannot be annotated'],
    [undefined, 'no page'],
    ['::::', 'no page'],
  ])('%s', (url, expected) => {
    const reason = restrictionReason(url);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toContain(expected);
  });
});

describe('injectionFailureReason', () => {
  test.each([
    ['The extensions gallery cannot be scripted.', 'https://a.example/', 'extension store'],
    ['Frame with ID 0 is showing error page', 'https://a.example/', 'error page'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'file:///a.html', 'Allow access to file URLs'],
    ['Missing host permission for the tab', 'https://a.example/', 'no access to this page'],
    ['Something else', 'https://a.example/', 'did not let Pressmark'],
    ['anything', 'chrome://settings', 'browser page'],
  ])('%s', (message, url, expected) => {
    expect(injectionFailureReason(new Error(message), url)).toContain(expected);
  });
});
