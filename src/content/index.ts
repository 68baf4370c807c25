import browser from 'webextension-polyfill';
import type { Annotations } from '../core/annotations';
import { annotate } from '../core/annotate';
import { registerGlobalModels } from '../core/models';
import { detectArticle } from '../page/detect-article';
import type { DomArticleText } from '../page/dom-article-text';
import { isToContent, type PageState, type ToContent } from '../messages';
import { makeLiveIsHidden } from './live-visibility';
import { HighlightPainter } from './painter';

/** The content script: detects the article, annotates it, paints highlights and answers the popup. */
interface ContentState {
  page: PageState;
  article: DomArticleText | null;
  painter: HighlightPainter;
}

const GUARD = '__pressmarkContent';
const g = globalThis as unknown as Record<string, ContentState | undefined>;

function run(state: ContentState, summarySentences: number): PageState {
  try {
    const t0 = performance.now();
    const detection = detectArticle(document, { url: location.href, isHidden: makeLiveIsHidden(window) });
    const detectMs = performance.now() - t0;
    if (!detection.found) {
      state.painter.clear();
      state.article = null;
      return { state: 'no-article', reason: detection.reason };
    }
    const annotations: Annotations = annotate(detection.article, {
      url: location.href,
      metadata: detection.metadata,
      notices: detection.notices,
      detectMs,
      summarySentences,
    });
    state.article = detection.article;
    state.painter.paint(detection.article, annotations);
    return { state: 'annotated', annotations };
  } catch (e) {
    return { state: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

function handle(state: ContentState, msg: ToContent): PageState | { ok: true } {
  switch (msg.kind) {
    case 'pm:get-state':
      return state.page;
    case 'pm:annotate':
      if (msg.force || state.page.state !== 'annotated') state.page = run(state, msg.summarySentences ?? 3);
      return state.page;
    case 'pm:set-visible':
      state.painter.setVisible(msg.category, msg.visible);
      return { ok: true };
    case 'pm:set-all-visible':
      state.painter.setAllVisible(msg.visible);
      return { ok: true };
    case 'pm:clear':
      state.painter.clear();
      state.page = { state: 'working' };
      return { ok: true };
    case 'pm:reveal':
    case 'pm:step-mention':
      return { ok: true };
  }
}

if (!g[GUARD]) {
  registerGlobalModels();
  const state: ContentState = { page: { state: 'working' }, article: null, painter: new HighlightPainter(document) };
  g[GUARD] = state;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isToContent(message)) return undefined;
    return Promise.resolve(handle(state, message));
  });
}
