import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

/** The speaker span's text of the direct quote whose text starts with `opening`. */
function speakerOf(text: string, opening: string): string | null {
  const q = findQuotes(articleTextFromPlainText(text), []).find((x) => x.direct && x.text.startsWith(opening));
  return q?.speaker?.start != null ? text.slice(q.speaker.start, q.speaker.end) : null;
}

describe('a sentence closing on "according to" credits the quotation to that source', () => {
  test.each([
    ['after an inverted attribution', 'The mayor spoke to reporters on Monday. "We will rebuild the bridge by spring," Dana Whitfield said, according to the Riverton Gazette.', 'We will rebuild', 'Riverton Gazette'],
    ['after a cue with an aside', '"Nobody expected the vote to pass," Carl Benning said of the council, according to a transcript of the meeting.', 'Nobody expected', 'a transcript of the meeting'],
  ])('%s', (_name, text, opening, source) => {
    expect(speakerOf(text, opening)).toBe(source);
  });

  test.each([
    ['no closing source', '"We will rebuild the bridge by spring," Dana Whitfield said on Monday.', 'We will rebuild', 'Dana Whitfield'],
    ['"according to" in a later sentence', '"We will rebuild the bridge by spring," Dana Whitfield said. The cost is high, according to the Riverton Gazette.', 'We will rebuild', 'Dana Whitfield'],
  ])('the speaker stays when there is %s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});

describe('a digest line names its quotation between a dash and a colon', () => {
  test.each([
    ['a single name', 'Turnout surprised the pollsters - Nora Pell: "Nobody had the young voters in their samples this year."', 'Nobody had', 'Nora Pell'],
    ['two names after "More from"', 'The suburbs moved late -More from Ames and Corley: "The shift came in the final week of the race."', 'The shift', 'Corley'],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  test('words that are no label leave the speaker to the sentence', () => {
    const text = 'The result was clear - Nora Pell said it best: "Nobody had the young voters in their samples."';
    expect(speakerOf(text, 'Nobody had')).toBe('Nora Pell');
  });
});
