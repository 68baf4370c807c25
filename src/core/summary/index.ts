import type { ArticleText, Entity, Quote, Summary } from '../annotations';
import { articleTextFromRawText } from '../text/article-text';
import { splitSentences } from '../text/sentences';
import { findCandidates, type Candidate } from './candidates';
import { selectSentences } from './select-sentences';
import { bigramFeatures, bigramProbabilities, buildWordDoc, wordFeatures, wordProbabilities, type WordDoc } from './word-features';
import { SUMMARY_BIGRAM_WEIGHTS, SUMMARY_WORD_WEIGHTS } from './word-model-weights';

/** Options of the summarizer. */
export interface SummaryOptions {
  /** Number of sentences, 1 to 5. */
  sentences: number;
  /** Word-model weights to use instead of the trained ones (training and cross-validation). */
  weights?: readonly number[];
  /** Word-pair model weights to use instead of the trained ones (training and cross-validation). */
  bigramWeights?: readonly number[];
}

/** Context the summarizer may use: what the other stages found (may be empty). */
export interface SummaryContext {
  entities: readonly Entity[];
  quotes: readonly Quote[];
}

/**
 * Length of a human summary per summary sentence, in words: the length the chosen sentences are
 * weighed against (a news highlight runs about 15 words).
 */
export const WORDS_PER_SUMMARY_SENTENCE = 15;

/**
 * How much a sentence in a speaker's voice (one that starts inside a quotation, or whose words are
 * mostly quoted) counts against one in the article's own voice: a summary says what happened;
 * quotes are the evidence. Costs no ROUGE on the CNN/DM sample (cross-validated), and keeps
 * summaries from being strings of quotes.
 */
export const QUOTED_SENTENCE_WEIGHT = 0.5;

/**
 * Weight of word-pair (ROUGE-2) coverage against single-word coverage in the selection objective;
 * chosen by cross-validation on the CNN/DM sample among 0, 0.5, 1, 2, 3, 4 and 6.
 */
export const BIGRAM_COVERAGE_WEIGHT = 2;

const MIN_SENTENCES = 1;
const MAX_SENTENCES = 5;

/**
 * An extractive summary: the body sentences that best cover the words a human summary of the
 * article would use, per word spent, shown in article order. Never a caption, credit, dateline or
 * call to action (see candidates.ts).
 */
export function summarize(article: ArticleText, context: SummaryContext, options: SummaryOptions): Summary {
  const count = Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, Math.round(options.sentences) || MIN_SENTENCES));
  const { candidates, captions } = findCandidates(article, splitSentences(article));
  if (!candidates.length) return { method: 'extractive', sentences: [] };
  const headlines = article.blocks.filter((b) => b.kind === 'headline');
  const editorial = [...captions, ...headlines].map((s) => article.text.slice(s.start, s.end));
  const names = context.entities.flatMap((e) => [e.name, ...e.aliases]);
  const doc = buildWordDoc(candidates, editorial, names);
  markQuotedOpenings(doc, candidates, context.quotes);
  const probabilities = wordProbabilities(wordFeatures(doc), options.weights ?? SUMMARY_WORD_WEIGHTS);
  const pairProbabilities = bigramProbabilities(bigramFeatures(doc, probabilities), options.bigramWeights ?? SUMMARY_BIGRAM_WEIGHTS);
  const discount = (p: Float64Array, i: number): Float64Array => (inSpeakersVoice(doc, i) ? p.map((x) => x * QUOTED_SENTENCE_WEIGHT) : p);
  const chosen = selectSentences(
    candidates.map((_, i) => ({
      tokens: doc.tokens[i]!,
      probabilities: discount(probabilities[i]!, i),
      bigramProbabilities: discount(pairProbabilities[i]!, i),
    })),
    { count, targetWords: WORDS_PER_SUMMARY_SENTENCE * count, bigramWeight: BIGRAM_COVERAGE_WEIGHT },
  );
  return {
    method: 'extractive',
    sentences: chosen.map((i) => {
      const c = candidates[i]!;
      return { start: c.start, end: c.end, text: c.text };
    }),
  };
}

/** Whether a candidate is in a speaker's voice: it starts inside a quotation, or most of its words are quoted. */
function inSpeakersVoice(doc: WordDoc, i: number): boolean {
  if (doc.startsInQuote[i]) return true;
  const quoted = doc.quoted[i] ?? [];
  let inside = 0;
  for (const q of quoted) if (q) inside++;
  return quoted.length > 0 && inside * 2 >= quoted.length;
}

// A sentence the quote finder saw inside a direct quotation counts as starting in one, even where
// the marks are missing or unusual.
function markQuotedOpenings(doc: WordDoc, candidates: readonly Candidate[], quotes: readonly Quote[]): void {
  const direct = quotes.filter((q) => q.direct && !q.partial);
  if (!direct.length) return;
  candidates.forEach((c, i) => {
    if (direct.some((q) => q.start <= c.start + 1 && q.end > c.start)) doc.startsInQuote[i] = true;
  });
}

/** Summarizes a plain-text article (paragraphs separated by line breaks) into sentence strings. */
export function summarizeText(text: string, sentences = 3): string[] {
  const article = articleTextFromRawText(text);
  return summarize(article, { entities: [], quotes: [] }, { sentences }).sentences.map((s) => s.text);
}
