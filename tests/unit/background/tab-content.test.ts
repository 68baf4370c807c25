import { beforeEach, describe, expect, test, vi } from 'vitest';

// The extension API, as far as ensureContentScript uses it: no script answers yet, injection works.
const api = {
  tabs: { sendMessage: vi.fn(async () => Promise.reject(new Error('Could not establish connection'))) },
  scripting: { insertCSS: vi.fn(async () => undefined), executeScript: vi.fn(async () => [] as unknown[]) },
};
vi.mock('webextension-polyfill', () => ({ default: api }));
const { ensureContentScript, onInjectionSent } = await import('../../../src/shared/tab-content');

describe('ensureContentScript', () => {
  beforeEach(() => {
    api.scripting.executeScript.mockClear();
    api.scripting.insertCSS.mockClear();
  });

  test('requests for one tab while its injection is under way inject once', async () => {
    await Promise.all([ensureContentScript(7), ensureContentScript(7), ensureContentScript(7)]);
    expect(api.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(api.scripting.insertCSS).toHaveBeenCalledTimes(1);
  });

  test('other tabs are injected each, and a later request checks again', async () => {
    await Promise.all([ensureContentScript(1), ensureContentScript(2)]);
    expect(api.scripting.executeScript).toHaveBeenCalledTimes(2);
    // Done: the next request asks the tab again (here still no answer, so it injects again).
    await ensureContentScript(1);
    expect(api.scripting.executeScript).toHaveBeenCalledTimes(3);
  });

  test('injection listeners hear of each injection once it is sent, before the script has run', async () => {
    let release: () => void = () => undefined;
    api.scripting.executeScript.mockImplementationOnce(() => new Promise<unknown[]>((resolve) => (release = () => resolve([]))));
    const heard: number[] = [];
    onInjectionSent(() => heard.push(api.scripting.executeScript.mock.calls.length));
    const done = ensureContentScript(11);
    await vi.waitFor(() => expect(heard).toEqual([1]));
    release();
    await done;
    // A tab that already runs the script is not injected again, and nobody hears of it.
    api.tabs.sendMessage.mockResolvedValueOnce(undefined as never);
    await ensureContentScript(11);
    expect(heard).toEqual([1]);
  });

  test('a failed injection is not remembered', async () => {
    api.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(ensureContentScript(9)).rejects.toThrow('Cannot access');
    await ensureContentScript(9);
    expect(api.scripting.executeScript).toHaveBeenCalledTimes(2);
  });
});
