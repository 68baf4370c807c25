/**
 * Why the extension cannot annotate a page at this address, or null when it can. Browsers forbid
 * content scripts on their own pages and on the add-on stores; PDF viewers show no article DOM.
 */
export function restrictionReason(url: string | undefined | null): string | null {
  if (!url) return 'This tab has no page Pressmark can read.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This tab has no page Pressmark can read.';
  }
  const scheme = u.protocol.replace(':', '');
  if (BROWSER_SCHEMES.has(scheme)) return 'This is a browser page: browsers do not let extensions read it.';
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'file') return `Pages at ${scheme}: addresses cannot be annotated.`;
  const host = u.hostname;
  if (isStore(host, u.pathname)) return 'This is an extension store: browsers do not let extensions run there.';
  if (FIREFOX_RESTRICTED_HOSTS.has(host)) return 'This is a Mozilla site that Firefox protects from extensions.';
  if (/\.pdf$/i.test(u.pathname)) return 'This is a PDF document: Pressmark annotates web articles, not PDF files.';
  return null;
}

const BROWSER_SCHEMES = new Set([
  'chrome', 'edge', 'brave', 'opera', 'vivaldi', 'about', 'moz-extension', 'chrome-extension', 'view-source', 'devtools',
  'resource', 'chrome-search', 'chrome-untrusted', 'data', 'blob', 'javascript',
]);

// Firefox's extensions.webextensions.restrictedDomains (default value): no content script runs there.
const FIREFOX_RESTRICTED_HOSTS = new Set([
  'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net', 'addons.mozilla.org',
  'api.accounts.firefox.com', 'content.cdn.mozilla.net', 'discovery.addons.mozilla.org', 'install.mozilla.org',
  'oauth.accounts.firefox.com', 'profile.accounts.firefox.com', 'support.mozilla.org', 'sync.services.mozilla.com',
]);

function isStore(host: string, path: string): boolean {
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && path.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com'
  );
}

/**
 * A reader's explanation of why injecting the content script failed (the browser's own messages are
 * for developers), given the error and the tab's address.
 */
export function injectionFailureReason(error: unknown, url: string | undefined | null): string {
  const known = restrictionReason(url);
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  if (/gallery|webstore|store/i.test(message)) return 'This is an extension store: browsers do not let extensions run there.';
  if (/error page/i.test(message)) return 'This tab shows an error page: there is no article to annotate.';
  if (url?.startsWith('file:')) {
    return 'Pressmark can read files on your computer only when "Allow access to file URLs" is on in its extension settings.';
  }
  if (/permission|cannot access|not allowed|missing host/i.test(message)) {
    return 'Pressmark has no access to this page right now. Click its toolbar button (or press Alt+Shift+A) on the page to annotate it.';
  }
  return 'The browser did not let Pressmark into this page.';
}
