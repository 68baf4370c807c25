/**
 * Finds entity mentions in article text: tags each block's sentences as one document, turns BILOU
 * labels into spans with a confidence, and skips page furniture (copyright lines, image ids).
 */
import type { ArticleText, TextBlock } from '../annotations';
import { splitSentences } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { entityTokens } from './entity-tokens';
import type { SentenceInfo } from './features';
import { labelPos, labelType, LABEL_COUNT, O } from './labels';
import type { EntityTagger } from './tagger';

/** A mention found by the tagger, before grouping. */
export interface RawMention {
  start: number;
  end: number;
  text: string;
  /** 0 PER, 1 ORG, 2 LOC, 3 MISC. */
  type: number;
  confidence: number;
  block: TextBlock;
}

// Lines that belong to the page, not the story: copyright notices and bare image identifiers.
const FURNITURE = /^(?:©|\(c\)|copyright\b)|all rights reserved|^[\w.-]*\d{5,}[\w.-]*$/i;

/** Whether a block is page furniture that must not yield entities. */
export function isFurniture(text: string): boolean {
  return FURNITURE.test(text.trim());
}


const SHOUTED = /^\p{Lu}[\p{Lu}'’-]{3,}$/u;

// asciiCase answers: an ASCII word without letters, with no lower-case letter, with one; or not ASCII.
const NO_LETTER = 0;
const UPPER_ONLY = 1;
const HAS_LOWER = 2;
const NON_ASCII = 3;

/** How an ASCII word is cased (letters and lower case read by char code), or NON_ASCII. */
function asciiCase(w: string): number {
  let letter = false;
  let lower = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return NON_ASCII;
    if (c >= 97 && c <= 122) lower = letter = true;
    else if (c >= 65 && c <= 90) letter = true;
  }
  return !letter ? NO_LETTER : lower ? HAS_LOWER : UPPER_ONLY;
}

/** A cheap first test for SHOUTED: at least four characters, the first not an ASCII character other than A-Z. */
function mayShout(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length >= 4 && (c >= 128 || (c >= 65 && c <= 90));
}

/**
 * Runs of two or more words in capitals inside an ordinary sentence ("ZAKERIA HASHIMI/AFP via
 * Getty Images") are read in title case: the tagger learned capitals from whole headlines, not
 * from credits. Sentences mostly in capitals are left alone.
 */
export function recaseShouting(words: string[]): string[] {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    const shape = asciiCase(w);
    const letter = shape === NON_ASCII ? /\p{L}/u.test(w) : shape !== NO_LETTER;
    if (!letter) continue;
    letters++;
    if (w.length > 1 && (shape === NON_ASCII ? w === w.toUpperCase() : shape === UPPER_ONLY)) caps++;
  }
  if (caps >= 0.6 * letters) return words;
  const out = [...words];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && mayShout(words[j]!) && SHOUTED.test(words[j]!)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out[k] = words[k]!.charAt(0) + words[k]!.slice(1).toLowerCase();
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Tags the article and returns mentions in text order. */
export function findMentions(article: ArticleText, tagger: EntityTagger): RawMention[] {
  const sentences: { tokens: Token[]; info: SentenceInfo; block: TextBlock }[] = [];
  // A block's sentences come together: its furniture test is made once.
  let furnitureBlock: TextBlock | null = null;
  let furniture = false;
  for (const s of splitSentences(article)) {
    if (s.block !== furnitureBlock) {
      furnitureBlock = s.block;
      furniture = isFurniture(article.text.slice(s.block.start, s.block.end));
    }
    if (furniture) continue;
    const tokens = entityTokens(article.text.slice(s.start, s.end), s.start);
    if (!tokens.length) continue;
    sentences.push({ tokens, info: tagger.sentenceInfo(recaseShouting(tokens.map((t) => t.text))), block: s.block });
  }
  const tagged = tagger.tagDocument(sentences.map((s) => s.info));
  const out: RawMention[] = [];
  sentences.forEach((s, si) => {
    const { labels, scores, first } = tagged[si]!;
    const push = (from: number, to: number, label: number, confidence: number): void => {
      const a = s.tokens[from]!;
      const b = s.tokens[to]!;
      out.push({ start: a.start, end: b.end, text: article.text.slice(a.start, b.end), type: labelType(label), confidence, block: s.block });
    };
    const second = spansOf(labels);
    // Max-marginals cost two passes over the lattice: only sentences with a name need them.
    if (second.length) {
      const mm = tagger.maxMarginals(scores, labels.length);
      for (const [from, to] of second) push(from, to, labels[to]!, tagger.confidence(spanMargin(mm, labels, from, to)));
    }
    // A name the first pass was sure of and the second pass dropped altogether (a word the
    // training text never had, seen once: "on Twitter") is kept; on CoNLL dev this moves F1 by 0.02.
    let mm1: Float32Array | null = null;
    for (const [from, to] of spansOf(first.labels)) {
      if (second.some(([a, b]) => a <= to && from <= b)) continue;
      mm1 ??= tagger.maxMarginals(first.scores, labels.length, false);
      const c = tagger.firstPassConfidence(spanMargin(mm1, first.labels, from, to));
      if (c >= FIRST_PASS_KEEP) push(from, to, first.labels[to]!, c);
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** First-pass names at least this sure survive a second pass that left them out. */
const FIRST_PASS_KEEP = 0.5;

/** [first, last] token ranges of the names in a BILOU label sequence. */
function spansOf(labels: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  let begin = -1;
  for (let i = 0; i < labels.length; i++) {
    const pos = labelPos(labels[i]!);
    if (pos === 0 || pos === 3) begin = i;
    if ((pos === 2 || pos === 3) && begin >= 0) {
      out.push([begin, i]);
      begin = -1;
    }
  }
  return out;
}

/**
 * The margin of a span from max-marginals: how far the best path through each token's type beats
 * the best path that makes the token O or gives it another type (the smallest over the span).
 */
export function spanMargin(scores: Float32Array, labels: Int32Array, from: number, to: number): number {
  let margin = Infinity;
  for (let i = from; i <= to; i++) {
    const o = i * LABEL_COUNT;
    const t = labelType(labels[i]!);
    let other = scores[o + O]!;
    let own = -Infinity;
    for (let k = 1; k < LABEL_COUNT; k++) {
      if (labelType(k) === t) own = Math.max(own, scores[o + k]!);
      else other = Math.max(other, scores[o + k]!);
    }
    margin = Math.min(margin, own - other);
  }
  return margin;
}
