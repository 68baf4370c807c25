/** The core and the Node page pipeline as one library, for the bench, eval and fuzz scripts. */
export { annotate } from '../core/annotate';
export { recognizeEntities, tagTokens } from '../core/entities/index';
export { findQuotes, findQuotesInText } from '../core/quotes/index';
export { findSources } from '../core/sources/index';
export { summarize, summarizeText } from '../core/summary/index';
export { articleTextFromPlainText, articleTextFromRawText } from '../core/text/article-text';
export { tokenize } from '../core/text/tokenize';
export { annotationsToMarkdown } from '../core/report/markdown';
export { detectArticle } from '../page/detect-article';
export { annotateHtml } from './page-pipeline';
export { registerModelsFrom } from './node-models';
