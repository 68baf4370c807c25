import type { ArticleText, Entity } from '../annotations';

/**
 * Recognizes named entities in the article and groups their mentions.
 * First version: placeholder until the trained tagger lands (issue 4).
 */
export function recognizeEntities(article: ArticleText): Entity[] {
  void article;
  return [];
}

/** Tags pre-split tokens with IOB2 tags (PER, ORG, LOC, MISC), one per token. */
export function tagTokens(tokens: readonly string[]): string[] {
  return tokens.map(() => 'O');
}
