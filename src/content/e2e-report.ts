/**
 * Test builds only (dist-e2e): tells the page's test driver what the content script did, as a
 * window event carrying JSON text. Release builds compile this to nothing (__E2E__ is false), so a
 * real page never hears from us.
 */
export function reportForTests(win: Window, what: 'state' | 'card', detail: unknown): void {
  if (!__E2E__) return;
  const Ctor = (win as unknown as { CustomEvent: typeof CustomEvent }).CustomEvent;
  win.dispatchEvent(new Ctor(`pm-e2e-${what}`, { detail: JSON.stringify(detail) }));
}
