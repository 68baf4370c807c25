import { parseHTML } from 'linkedom';
import type { Annotations, Metadata } from '../core/annotations';
import { annotate } from '../core/annotate';
import { DETECTION_MAX_CHARS } from '../core/limits';
import { detectArticle } from '../page/detect-article';
import { capNesting } from './cap-nesting';
import type { DomArticleText } from '../page/dom-article-text';

/** The outcome of annotating one HTML page in Node. */
export type PageResult =
  | { ok: true; annotations: Annotations; document: Document; article: DomArticleText }
  | { ok: false; reason: string; metadata: Metadata; document: Document };

/** Parses an HTML page with linkedom, detects its article and annotates it. */
export function annotateHtml(page: string, url: string | null, summarySentences = 3): PageResult {
  // Nesting is bounded the way browsers bound it, or linkedom's parse alone grows with its square.
  const html = capNesting(page);
  let { document } = parseHTML(html) as unknown as { document: Document };
  // linkedom builds no <html> for text without tags ("", "hello", a lone doctype) and its body getter
  // then throws; a browser would put that text in a body, so parse it the way a browser would.
  if (!document.documentElement) ({ document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document });
  const t0 = performance.now();
  const detection = detectArticle(document, { url, maxChars: DETECTION_MAX_CHARS });
  const detectMs = performance.now() - t0;
  if (!detection.found) return { ok: false, reason: detection.reason, metadata: detection.metadata, document };
  const annotations = annotate(detection.article, {
    url,
    metadata: detection.metadata,
    notices: detection.notices,
    detectMs,
    summarySentences,
  });
  return { ok: true, annotations, document, article: detection.article };
}
