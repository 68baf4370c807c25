import type { ArticleText, Entity, Quote, Summary } from '../annotations';
import { splitSentences } from '../text/sentences';
import { articleTextFromRawText } from '../text/article-text';

/** Options of the summarizer. */
export interface SummaryOptions {
  /** Number of sentences, 1 to 5. */
  sentences: number;
}

/** Context the summarizer may use: what the other stages found. */
export interface SummaryContext {
  entities: readonly Entity[];
  quotes: readonly Quote[];
}

/** An extractive summary: the chosen sentences in article order. First version: lead sentences. */
export function summarize(article: ArticleText, context: SummaryContext, options: SummaryOptions): Summary {
  void context;
  const body = splitSentences(article).filter((s) => s.block.kind === 'paragraph');
  const chosen = body.slice(0, options.sentences);
  return {
    method: 'extractive',
    sentences: chosen.map((s) => ({ start: s.start, end: s.end, text: article.text.slice(s.start, s.end) })),
  };
}

/** Summarizes a plain-text article (paragraphs separated by line breaks) into sentence strings. */
export function summarizeText(text: string, sentences = 3): string[] {
  const article = articleTextFromRawText(text);
  return summarize(article, { entities: [], quotes: [] }, { sentences }).sentences.map((s) => s.text);
}
