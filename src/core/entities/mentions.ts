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

// Margins of learned scores are mapped to 0..1 with this temperature (scores are perceptron sums).
const TEMPERATURE = 4;

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Tags the article and returns mentions in text order. */
export function findMentions(article: ArticleText, tagger: EntityTagger): RawMention[] {
  const sentences: { tokens: Token[]; info: SentenceInfo; block: TextBlock }[] = [];
  for (const s of splitSentences(article)) {
    if (isFurniture(article.text.slice(s.block.start, s.block.end))) continue;
    const tokens = entityTokens(article.text.slice(s.start, s.end), s.start);
    if (!tokens.length) continue;
    sentences.push({ tokens, info: tagger.sentenceInfo(tokens.map((t) => t.text)), block: s.block });
  }
  const tagged = tagger.tagDocument(sentences.map((s) => s.info));
  const out: RawMention[] = [];
  sentences.forEach((s, si) => {
    const { labels, scores: emissions } = tagged[si]!;
    const scores = tagger.maxMarginals(emissions, labels.length);
    let begin = -1;
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i]!;
      if (l === O) continue;
      const pos = labelPos(l);
      if (pos === 0 || pos === 3) begin = i;
      if ((pos === 2 || pos === 3) && begin >= 0) {
        const first = s.tokens[begin]!;
        const last = s.tokens[i]!;
        out.push({
          start: first.start,
          end: last.end,
          text: article.text.slice(first.start, last.end),
          type: labelType(l),
          confidence: spanConfidence(scores, labels, begin, i),
          block: s.block,
        });
        begin = -1;
      }
    }
  });
  return out;
}

/**
 * Confidence of a span from max-marginals: how far the best path through each token's label beats
 * the best path that makes the token O, and the best path that gives it another type.
 */
function spanConfidence(scores: Float32Array, labels: Int32Array, from: number, to: number): number {
  let conf = 1;
  for (let i = from; i <= to; i++) {
    const o = i * LABEL_COUNT;
    const l = labels[i]!;
    const t = labelType(l);
    let otherType = -Infinity;
    for (let k = 1; k < LABEL_COUNT; k++) if (labelType(k) !== t) otherType = Math.max(otherType, scores[o + k]!);
    let own = -Infinity;
    for (let k = 1; k < LABEL_COUNT; k++) if (labelType(k) === t) own = Math.max(own, scores[o + k]!);
    conf = Math.min(conf, sigmoid((own - scores[o + O]!) / TEMPERATURE) * sigmoid((own - otherType) / TEMPERATURE));
  }
  return conf;
}
