import { describe, expect, test } from 'vitest';
import type { HighlightLayer, LayerSpan } from '../../../src/core/highlight-layers';
import { spansAt, stepIndex, type LayerSpans } from '../../../src/content/span-index';

function layers(parts: Partial<Record<HighlightLayer, Array<[number, number, string]>>>): LayerSpans {
  const empty: Record<HighlightLayer, LayerSpan[]> = { 'pm-person': [], 'pm-organization': [], 'pm-place': [], 'pm-misc': [], 'pm-quote': [], 'pm-speaker': [] };
  for (const [layer, list] of Object.entries(parts)) empty[layer as HighlightLayer] = list!.map(([start, end, ref]) => ({ start, end, ref }));
  return empty;
}

// A quote [10, 60) holding a person mention [20, 30); its speaker [62, 72) is also a person mention.
const L = layers({
  'pm-quote': [[10, 60, 'q1']],
  'pm-person': [
    [20, 30, 'e1'],
    [62, 72, 'e2'],
  ],
  'pm-speaker': [[62, 72, 'q1']],
  'pm-place': [[80, 86, 'e3']],
});

describe('spansAt', () => {
  test.each([
    [9, []],
    [10, ['pm-quote:q1']],
    [25, ['pm-person:e1', 'pm-quote:q1']],
    [29, ['pm-person:e1', 'pm-quote:q1']],
    [30, ['pm-quote:q1']],
    [60, []],
    [65, ['pm-person:e2', 'pm-speaker:q1']],
    [85, ['pm-place:e3']],
    [86, []],
  ])('offset %i → %j (innermost first, a mention before the speaker mark of the same words)', (offset, expected) => {
    expect(spansAt(L, offset).map((h) => `${h.layer}:${h.span.ref}`)).toEqual(expected);
  });

  test('hidden categories are left out; a speaker mark goes with quotes', () => {
    expect(spansAt(L, 65, new Set(['quote'])).map((h) => h.layer)).toEqual(['pm-person']);
    expect(spansAt(L, 25, new Set(['person'])).map((h) => h.layer)).toEqual(['pm-quote']);
  });
});

describe('stepIndex', () => {
  const mentions = [
    { start: 5, end: 8 },
    { start: 40, end: 45 },
    { start: 90, end: 95 },
  ];
  test.each([
    ['next from the first', 0, 1, null, 1],
    ['next wraps from the last', 2, 1, null, 0],
    ['previous wraps from the first', 0, -1, null, 2],
    ['previous', 2, -1, null, 1],
    ['next with no focus starts at the first', null, 1, null, 0],
    ['previous with no focus starts at the last', null, -1, null, 2],
    ['next with no focus: first at or after the reader', null, 1, 41, 2],
    ['previous with no focus: last before the reader', null, -1, 41, 1],
    ['next past every mention wraps', null, 1, 100, 0],
  ] as const)('%s', (_, current, direction, from, expected) => {
    expect(stepIndex(mentions, current, direction, from)).toBe(expected);
  });

  test('no mentions: -1', () => {
    expect(stepIndex([], null, 1)).toBe(-1);
  });
});
