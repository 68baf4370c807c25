// What scripts/train-summary.mjs needs from the summarizer, bundled for Node.
export { articleTextFromRawText } from '../../../src/core/text/article-text';
export { splitSentences } from '../../../src/core/text/sentences';
export { findCandidates } from '../../../src/core/summary/candidates';
export {
  buildWordDoc,
  wordFeatures,
  wordProbabilities,
  bigramFeatures,
  words,
  FEATURE_NAMES,
  FEATURE_COUNT,
  BIGRAM_FEATURE_NAMES,
  BIGRAM_FEATURE_COUNT,
} from '../../../src/core/summary/word-features';
export { summarize } from '../../../src/core/summary/index';
