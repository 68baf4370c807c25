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
  if (['chrome', 'edge', 'about', 'moz-extension', 'chrome-extension', 'view-source', 'devtools', 'resource', 'chrome-search', 'data', 'blob', 'javascript'].includes(scheme)) {
    return 'This is a browser page: browsers do not let extensions read it.';
  }
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'file') return `Pages at ${scheme}: addresses cannot be annotated.`;
  const host = u.hostname;
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) || host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com') {
    return 'This is an extension store: browsers do not let extensions run there.';
  }
  if (/\.pdf$/i.test(u.pathname)) return 'This is a PDF document: Pressmark annotates web articles, not PDF files.';
  return null;
}
