import { describe, expect, test } from 'vitest';
import { findGluePoints, separateCaptions, startsWithCaptionLabel } from '../../../src/core/summary/caption-glue';

const glueAt = (text: string): string[] => findGluePoints(text, 0, text.length).map((p) => text.slice(p, p + 12));

describe('findGluePoints', () => {
  test.each([
    ['a caption before a pronoun', 'Klopp chats with Durm during training on Wednesday He said it was fine.', ['He said it w']],
    ['a caption before an opening quote', 'Kilmarnock will confirm Locke as the new manager ‘I’d be over the moon,’ said Locke.', ['‘I’d be over']],
    ['a quotation after a name is left alone', 'A neighbour told the New York Post ‘She was arrested last week at home.’', []],
    ['a caption before "The" and a lowercase word', 'Klopp waves to the fans in November The German boss has won twice.', []],
    ['a caption before "The" and a lowercase word (detected)', 'Fans wave at the players in november The club lost again.', ['The club los']],
    ['"told The Times" is a name, not a boundary', 'He told The Times that the plan was dead.', []],
    ['"by The Mail on Sunday" is a name', 'A document seen by The Mail on Sunday says so.', []],
    ['a short quoted title after a noun', 'She stars in the series "Modern Family" on ABC.', []],
    ['a quotation after a speech verb', 'She was adding ‘I accept things I cannot change’ to the letter.', []],
    ['a pronoun inside a title', 'He wrote a song called How Did We Get Here for the album.', []],
    ['punctuation before the capital', 'It was over, He said nothing more.', []],
    ['plain prose', 'The last U.S. and NATO forces have left Bagram Airbase in a historic handover.', []],
    ['a caption label after an ordinary word', 'The lamb is twice the average weight towering over peers Proud mum: Jean with her son.', ['Proud mum: J']],
    ['"he told reporters: …" is speech, not a label', 'The coach was blunt after the game as Smith Told reporters: It was poor.', []],
  ])('%s', (_name, text, expected) => {
    expect(glueAt(text)).toEqual(expected);
  });
});

describe('separateCaptions', () => {
  test('cuts every caption run before the sentence proper', () => {
    const text = 'Klopp has revealed he will leave at the end of the season Klopp chats with Durm on Wednesday He said: ‘It would be nice.’';
    const { captions, body } = separateCaptions(text, { start: 0, end: text.length });
    expect(body && text.slice(body.start, body.end)).toBe('He said: ‘It would be nice.’');
    expect(captions.map((c) => text.slice(c.start, c.end))).toEqual([
      'Klopp has revealed he will leave at the end of the season Klopp chats with Durm on Wednesday',
    ]);
  });

  test('a sentence without glue is returned whole', () => {
    const text = 'The Taliban welcomed the withdrawal.';
    expect(separateCaptions(text, { start: 0, end: text.length })).toEqual({ captions: [], body: { start: 0, end: text.length } });
  });
});

describe('startsWithCaptionLabel', () => {
  test.each([
    ['Wanted: Police in Maryland have issued a warrant.', true],
    ['Bizarre lawsuit: Wannabe singer claims theft.', true],
    ['CLAIM: MP Jesse Norman is being investigated.', true],
    ['He said: ‘It is obviously sad news.’', false],
    ['Prudential specialist Clare Moffat said: ‘It could come as a shock.’', false],
    ['It reads: ‘A significant degree of influence.’', false],
    ['The talks ended without a deal.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(startsWithCaptionLabel(sentence)).toBe(expected);
  });
});
