import { SCRIPT_START } from './script-start';
import browser from 'webextension-polyfill';
import { isToBackground, isToContent, type CoreReply, type CoreRestReply, type ToBackground, type ToPopup } from '../messages';
import { countWords } from '../core/report/markdown';
import { loadSettings, onSettingsChanged } from '../shared/settings';
import { ContentController } from './content-controller';
import { highlightApiOf } from './highlight-api';
import { isContextInvalidated, Lifecycle } from './lifecycle';
import { MarkPainter } from './mark-painter';
import { HighlightPainter, type Painter } from './painter';
import { markForTests } from './e2e-marks';

/**
 * The content script's entry: runs once per page (a second injection finds the first and does
 * nothing), only in the top frame, and annotates the page at once: it is injected only when the
 * reader asked (the popup, Alt+Shift+A) or allowed this site to be annotated automatically. It
 * detects the article and paints; the language core and its models live in the background.
 */

const GUARD = '__pressmarkContent';
// The longest the core waits for an open popup to paint the article's header.
const DETECTED_WAIT_MS = 100;
// The latest the popup's header waits for a core request to go first (a run reusing annotations sends none).
const TELL_POPUP_LATEST_MS = 20;
const g = globalThis as unknown as Record<string, unknown>;

/** Whether this script runs in the page's top frame (frames are never annotated unasked). */
function isTopFrame(): boolean {
  try {
    return window.top === window;
  } catch {
    // A cross-origin parent makes window.top inaccessible in some browsers: that is a frame.
    return false;
  }
}

function choosePainter(): Painter {
  const api = highlightApiOf(window);
  return api ? new HighlightPainter(document, api) : new MarkPainter(document);
}

function start(): void {
  markForTests('start');
  const lifecycle = new Lifecycle();
  // Settles once the background has the message (or it failed: an orphaned script then tears down).
  const send = async (message: ToBackground): Promise<void> => {
    if (!isToBackground(message) || !lifecycle.check()) return;
    try {
      await browser.runtime.sendMessage(message);
    } catch (e) {
      if (isContextInvalidated(e)) lifecycle.teardown();
    }
  };
  // The popup's 'detected' message waiting for the core request to leave first (Chromium).
  let tellPopup: (() => void) | null = null;
  const controller = new ContentController({
    win: window,
    painter: choosePainter(),
    lifecycle,
    scriptStart: SCRIPT_START,
    settings: { load: loadSettings, watch: onSettingsChanged },
    background: {
      annotated: (entities, quotes) => void send({ kind: 'pm:annotated', entities, quotes }),
      applyColors: () => void send({ kind: 'pm:apply-colors' }),
      applyStyles: (scope) => send({ kind: 'pm:apply-colors', scope }),
      // For an open popup, which shows the header while the core runs; nobody listening is fine. In
      // Firefox the popup shares the background's thread, so it answers once the header is painted
      // and the core starts then (never waiting more than DETECTED_WAIT_MS).
      detected: async (metadata, text) => {
        if (!lifecycle.check()) return;
        const tell = (): Promise<unknown> => {
          const message: ToPopup = { kind: 'pm:detected', metadata, words: countWords(text), url: location.href };
          return browser.runtime.sendMessage(message).catch(() => undefined);
        };
        // Chromium's popup has a thread of its own: there the core does not wait, and the header
        // (word count and message) leaves right after the core request, so the core's input is not
        // queued behind it; a run that reuses annotations sends no request, hence the timer.
        if (__BROWSER__ !== 'firefox') {
          let told = false;
          const once = (): void => {
            if (tellPopup === once) tellPopup = null;
            if (told) return;
            told = true;
            void tell();
          };
          tellPopup = once;
          setTimeout(once, TELL_POPUP_LATEST_MS);
          return;
        }
        await Promise.race([tell(), new Promise((resolve) => setTimeout(resolve, DETECTED_WAIT_MS))]);
      },
      runCoreRest: async (restId) => {
        try {
          return (await browser.runtime.sendMessage({ kind: 'pm:core-rest', restId } satisfies ToBackground)) as CoreRestReply;
        } catch (e) {
          if (isContextInvalidated(e)) lifecycle.teardown();
          return { ok: false, message: e instanceof Error ? e.message : String(e) };
        }
      },
      runCore: async (request) => {
        try {
          markForTests('send-core');
          const reply = browser.runtime.sendMessage({ kind: 'pm:run-core', request } satisfies ToBackground);
          tellPopup?.();
          const r = (await reply) as CoreReply;
          markForTests('reply');
          return r;
        } catch (e) {
          if (isContextInvalidated(e)) lifecycle.teardown();
          return { ok: false, message: e instanceof Error ? e.message : String(e) };
        }
      },
    },
  });
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only the extension's own pages and background talk to us; never a page or another extension.
    if (!isToContent(message) || sender.id !== browser.runtime.id) return undefined;
    return controller.handle(message);
  };
  browser.runtime.onMessage.addListener(listener);
  lifecycle.onTeardown(() => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The runtime is already gone with the extension.
    }
    if (g[GUARD] === lifecycle) g[GUARD] = undefined;
  });
  g[GUARD] = lifecycle;
  markForTests('controller');
  void controller.start();
}

if (isTopFrame()) {
  // A copy left from before an extension reload may share this scope: it steps aside (removing its
  // marks) when its extension is gone, and a live copy means this injection is a repeat.
  const earlier = g[GUARD] as Lifecycle | undefined;
  if (!earlier || !earlier.check()) start();
}
