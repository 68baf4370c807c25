/** What the error view puts in a bug report. */
export interface DiagnosticsInput {
  version: string;
  browser: string;
  userAgent: string;
  /** The annotated page's address; only scheme, host and path are kept (queries can hold tokens). */
  pageUrl: string | null;
  state: string;
  message: string;
  time: Date;
}

/**
 * The plain-text report the reader copies from the error view. It leaves out the page's query
 * string and fragment, which may hold session tokens or search terms, and holds no article text.
 */
export function diagnosticsText({ version, browser, userAgent, pageUrl, state, message, time }: DiagnosticsInput): string {
  return [
    'Pressmark diagnostics',
    `version: ${version}`,
    `browser: ${browser}`,
    `user agent: ${userAgent}`,
    `page: ${pageUrl ? redactUrl(pageUrl) : 'unknown'}`,
    `state: ${state}`,
    `message: ${message}`,
    `time: ${time.toISOString()}`,
  ].join('\n');
}

/** An address without its query string, fragment and credentials ("https://host/path"). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(not a valid address)';
  }
}
