/**
 * The origin a reader means by what they typed ("nytimes.com/section", "https://www.bbc.co.uk/"),
 * as "https://host", or null when it names no web site. No scheme means https. Ports are dropped:
 * extension match patterns cannot hold one, and a site's permission covers every port.
 */
export function parseSiteInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname;
  // A bare word ("news") is no site; localhost and IP addresses are.
  if (!host.includes('.') && host !== 'localhost' && !host.startsWith('[')) return null;
  if (host.split('.').some((label) => label === '')) return null;
  return `${u.protocol}//${host}`;
}

/** The host permission pattern that covers an origin ("https://host" → "https://host/*"). */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Whether granted host patterns (permissions.getAll().origins) cover an origin. */
export function isOriginGranted(origin: string, granted: readonly string[]): boolean {
  const scheme = origin.slice(0, origin.indexOf(':'));
  const host = origin.slice(origin.indexOf('//') + 2);
  return granted.some((pattern) => {
    const m = /^(\*|https?):\/\/([^/]+)\/\*?/.exec(pattern) ?? /^<all_urls>$/.exec(pattern);
    if (!m) return false;
    if (m[0] === '<all_urls>') return true;
    const [, pScheme, pHostWithPort] = m as unknown as [string, string, string];
    const pHost = pHostWithPort.replace(/:\d+$/, '');
    if (pScheme !== '*' && pScheme !== scheme) return false;
    if (pHost === '*') return true;
    if (pHost.startsWith('*.')) return host === pHost.slice(2) || host.endsWith(pHost.slice(1));
    return host === pHost;
  });
}
