import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerModel } from '../../../src/core/models';
import type { RawAttribution } from '../../../src/core/quotes/attributions';
import { findQuotes } from '../../../src/core/quotes/index';
import { dropDuplicateContent, dropNestedAttributions } from '../../../src/core/quotes/nested-attributions';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

/** A raw attribution with the given pieces, kind and structure (no speaker or cue needed here). */
function raw(via: string, direct: boolean, ...pieces: [number, number][]): RawAttribution {
  return { pieces: pieces.map(([start, end]) => ({ start, end })), direct, partial: false, speaker: null, cue: null, channel: null, confidence: 0.9, continued: false, via };
}

describe('dropNestedAttributions', () => {
  test.each([
    ['a reported statement inside another reported one', raw('according-before', false, [10, 80]), raw('clause-after', false, [40, 80]), false],
    ['a reported statement inside one piece of a statement going on after "he said,"', raw('inside', false, [0, 30], [45, 120]), raw('clause-after', false, [60, 90]), false],
    ['a quotation inside a statement going on after "he said,"', raw('inside', false, [0, 30], [45, 120]), raw('orphan', true, [60, 90]), true],
    ['a quoted statement inside a reported one', raw('clause-after', false, [10, 80]), raw('quote-after', true, [40, 60]), true],
    ['a reported statement inside a quoted one', raw('quote-before', true, [10, 80]), raw('clause-after', false, [40, 60]), true],
    ['a reported statement overlapping another without being inside it', raw('clause-after', false, [10, 50]), raw('clause-after', false, [40, 90]), true],
    ['two reported statements on the same span', raw('clause-after', false, [10, 50]), raw('clause-to', false, [10, 50]), true],
  ])('%s: the inner one stays = %s', (_name, outer, inner, kept) => {
    const out = dropNestedAttributions([outer, inner]);
    expect(out).toContain(outer);
    expect(out.includes(inner)).toBe(kept);
  });
});

describe('dropDuplicateContent', () => {
  const withConfidence = (r: RawAttribution, confidence: number): RawAttribution => ({ ...r, confidence });
  test.each([
    ['the same quotation read by a verb and by a colon: the more confident stays', withConfidence(raw('quote-after', true, [10, 50]), 0.6), withConfidence(raw('colon', true, [10, 50]), 0.9), 1],
    ['a quotation and a reported reading of the same words: the quotation stays', withConfidence(raw('quote-after', true, [10, 50]), 0.5), withConfidence(raw('clause-after', false, [10, 50]), 0.9), 0],
    ['equal confidence: the first stays', raw('clause-after', false, [10, 50]), raw('clause-to', false, [10, 50]), 0],
  ] as const)('%s', (_name, a, b, keptIndex) => {
    expect(dropDuplicateContent([a, b])).toEqual([[a, b][keptIndex]]);
  });

  test.each([
    ['different spans', raw('clause-after', false, [10, 50]), raw('clause-after', false, [10, 51])],
    ['the same first piece, another second piece', raw('inside', true, [0, 30], [45, 90]), raw('inside', true, [0, 30], [45, 120])],
  ])('%s: both stay', (_name, a, b) => {
    expect(dropDuplicateContent([a, b])).toEqual([a, b]);
  });
});

describe('findQuotes with a nested attribution', () => {
  beforeAll(() => {
    registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
  });

  test('"Y said Z, according to X" gives one attribution of the whole sentence, not a second one for Z alone', () => {
    const text = 'The mayor said the new bridge would open in the spring, according to two people at the meeting.';
    const quotes = findQuotes(articleTextFromPlainText(text), []);
    expect(quotes.map((q) => [q.text, q.cue?.verb])).toEqual([['The mayor said the new bridge would open in the spring', 'according to']]);
  });
});
