import { parseHTML } from 'linkedom';
import type { Annotations } from '../../../src/core/annotations';
import { emptyMetadata } from '../../../src/core/annotations';
import { buildDomArticleText, type DomArticleText } from '../../../src/page/dom-article-text';

/** A linkedom document and the article text built over its <p> elements, as detection would. */
export function articleFromHtml(body: string): { document: Document; article: DomArticleText } {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`) as unknown as { document: Document };
  const sources = [...document.querySelectorAll('p')].map((element) => ({ element, kind: 'paragraph' as const }));
  return { document, article: buildDomArticleText(sources) };
}

/** Annotations with just the given entities and quotes over a text. */
export function annotationsOf(text: string, parts: Partial<Pick<Annotations, 'entities' | 'quotes'>>): Annotations {
  return {
    version: 1,
    url: null,
    article: { title: null, text, blocks: [], language: 'en' },
    metadata: emptyMetadata(),
    entities: parts.entities ?? [],
    quotes: parts.quotes ?? [],
    sources: [],
    credits: [],
    summary: { sentences: [], method: 'extractive' },
    notices: [],
    timings: {},
  };
}

/** The [start, end) of the first occurrence of `needle` in `text` (throws when absent, so tests cannot pass vacuously). */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length };
}
