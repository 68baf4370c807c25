import type { Span } from '../annotations';

/**
 * Features of each word occurrence in the candidate sentences, for the model that predicts which
 * words a human summary of the article would use. Word-level rather than sentence-level: thousands
 * of words per article give a stable model from few articles, and the summary can then be chosen
 * to cover the most likely words in the fewest words (see select-sentences.ts).
 */

/** Function words: frequent in every summary, so they are told apart from content words. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but of to in on at for with by from as is was are were be been being it its this that these
  those he she they we i you his her their our my me him them us not no so if then than there here which who
  whom whose what when where why how also has have had do does did will would can could may might shall
  should said says say just about into over after before up out more most some any all one two new`
    .split(/\s+/)
    .filter(Boolean),
);

/** Names of the features, in the order of the weight vector (index 0 is the bias). */
export const FEATURE_NAMES = [
  'bias',
  'stopword',
  'name',
  'number',
  'logCount',
  'logLeadCount',
  'logFirstSentence',
  'inEditorialText',
  'inFirstSentence',
  'logSentencePosition',
  'sentenceStartsInQuote',
  'insideQuote',
  'isFirstSentence',
] as const;

/** Number of features per word occurrence. */
export const FEATURE_COUNT = FEATURE_NAMES.length;

// Sentences counted as the lead when measuring how much a word belongs to the opening.
const LEAD_SENTENCES = 5;

/** What the word model reads about an article: candidate sentences and the signals around them. */
export interface WordDoc {
  /** Lowercased word tokens of each candidate sentence, in article order. */
  tokens: string[][];
  /** The distinct tokens; `ids` index into it. */
  vocabulary: string[];
  /** Per sentence, the vocabulary index of each token. */
  ids: Int32Array[];
  /** Words seen capitalised inside a sentence or in a recognised entity: names. */
  names: ReadonlySet<string>;
  /** Words of captions and the headline: text an editor wrote to sum the story up. */
  editorial: ReadonlySet<string>;
  /** Per sentence: whether it starts inside a quotation (the speaker's words, not the story's). */
  startsInQuote: boolean[];
  /** Per sentence, per token: whether the token is inside quotation marks. */
  quoted: boolean[][];
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Lowercased word tokens of a text (letters and digits; punctuation dropped). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

const NAME_RE = /(?<=\s)\p{Lu}[\p{L}\p{N}'’-]*/gu;

/** A candidate sentence as the word model reads it. */
export interface SentenceInput {
  text: string;
  /** Quoted speech in the sentence, as offsets into `text`. */
  quoted: readonly Span[];
}

/** Builds the word model's view of candidate sentences (plus caption/headline text and names). */
export function buildWordDoc(sentences: readonly SentenceInput[], editorialTexts: readonly string[], extraNames: Iterable<string> = []): WordDoc {
  const names = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(NAME_RE)) for (const w of words(m[0])) if (!STOPWORDS.has(w)) names.add(w);
  for (const n of extraNames) for (const w of words(n)) if (!STOPWORDS.has(w)) names.add(w);
  const editorial = new Set<string>();
  for (const t of editorialTexts) for (const w of words(t)) editorial.add(w);
  const tokens: string[][] = [];
  const quoted: boolean[][] = [];
  const startsInQuote: boolean[] = [];
  for (const s of sentences) {
    const toks: string[] = [];
    const inQuote: boolean[] = [];
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(s.text); m; m = WORD_RE.exec(s.text)) {
      const at = m.index;
      toks.push(m[0].toLowerCase());
      inQuote.push(s.quoted.some((q) => at >= q.start && at < q.end));
    }
    tokens.push(toks);
    quoted.push(inQuote);
    startsInQuote.push(inQuote[0] ?? false);
  }
  const index = new Map<string, number>();
  const vocabulary: string[] = [];
  const ids = tokens.map((toks) => {
    // A plain loop: TypedArray.from with a mapping function goes through the iterator protocol.
    const out = new Int32Array(toks.length);
    for (let k = 0; k < toks.length; k++) {
      const w = toks[k]!;
      let id = index.get(w);
      if (id === undefined) {
        id = vocabulary.length;
        index.set(w, id);
        vocabulary.push(w);
      }
      out[k] = id;
    }
    return out;
  });
  return { tokens, vocabulary, ids, names, editorial, startsInQuote, quoted };
}

/**
 * The features of every word occurrence: one Float64Array per sentence, FEATURE_COUNT values per
 * token, in the order of FEATURE_NAMES.
 */
