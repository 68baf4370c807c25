import fs from 'node:fs';
import { articleTextFromRawText } from '../../../src/core/text/article-text';
import { analyze, type QuoteAnalysis } from '../../../src/core/quotes/analysis';

/** One PolNeAR attribution as stored in the shared data (character offsets into the text). */
export interface GoldAttribution {
  start: number;
  end: number;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  direct: boolean;
  fullyQuoted: boolean;
  contentSpans?: { start: number; end: number }[];
}

/** One PolNeAR article with its attributions. */
export interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldAttribution[];
}

/** A gold document together with the quote finder's analysis of its text. */
export interface AnalyzedDoc {
  doc: GoldDoc;
  a: QuoteAnalysis;
}

/** Reads a PolNeAR split from the shared data folder. */
export function readSplit(split: 'train' | 'dev', dir = '/work/shared/data/quotes'): GoldDoc[] {
  return fs
    .readFileSync(`${dir}/polnear.${split}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

/** Analyzes every document of a split the way the quote finder does at run time. */
export function analyzeSplit(docs: readonly GoldDoc[]): AnalyzedDoc[] {
  return docs.map((doc) => ({ doc, a: analyze(articleTextFromRawText(doc.text)) }));
}

/** Token index range [first, last+1) covering a character span, or null when no token falls in it. */
export function tokenRange(a: QuoteAnalysis, start: number, end: number): [number, number] | null {
  let lo = 0;
  let hi = a.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  while (k < a.tokens.length && a.tokens[k]!.start < end) k++;
  return k > lo ? [lo, k] : null;
}
