import { SCRIPT_START } from './script-start';
import { extensionApi, type MessageSender } from '../shared/extension-api';
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
  const browser = extensionApi();
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
  const controller = new ContentController({
    win: window,
    painter: choosePainter,
    lifecycle,
    scriptStart: SCRIPT_START,
    metadataWhileCoreRuns: __BROWSER__ !== 'firefox',
    settings: { load: loadSettings, watch: onSettingsChanged },
    background: {
      annotated: (entities, quotes) => void send({ kind: 'pm:annotated', entities, quotes }),
      applyColors: () => void send({ kind: 'pm:apply-colors' }),
      applyStyles: (scope) => send({ kind: 'pm:apply-colors', scope }),
      // For an open popup, which shows the header while the core runs; nobody listening is fine.
      // Chromium's popup has a thread of its own: the pipeline tells it once the core request has
      // left (so the core's input is not queued behind it) and nothing waits. In Firefox the popup
      // shares the background's thread, so it answers once the header is painted and the core starts
      // then (never waiting more than DETECTED_WAIT_MS).
      detected: async (metadata, text) => {
        if (!lifecycle.check()) return;
        const message: ToPopup = { kind: 'pm:detected', metadata, words: countWords(text), url: location.href };
        const told = browser.runtime.sendMessage(message).catch(() => undefined);
        if (__BROWSER__ !== 'firefox') return;
        await Promise.race([told, new Promise((resolve) => setTimeout(resolve, DETECTED_WAIT_MS))]);
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
  const listener = (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
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
