import browser from 'webextension-polyfill';

/** The tab the popup annotates: `?tab=ID` when opened as a tab ("pop out"), else the active tab. */
export async function resolveTargetTab(search: string): Promise<browser.Tabs.Tab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id)) return null;
    try {
      return await browser.tabs.get(id);
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
