import type { ArticleText, CitedSource, Credit, Entity, Quote } from '../annotations';

/** The outside sources an article cites and its credit lines. */
export interface SourcesResult {
  sources: CitedSource[];
  credits: Credit[];
}

/** Finds cited sources (agencies, outlets, platforms, officials, documents) and credit lines. */
export function findSources(article: ArticleText, entities: readonly Entity[], quotes: readonly Quote[]): SourcesResult {
  void article;
  void entities;
  void quotes;
  return { sources: [], credits: [] };
}
