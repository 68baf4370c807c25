import type { Metadata, Notice } from '../core/annotations';
import { buildDomArticleText, isSkippedElement, type BlockSource, type DomArticleText } from './dom-article-text';
import { readMetadata } from './metadata';

/** What article detection found on a page. */
export type DetectionResult =
  | { found: true; article: DomArticleText; root: Element; metadata: Metadata; notices: Notice[] }
  | { found: false; reason: string; metadata: Metadata };

/** Options of detection. */
export interface DetectOptions {
  url?: string | null;
  /** Extra hidden-element test for live pages (computed style). */
  isHidden?: (el: Element) => boolean;
}

const BLOCK_KIND: Record<string, BlockSource['kind']> = {
  P: 'paragraph',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  BLOCKQUOTE: 'blockquote',
  FIGCAPTION: 'caption',
  PRE: 'preformatted',
};

const MIN_ARTICLE_CHARS = 400;

/**
 * Finds the main article of a document and builds its ArticleText. First version: the element
 * holding the most paragraph text; later issues make it excellent.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): DetectionResult {
  const metadata = readMetadata(doc, options.url ?? null);
  const isHidden = options.isHidden ?? isSkippedElement;
  const body = doc.body;
  if (!body) return { found: false, reason: 'The page has no body.', metadata };
  const scores = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
  }
  let root: Element | null = null;
  let best = 0;
  for (const [el, score] of scores) if (score > best) [root, best] = [el, score];
  if (!root || best < MIN_ARTICLE_CHARS) {
    return { found: false, reason: 'No block of article text was found on this page.', metadata };
  }
  const sources: BlockSource[] = [];
  const walk = (el: Element): void => {
    if (isHidden(el)) return;
    const kind = BLOCK_KIND[el.tagName.toUpperCase()];
    if (kind) {
      sources.push({ element: el, kind });
      return;
    }
    for (const child of Array.from(el.children)) walk(child);
  };
  walk(root);
  const article = buildDomArticleText(sources, isHidden);
  return { found: true, article, root, metadata, notices: [] };
}
