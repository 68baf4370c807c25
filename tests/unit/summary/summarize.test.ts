import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Quote } from '../../../src/core/annotations';
import { summarize, summarizeText } from '../../../src/core/summary/index';
import { articleTextFromBlocks, articleTextFromRawText } from '../../../src/core/text/article-text';

const seed = fs.readFileSync(new URL('../../fixtures/bagram-article.txt', import.meta.url), 'utf8');
const none = { entities: [], quotes: [] };

describe('summarize on the seed article', () => {
  const article = articleTextFromRawText(seed);
  const summary = summarize(article, none, { sentences: 3 });
  const text = summary.sentences.map((s) => s.text).join(' ');

  test('three sentences, in article order, each pointing at its place in the text', () => {
    expect(summary.method).toBe('extractive');
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    const starts = summary.sentences.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('names the handover of Bagram, the withdrawal of U.S. and NATO forces, and the Taliban', () => {
    expect(text).toMatch(/handover/);
    expect(text).toMatch(/Bagram/);
    expect(text).toMatch(/U\.S\. and NATO forces have left|withdraw/);
    expect(text).toMatch(/The Taliban has expressed its appreciation|Taliban spokesman/);
  });

  test('no caption, credit, image id or copyright text', () => {
    expect(text).not.toMatch(/Humvee|Getty|HASHIMI|©|reserved|reproduce/);
  });

  test.each([1, 2, 3, 4, 5])('%i sentence(s) when asked', (n) => {
    expect(summarize(article, none, { sentences: n }).sentences).toHaveLength(n);
  });

  test('out-of-range lengths are clamped to 1..5', () => {
    expect(summarize(article, none, { sentences: 0 }).sentences).toHaveLength(1);
    expect(summarize(article, none, { sentences: 9 }).sentences).toHaveLength(5);
  });
});

describe('summarize', () => {
  test('a caption block is never quoted even when it repeats the story', () => {
    const article = articleTextFromBlocks([
      { text: 'Bagram handed over', kind: 'headline' },
      { text: 'The last U.S. and NATO forces have left Bagram Airbase in a historic handover to the Afghan army.', kind: 'paragraph' },
      { text: 'U.S. and NATO forces left Bagram Airbase in a handover to the Afghan army on Friday.', kind: 'caption' },
      { text: 'The Taliban welcomed the withdrawal of the foreign forces from Bagram on Friday.', kind: 'paragraph' },
      { text: 'The weather in Kabul was mild for the time of year, officials noted.', kind: 'paragraph' },
    ]);
    const sentences = summarize(article, none, { sentences: 2 }).sentences.map((s) => s.text);
    expect(sentences).not.toContain('U.S. and NATO forces left Bagram Airbase in a handover to the Afghan army on Friday.');
    expect(sentences).toHaveLength(2);
  });

  test('a sentence the quote finder marks as a direct quotation counts less than the narrative', () => {
    const text = [
      'Troops left the Bagram base on Friday after a handover to the Afghan army, officials said.',
      'The handover of Bagram to the Afghan army ends the war for the troops, the spokesman said.',
      'Officials confirmed the handover of the base to the Afghan army on Friday morning.',
    ].join('\n\n');
    const article = articleTextFromRawText(text);
    const second = article.blocks[1]!;
    const quote: Quote = {
      id: 'q1', start: second.start, end: second.end - 25, text: '', direct: true, partial: false,
      speaker: null, cue: null, channel: null, confidence: 1,
    };
    const plain = summarize(article, none, { sentences: 2 }).sentences.map((s) => s.start);
    const withQuote = summarize(article, { entities: [], quotes: [quote] }, { sentences: 2 }).sentences.map((s) => s.start);
    expect(plain).toContain(second.start);
    expect(withQuote).not.toContain(second.start);
  });

  test('an empty article has an empty summary', () => {
    expect(summarize(articleTextFromRawText(''), none, { sentences: 3 }).sentences).toEqual([]);
  });
});

describe('summarizeText', () => {
  test('one-line CNN text: sentence strings, without the "(CNN)" dateline', () => {
    const text =
      '(CNN)Rescuers in Nepal have pulled a man from the wreckage of a building where he was stuck for 82 hours after the earthquake. ' +
      'His survival is unusual, as experts say it is rare for people who are trapped to hold out for longer than 72 hours. ' +
      'The man, Rishi Khanal, was saved after a French rescue team found him under the rubble on Tuesday. ' +
      'The team used specialized gear that detects signs of life, a spokesman for the police said.';
    const out = summarizeText(text);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^Rescuers in Nepal/);
    for (const s of out) expect(text).toContain(s);
  });

  test('the number of sentences defaults to three', () => {
    expect(summarizeText(seed)).toHaveLength(3);
    expect(summarizeText(seed, 1)).toHaveLength(1);
  });
});
