import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerModel } from '../../../src/core/models';
import { acceptAttributions, acceptanceFeatures, acceptanceProbability } from '../../../src/core/quotes/acceptance';
import { analyze } from '../../../src/core/quotes/analysis';
import { findAttributions, type RawAttribution } from '../../../src/core/quotes/attributions';
import { findCues, quotesModel, type QuotesModel } from '../../../src/core/quotes/cue-model';
import { articleTextFromRawText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

/** The candidate attributions of a text before acceptance, with its analysis. */
function candidates(text: string): { a: ReturnType<typeof analyze>; raw: RawAttribution[]; model: QuotesModel } {
  const model = quotesModel()!;
  const a = analyze(articleTextFromRawText(text));
  const th = { direct: model.cueThresholdDirect, indirect: model.cueThreshold };
  return { a, raw: findAttributions(a, findCues(a, model, Math.min(th.direct, th.indirect)), model, th), model };
}

describe('acceptance features', () => {
  test.each([
    ['He said that the base would close by Friday.', ['direct:false', 'finite:true', 'first:that', 'speaker:pronoun', 'content-after-cue']],
    ['“We are leaving,” Aman said.', ['direct:true', 'speaker:name', 'content-before-cue']],
    ['Aman told CNN that the talks had failed.', ['speaker:name', 'channel', 'first:that', 'finite:true']],
    // The words around a quotation: a modifier between a determiner and a noun, or speech after a verb.
    ['Critics pushed the “gun violence” narrative all week.', ['direct:true', 'qb:det', 'qa:word']],
    ['“We are leaving,” Aman said.', ['qb:^', 'qa-close:Cap:,']],
  ])('%s', (text, expected) => {
    const { a, raw } = candidates(text);
    expect(raw.length).toBeGreaterThan(0);
    const f = acceptanceFeatures(a, raw[0]!);
    for (const x of expected) expect(f).toContain(x);
  });
});

describe('acceptAttributions', () => {
  test('without weights every candidate (no quoted heading here) is kept', () => {
    const { a, raw } = candidates('“We are leaving,” Aman said. Officials said that the base would close.');
    expect(acceptAttributions(a, raw, undefined, { direct: 0.9, indirect: 0.9 })).toHaveLength(raw.length);
  });

  test('keeps exactly the candidates at or above the threshold of their kind', () => {
    const { a, raw, model } = candidates('“We are leaving,” Aman said. Officials said that the base would close. Trump won the primary, sources said.');
    const probs = raw.map((r) => acceptanceProbability(a, r, model.accept!));
    const th = { direct: 0.5, indirect: 0.5 };
    const kept = acceptAttributions(a, raw, model.accept, th);
    expect(kept).toEqual(raw.filter((_, i) => probs[i]! >= 0.5));
    expect(acceptAttributions(a, raw, model.accept, { direct: 1.01, indirect: 1.01 })).toEqual([]);
  });

  test('a clear reported statement outscores a verb that only takes an object', () => {
    const { a, raw, model } = candidates('The senator said that the bill would pass next week.');
    const good = raw.find((r) => !r.direct)!;
    const { a: b, raw: raw2 } = candidates('The senator captured the nomination.');
    const pGood = acceptanceProbability(a, good, model.accept!);
    // The object-only verb yields no candidate at all, or one the model doubts more.
    const pBad = raw2.length ? acceptanceProbability(b, raw2[0]!, model.accept!) : 0;
    expect(pGood).toBeGreaterThan(pBad);
  });
});
