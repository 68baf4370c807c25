import { describe, expect, test } from 'vitest';
import type { RawAttribution } from '../../../src/core/quotes/attributions';
import { mergeSameWordReadings } from '../../../src/core/quotes/overlapping-readings';

const TEXT = "The coach said the team had played ''with real heart,'' after the match.";
const at = (s: string, from = 0): [number, number] => {
  const i = TEXT.indexOf(s, from);
  return [i, i + s.length];
};

/** A raw attribution over the given pieces, with a speaker and cue made of token indexes. */
function raw(direct: boolean, speakerTok: number, pieces: [number, number][]): RawAttribution {
  return {
    pieces: pieces.map(([start, end]) => ({ start, end })),
    direct,
    partial: false,
    speaker: { tokStart: speakerTok, tokEnd: speakerTok + 1, pronoun: false, name: true } as unknown as RawAttribution['speaker'],
    cue: [speakerTok + 1, speakerTok + 2],
    channel: null,
    confidence: direct ? 0.6 : 0.8,
    continued: false,
    via: direct ? 'quote-after' : 'clause-after',
  };
}

describe('mergeSameWordReadings', () => {
  const quotation = raw(true, 7, [at("''with real heart,''")]);
  test.each([
    ['the same words, one ending inside the closing mark', raw(false, 1, [at("''with real heart,'")]), true],
    ['the same words without any mark', raw(false, 1, [at('with real heart')]), true],
    ['more words than the quotation', raw(false, 1, [at("the team had played ''with real heart,''")]), false],
    ['fewer words than the quotation', raw(false, 1, [at('real heart')]), false],
  ])('a quotation and a reported reading with %s: merged = %s', (_name, reported, merged) => {
    const out = mergeSameWordReadings(TEXT, [quotation, reported]);
    if (merged) {
      expect(out).toHaveLength(1);
      // The quotation's span and kind stay; the reported reading's speaker and cue come with it.
      expect(out[0]!.pieces).toEqual(quotation.pieces);
      expect(out[0]!.direct).toBe(true);
      expect(out[0]!.speaker).toBe(reported.speaker);
      expect(out[0]!.cue).toEqual(reported.cue);
      expect(out[0]!.confidence).toBe(0.8);
    } else {
      expect(out).toEqual([quotation, reported]);
    }
  });

  test('two quotations of the same words elsewhere in the text are not merged with a reported reading far away', () => {
    const text = "He said ''go home'' and later she said ''go home'' again.";
    const second = text.indexOf("''go home''", 12);
    const q = raw(true, 0, [[second, second + 11]]);
    const r = raw(false, 0, [[8, 17]]);
    expect(mergeSameWordReadings(text, [q, r])).toEqual([q, r]);
  });

  test('two reported readings or two quotations are left alone', () => {
    const a = raw(false, 1, [at("''with real heart,''")]);
    const b = raw(false, 7, [at("''with real heart,'")]);
    expect(mergeSameWordReadings(TEXT, [a, b])).toEqual([a, b]);
    const c = { ...a, direct: true };
    const d = { ...b, direct: true };
    expect(mergeSameWordReadings(TEXT, [c, d])).toEqual([c, d]);
  });
});