export function wordFeatures(doc: WordDoc): Float64Array[] {
  // Per word type: how often, how early, and what kind of word; computed once per type.
  const V = doc.vocabulary.length;
  const t = new Float64Array(V * TYPE_FEATURES);
  for (let v = 0; v < V; v++) t[v * TYPE_FEATURES + T_FIRST] = -1;
  doc.ids.forEach((ids, i) => {
    for (let k = 0; k < ids.length; k++) {
      const o = ids[k]! * TYPE_FEATURES;
      if (t[o + T_FIRST] === -1) t[o + T_FIRST] = i;
      t[o + T_COUNT]!++;
      if (i < LEAD_SENTENCES) t[o + T_LEAD]!++;
      if (i === 0) t[o + T_IN_FIRST] = 1;
    }
  });
  doc.vocabulary.forEach((w, v) => {
    const o = v * TYPE_FEATURES;
    const stop = STOPWORDS.has(w);
    t[o + T_STOP] = stop ? 1 : 0;
    t[o + T_NAME] = !stop && doc.names.has(w) ? 1 : 0;
    t[o + T_NUMBER] = /\p{N}/u.test(w) ? 1 : 0;
    t[o + T_EDITORIAL] = doc.editorial.has(w) ? 1 : 0;
    t[o + T_COUNT] = Math.log(t[o + T_COUNT]!);
    t[o + T_LEAD] = Math.log(1 + t[o + T_LEAD]!);
    t[o + T_FIRST] = Math.log(1 + t[o + T_FIRST]!);
  });
  return doc.ids.map((ids, i) => {
    const f = new Float64Array(ids.length * FEATURE_COUNT);
    const opens = doc.startsInQuote[i] ? 1 : 0;
    const quoted = doc.quoted[i] ?? [];
    const logPosition = Math.log(i + 1);
    for (let k = 0; k < ids.length; k++) {
      const ty = ids[k]! * TYPE_FEATURES;
      const o = k * FEATURE_COUNT;
      f[o] = 1;
      f[o + 1] = t[ty + T_STOP]!;
      f[o + 2] = t[ty + T_NAME]!;
      f[o + 3] = t[ty + T_NUMBER]!;
      f[o + 4] = t[ty + T_COUNT]!; // log count
      f[o + 5] = t[ty + T_LEAD]!; // log (1 + count in the lead)
      f[o + 6] = t[ty + T_FIRST]!; // log (1 + first sentence index)
      f[o + 7] = t[ty + T_EDITORIAL]!;
      f[o + 8] = t[ty + T_IN_FIRST]!;
      f[o + 9] = logPosition;
      f[o + 10] = opens;
      f[o + 11] = quoted[k] ? 1 : 0;
      f[o + 12] = i === 0 ? 1 : 0;
    }
    return f;
  });
}

// Slots of the per-type scratch vector in wordFeatures.
const T_COUNT = 0;
const T_LEAD = 1;
const T_FIRST = 2;
const T_IN_FIRST = 3;
const T_STOP = 4;
const T_NAME = 5;
const T_NUMBER = 6;
const T_EDITORIAL = 7;
const TYPE_FEATURES = 8;

/** Probability, per word occurrence, that a human summary uses the word (logistic model). */
export function wordProbabilities(features: readonly Float64Array[], weights: readonly number[]): Float64Array[] {
  return logistic(features, weights, FEATURE_COUNT);
}

/** Names of the features of a pair of adjacent words, in the order of the bigram weight vector. */
export const BIGRAM_FEATURE_NAMES = ['bias', 'wordLogits', 'functionWordPair', 'logCount', 'inEditorialText'] as const;

/** Number of features per adjacent word pair. */
export const BIGRAM_FEATURE_COUNT = BIGRAM_FEATURE_NAMES.length;

// Logits are clamped so a near-certain word cannot dominate a pair.
const MAX_LOGIT = 8;

/**
 * Features of every pair of adjacent words in each sentence (one Float64Array per sentence,
 * BIGRAM_FEATURE_COUNT values per pair): the pair is likely in a summary when both words are, when
 * it recurs in the article, and when both words are in captions or the headline.
 */
export function bigramFeatures(doc: WordDoc, wordProbs: readonly Float64Array[]): Float64Array[] {
  const V = doc.vocabulary.length;
  const count = new Map<number, number>();
  for (const ids of doc.ids) for (let k = 1; k < ids.length; k++) {
    const key = ids[k - 1]! * V + ids[k]!;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const stop = new Uint8Array(V);
  const editorial = new Uint8Array(V);
  for (let v = 0; v < V; v++) {
    const w = doc.vocabulary[v]!;
    stop[v] = STOPWORDS.has(w) ? 1 : 0;
    editorial[v] = doc.editorial.has(w) ? 1 : 0;
  }
  const logit = (p: number): number => Math.max(-MAX_LOGIT, Math.min(MAX_LOGIT, Math.log(p / (1 - p))));
  return doc.ids.map((ids, i) => {
    const pairs = Math.max(0, ids.length - 1);
    const f = new Float64Array(pairs * BIGRAM_FEATURE_COUNT);
    const p = wordProbs[i]!;
    for (let k = 0; k < pairs; k++) {
      const a = ids[k]!;
      const b = ids[k + 1]!;
      const o = k * BIGRAM_FEATURE_COUNT;
      f[o] = 1;
      f[o + 1] = logit(p[k]!) + logit(p[k + 1]!);
      f[o + 2] = stop[a]! & stop[b]!;
      f[o + 3] = Math.log(count.get(a * V + b) ?? 1);
      f[o + 4] = editorial[a]! & editorial[b]!;
    }
    return f;
  });
}

/** Probability, per adjacent word pair, that a human summary uses the pair (logistic model). */
export function bigramProbabilities(features: readonly Float64Array[], weights: readonly number[]): Float64Array[] {
  return logistic(features, weights, BIGRAM_FEATURE_COUNT);
}

function logistic(features: readonly Float64Array[], weights: readonly number[], width: number): Float64Array[] {
  return features.map((f) => {
    const n = f.length / width;
    const p = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      let z = 0;
      for (let j = 0; j < width; j++) z += f[k * width + j]! * (weights[j] ?? 0);
      p[k] = 1 / (1 + Math.exp(-z));
    }
    return p;
  });
}
