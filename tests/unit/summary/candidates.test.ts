import { describe, expect, test } from 'vitest';
import { findCandidates, isTitleCase, summaryCandidates } from '../../../src/core/summary/candidates';
import { articleTextFromBlocks, articleTextFromRawText } from '../../../src/core/text/article-text';

describe('summaryCandidates', () => {
  test('keeps body sentences and drops headline, caption, credit and copyright blocks', () => {
    const article = articleTextFromBlocks([
      { text: 'Last US And NATO Forces Leave Bagram', kind: 'headline' },
      { text: 'The last U.S. and NATO forces have left Bagram Airbase after two decades.', kind: 'paragraph' },
      { text: 'An Afghan soldier stands on a Humvee at Bagram Air Base on Friday.', kind: 'caption' },
      { text: 'The Taliban welcomed the withdrawal of the foreign forces on Friday.', kind: 'paragraph' },
      { text: '© 2024 Latin Times. All rights reserved. Do not reproduce without permission.', kind: 'paragraph' },
    ]);
    const { candidates, captions } = findCandidates(article);
    expect(candidates.map((c) => c.text)).toEqual([
      'The last U.S. and NATO forces have left Bagram Airbase after two decades.',
      'The Taliban welcomed the withdrawal of the foreign forces on Friday.',
    ]);
    expect(candidates.map((c) => [c.index, c.paragraph])).toEqual([[0, 0], [1, 1]]);
    expect(captions.map((c) => article.text.slice(c.start, c.end))).toContain('An Afghan soldier stands on a Humvee at Bagram Air Base on Friday.');
  });

  test('plain text: the caption line after an image id and the credit line are not candidates', () => {
    const text = [
      'The last foreign forces left the base on Friday, after nearly twenty years of war in the country.',
      'GettyImages-1233765341',
      'An Afghan soldier looks out at Bagram Air Base, after all US and NATO troops left, on July 2, 2021. ZAKERIA HASHIMI/AFP via Getty Images',
      'The Taliban welcomed the step and called it a positive development.',
    ].join('\n\n');
    const texts = summaryCandidates(articleTextFromRawText(text)).map((c) => c.text);
    expect(texts).toEqual([
      'The last foreign forces left the base on Friday, after nearly twenty years of war in the country.',
      'The Taliban welcomed the step and called it a positive development.',
    ]);
  });

  test('plain text: a short first line on its own is the title, read as editorial text', () => {
    const text = 'Bill Clinton calls Obamacare a crazy system.\n\nFormer President Bill Clinton criticized the Affordable Care Act during a campaign stop in Flint.';
    const article = articleTextFromRawText(text);
    const { candidates, captions } = findCandidates(article);
    expect(candidates.map((c) => c.text)).toEqual(['Former President Bill Clinton criticized the Affordable Care Act during a campaign stop in Flint.']);
    expect(captions.map((c) => article.text.slice(c.start, c.end))).toEqual(['Bill Clinton calls Obamacare a crazy system.']);
  });

  test('one-line CNN text: the dateline is cut and offsets point into the text', () => {
    const text = '(CNN)They may not be extraterrestrials, but we may be close to finding evidence of alien life, a NASA scientist says. "We know where to look," she said on Tuesday at the panel.';
    const [first, second] = summaryCandidates(articleTextFromRawText(text));
    expect(first?.text).toBe('They may not be extraterrestrials, but we may be close to finding evidence of alien life, a NASA scientist says.');
    expect(text.slice(first!.start, first!.end)).toBe(first!.text);
    expect(second?.quoted.map((q) => second.text.slice(q.start, q.end))).toEqual(['"We know where to look,"']);
  });

  test('one-line DailyMail text: a glued caption is cut off the sentence after it', () => {
    const text =
      'Gary Locke will be confirmed as the permanent manager of Kilmarnock on Friday. Kilmarnock went unbeaten during his first six games in charge of the club He has impressed the chairman with the way he has conducted himself.';
    const texts = summaryCandidates(articleTextFromRawText(text)).map((c) => c.text);
    expect(texts).toEqual([
      'Gary Locke will be confirmed as the permanent manager of Kilmarnock on Friday.',
      'He has impressed the chairman with the way he has conducted himself.',
    ]);
  });

  test('caption labels, unpunctuated runs and fragments are dropped', () => {
    const text =
      'The man was hit by a car at a busy junction on Monday. Tragic: The man was thrown off his motorbike by the impact. Yes, why not? Police said the driver had stopped at the scene to help. His brother died at the same junction last year';
    const texts = summaryCandidates(articleTextFromRawText(text)).map((c) => c.text);
    expect(texts).toEqual(['The man was hit by a car at a busy junction on Monday.', 'Police said the driver had stopped at the scene to help.']);
  });

  test('a long run with photo-position notes is captions the glue finder could not split', () => {
    const captions =
      'Raheem Sterling (right) was pictured smoking a shisha pipe with team-mate Jordon Ibe earlier this season Liverpool boss Brendan Rodgers (left) has not disciplined Sterling or Ibe for the incident Ibe was present among the squad during their training session on Friday ahead of their semi-final against Aston Villa at Wembley.';
    const text = `Liverpool face Aston Villa in their FA Cup semi-final at Wembley on Sunday afternoon. ${captions} Rodgers said the players had learned from it.`;
    const texts = summaryCandidates(articleTextFromRawText(text)).map((c) => c.text);
    expect(texts).toEqual(['Liverpool face Aston Villa in their FA Cup semi-final at Wembley on Sunday afternoon.', 'Rodgers said the players had learned from it.']);
  });

  test('a short sentence with "(pictured)" is a sentence', () => {
    const text = 'Smith (pictured) was named captain of the side on Friday afternoon. He said he was proud of the team.';
    expect(summaryCandidates(articleTextFromRawText(text)).map((c) => c.text)).toHaveLength(2);
  });

  test('an article with no body text has no candidates', () => {
    expect(summaryCandidates(articleTextFromRawText(''))).toEqual([]);
  });
});

describe('isTitleCase', () => {
  test.each([
    ['Only 24 Percent of Hillary Clinton’s Contributors Are Small Donors.', true],
    ['Pence: Gennifer Flowers Won’t Be at Debate', true],
    ['Hillary Clinton met Donald Trump in New York.', false],
    ['The base was handed over on Friday.', false],
    ['Kabul Falls', false], // fewer than three words
    ['Taliban Take Kabul', true],
    ['the Taliban and the Kabul', false], // only two capitalised words
    [Array.from({ length: 31 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}`).join(' '), false], // too many words for a title
    ['A Title With a lowercase Word Inside', false],
  ])('%s → %s', (line, expected) => {
    expect(isTitleCase(line)).toBe(expected);
  });
});
