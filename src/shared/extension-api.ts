/**
 * The few WebExtensions calls the content script (and the settings it reads) makes, promise-based in
 * both browsers without webextension-polyfill. The polyfill costs the content script about 10 KB
 * of its 88 KB and its set-up (a Proxy over `chrome` and a table of every API's arity) on every
 * page before detection can start; Firefox's `browser` and Chrome's MV3 `chrome` already return
 * promises for these calls. Only Chrome's onMessage needs help: a listener there answers through
 * sendResponse, not by returning a promise. Replies follow the polyfill's conventions, since the
 * background and popup, which keep the polyfill, talk to the content script.
 */

/** What a message listener gets besides the message. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** A listener that answers with a promise, or returns undefined when the message is not for it. */
export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** A change to one stored key. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** A listener to storage changes. */
export type StorageChangeListener = (changes: Record<string, StorageChange>, area: string) => void;

interface Event<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** The calls used: messaging with the extension, and the reader's synced settings. */
export interface ExtensionApi {
  runtime: {
    readonly id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Event<MessageListener>;
  };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: Event<StorageChangeListener>;
  };
}

/** The polyfill's marker for a listener's rejection sent as a reply (its sendMessage turns it back into an error). */
const REJECTED = '__mozWebExtensionPolyfillReject__';
/** Chrome's error when listeners exist but none answered: Firefox (and the polyfill) resolve undefined. */
const NO_RESPONSE = 'The message port closed before a response was received.';

type ChromeListener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean;

interface ChromeLike {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Event<ChromeListener>;
  };
  storage: ExtensionApi['storage'];
}

/** Adapts Chrome's promise-returning MV3 API to the polyfill's behaviour for the calls above. */
export function adaptChrome(chrome: ChromeLike): ExtensionApi {
  const wrapped = new Map<MessageListener, ChromeListener>();
  const wrap = (listener: MessageListener): ChromeListener => {
    let w = wrapped.get(listener);
    if (!w) {
      w = (message, sender, sendResponse) => {
        let answer: Promise<unknown> | undefined;
        try {
          answer = listener(message, sender);
        } catch (e) {
          answer = Promise.reject(e);
        }
        if (!answer) return false;
        answer.then(sendResponse, (e: unknown) => sendResponse({ [REJECTED]: true, message: e instanceof Error ? e.message : 'An unexpected error occurred' })).catch(() => undefined);
        return true;
      };
      wrapped.set(listener, w);
    }
    return w;
  };
  return {
    runtime: {
      get id() {
        return chrome.runtime.id;
      },
      async sendMessage(message) {
        let reply: unknown;
        try {
          reply = await chrome.runtime.sendMessage(message);
        } catch (e) {
          if (e instanceof Error && e.message === NO_RESPONSE) return undefined;
          throw e;
        }
        if (reply !== null && typeof reply === 'object' && (reply as Record<string, unknown>)[REJECTED] === true) {
          throw new Error(String((reply as Record<string, unknown>).message));
        }
        return reply;
      },
      onMessage: {
        addListener: (listener) => chrome.runtime.onMessage.addListener(wrap(listener)),
        removeListener: (listener) => {
          const w = wrapped.get(listener);
          if (!w) return;
          chrome.runtime.onMessage.removeListener(w);
          wrapped.delete(listener);
        },
      },
    },
    storage: chrome.storage,
  };
}

let api: ExtensionApi | null = null;

/** The extension API of this context: Firefox's own `browser`, Chrome's `chrome` adapted. */
export function extensionApi(): ExtensionApi {
  if (api) return api;
  const g = globalThis as { browser?: ExtensionApi; chrome?: ChromeLike };
  // The build says which browser; a context without the flag (a test) goes by what is there.
  const chromeBuild = typeof __BROWSER__ === 'undefined' ? !g.browser?.runtime : __BROWSER__ === 'chrome';
  if (chromeBuild && g.chrome?.runtime) return (api = adaptChrome(g.chrome));
  if (g.browser?.runtime) return (api = g.browser);
  throw new Error('Pressmark: no WebExtensions API in this context.');
}
