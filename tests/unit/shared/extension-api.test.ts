import { describe, expect, test, vi } from 'vitest';
import { adaptChrome, type MessageListener } from '../../../src/shared/extension-api';

type ChromeListener = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => boolean;

/** A stand-in for Chrome's MV3 `chrome`: promise-returning sendMessage, listeners answering through sendResponse. */
function fakeChrome(send: (message: unknown) => Promise<unknown>) {
  const listeners: ChromeListener[] = [];
  const chrome = {
    runtime: {
      id: 'ext-id',
      sendMessage: vi.fn(send),
      onMessage: {
        addListener: (l: ChromeListener) => void listeners.push(l),
        removeListener: (l: ChromeListener) => void listeners.splice(listeners.indexOf(l), 1),
      },
    },
    storage: {
      sync: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined) },
      onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
    },
  };
  /** Delivers a message as Chrome would: the first listener returning true keeps the channel open for its reply. */
  const deliver = (message: unknown): Promise<unknown> =>
    new Promise((resolve) => {
      for (const l of listeners) if (l(message, { id: 'ext-id' }, resolve)) return;
      resolve('no answer');
    });
  return { chrome, listeners, deliver };
}

describe('adaptChrome: runtime.sendMessage', () => {
  test('resolves with the reply', async () => {
    const { chrome } = fakeChrome(async () => ({ ok: true }));
    await expect(adaptChrome(chrome).runtime.sendMessage({ kind: 'x' })).resolves.toEqual({ ok: true });
    expect(chrome.runtime.sendMessage).toHaveBeenCalledWith({ kind: 'x' });
  });

  test('a listener that answered nothing resolves undefined, as in Firefox', async () => {
    const { chrome } = fakeChrome(async () => {
      throw new Error('The message port closed before a response was received.');
    });
    await expect(adaptChrome(chrome).runtime.sendMessage({})).resolves.toBeUndefined();
  });

  test('other failures reject (an invalidated context, no receiver)', async () => {
    const { chrome } = fakeChrome(async () => {
      throw new Error('Extension context invalidated.');
    });
    await expect(adaptChrome(chrome).runtime.sendMessage({})).rejects.toThrow('Extension context invalidated.');
  });

  test("a polyfilled listener's rejection becomes an error", async () => {
    const { chrome } = fakeChrome(async () => ({ __mozWebExtensionPolyfillReject__: true, message: 'bad request' }));
    await expect(adaptChrome(chrome).runtime.sendMessage({})).rejects.toThrow('bad request');
  });
});

describe('adaptChrome: runtime.onMessage', () => {
  test("a listener's promise is the reply; undefined leaves the message to others", async () => {
    const { chrome, deliver } = fakeChrome(async () => undefined);
    const api = adaptChrome(chrome);
    const listener: MessageListener = (message) => ((message as { kind: string }).kind === 'mine' ? Promise.resolve({ got: message }) : undefined);
    api.runtime.onMessage.addListener(listener);
    await expect(deliver({ kind: 'mine' })).resolves.toEqual({ got: { kind: 'mine' } });
    await expect(deliver({ kind: 'other' })).resolves.toBe('no answer');
  });

  test("a listener's rejection (or throw) is sent in the polyfill's form", async () => {
    const { chrome, deliver } = fakeChrome(async () => undefined);
    const api = adaptChrome(chrome);
    api.runtime.onMessage.addListener(() => Promise.reject(new Error('nope')));
    await expect(deliver({})).resolves.toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'nope' });
    const { chrome: c2, deliver: d2 } = fakeChrome(async () => undefined);
    adaptChrome(c2).runtime.onMessage.addListener(() => {
      throw new Error('thrown');
    });
    await expect(d2({})).resolves.toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'thrown' });
  });

  test('removeListener removes the wrapper that was added', () => {
    const { chrome, listeners } = fakeChrome(async () => undefined);
    const api = adaptChrome(chrome);
    const listener: MessageListener = () => undefined;
    const other: MessageListener = () => Promise.resolve('other');
    api.runtime.onMessage.addListener(listener);
    api.runtime.onMessage.addListener(other);
    const otherWrapper = listeners[1];
    api.runtime.onMessage.removeListener(listener);
    expect(listeners).toEqual([otherWrapper]);
    api.runtime.onMessage.removeListener(() => undefined);
    expect(listeners).toEqual([otherWrapper]);
  });

  test('runtime.id reads the live value (it goes when the extension is reloaded)', () => {
    const { chrome } = fakeChrome(async () => undefined);
    const api = adaptChrome(chrome);
    expect(api.runtime.id).toBe('ext-id');
    chrome.runtime.id = undefined as unknown as string;
    expect(api.runtime.id).toBeUndefined();
  });
});
