import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerModel } from '../../../src/core/models';
import { acceptAttributions } from '../../../src/core/quotes/acceptance';
import { analyze } from '../../../src/core/quotes/analysis';
import { findAttributions, type RawAttribution } from '../../../src/core/quotes/attributions';
import { findCues, quotesModel } from '../../../src/core/quotes/cue-model';
import { isQuotedHeading, isQuotedNickname } from '../../../src/core/quotes/non-speech-quotations';
import { articleTextFromRawText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

/** The quoted candidates of a text (before acceptance) whose content holds the given words. */
function quotedCandidates(text: string, words: string) {
  const model = quotesModel()!;
  const a = analyze(articleTextFromRawText(text));
  const th = { direct: model.cueThresholdDirect, indirect: model.cueThreshold };
  const raw = findAttributions(a, findCues(a, model, Math.min(th.direct, th.indirect)), model, th);
  return { a, raw, model, found: raw.filter((r) => r.direct && r.pieces.some((p) => text.slice(p.start, p.end).includes(words))) };
}

const STORY = (heading: string): string =>
  `“The mill will stay open as long as I run it,” the owner told the town council on Monday.\n\n${heading}\n\nBy noon the parking lot was full and the line for coffee reached the door.`;

describe('isQuotedHeading', () => {
  test.each([
    // A quotation in single marks alone on its line heads a section.
    ["'Nobody saw this coming.'", true],
    ['‘Nobody saw this coming.’', true],
    // The same words in double marks may be the owner's next words, a quote running on.
    ['“Nobody saw this coming.”', false],
    // Words beside the quotation make it part of a sentence, not a heading.
    ["She paused. 'Nobody saw this coming.'", false],
  ])('%s -> %s', (heading, expected) => {
    const { a, found } = quotedCandidates(STORY(heading), 'Nobody saw');
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((r) => isQuotedHeading(a, r))).toBe(expected);
  });

  test('the speech in double marks above the heading is not a heading', () => {
    const { a, found } = quotedCandidates(STORY("'Nobody saw this coming.'"), 'The mill');
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((r) => isQuotedHeading(a, r))).toBe(false);
  });

  test('acceptance drops a quoted heading with or without a model, and keeps the speech', () => {
    const text = STORY("'Nobody saw this coming.'");
    const { a, raw, model } = quotedCandidates(text, 'Nobody saw');
    const holds = (rs: typeof raw, w: string): boolean => rs.some((r) => r.pieces.some((p) => text.slice(p.start, p.end).includes(w)));
    for (const weights of [undefined, model.accept]) {
      const kept = acceptAttributions(a, raw, weights, { direct: 0, indirect: 0 });
      expect(holds(kept, 'Nobody saw')).toBe(false);
      expect(holds(kept, 'The mill')).toBe(true);
    }
  });
});

describe('isQuotedNickname', () => {
  /** Whether a quoted candidate made of the quotation holding the words is read as a nickname. */
  const nickname = (text: string, words: string): boolean => {
    const a = analyze(articleTextFromRawText(text));
    const m = a.quotes.find((q) => text.slice(q.innerStart, q.innerEnd).includes(words))!;
    const r: RawAttribution = { pieces: [{ start: m.start, end: m.end }], direct: true, partial: true, speaker: null, cue: null, channel: null, confidence: 1, continued: false, via: 'orphan-partial' };
    return isQuotedNickname(a, r);
  };

  test.each([
    // A nickname between a given name and a surname, in running text.
    ['Former governor R.J. “Buster” Malloy (R) told reporters on Friday that he would not run.', 'Buster', true],
    ['The coach, Dan “The Hammer” Kowalski, said the team would be ready.', 'The Hammer', true],
  ])('%s', (text, words, expected) => {
    expect(nickname(text, words)).toBe(expected);
  });

  test.each([
    // One capitalised word quoted after a verb is speech.
    ['Asked whether he would run, Malloy said “Never” and walked off the stage.', 'Never'],
    // A title-case headline capitalises every word around the quotation.
    ['Malloy Calls Harbor Plan “Reckless” In Fiery Speech', 'Reckless'],
    // A quotation ending in a stop is a sentence, not a name.
    ['Mayor Calls Plan “Reckless.” Malloy says the vote will be close.', 'Reckless'],
  ])('not a nickname: %s', (text, words) => {
    expect(nickname(text, words)).toBe(false);
  });

  test('acceptance drops a quoted nickname', () => {
    const text = 'Former governor R.J. “Buster” Malloy (R) told reporters on Friday that he would not run.';
    const model = quotesModel()!;
    const a = analyze(articleTextFromRawText(text));
    const th = { direct: model.cueThresholdDirect, indirect: model.cueThreshold };
    const raw = findAttributions(a, findCues(a, model, Math.min(th.direct, th.indirect)), model, th);
    const kept = acceptAttributions(a, raw, undefined, { direct: 0, indirect: 0 });
    expect(kept.some((r) => r.direct && r.pieces.some((p) => text.slice(p.start, p.end) === '“Buster”' || text.slice(p.start, p.end) === 'Buster'))).toBe(false);
    expect(raw.some((r) => r.direct)).toBe(true);
  });
});
