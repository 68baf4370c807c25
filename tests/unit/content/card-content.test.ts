import { describe, expect, test } from 'vitest';
import type { Entity, Quote } from '../../../src/core/annotations';
import { cardItems, excerpt } from '../../../src/content/card-content';
import { annotationsOf } from './dom-fixture';

const TEXT = 'x'.repeat(200);
const aman: Entity = {
  id: 'e1',
  name: 'Fawad Aman',
  type: 'person',
  aliases: ['Aman', 'FAWAD AMAN', 'Fawad Aman'],
  mentions: [
    { start: 0, end: 10, text: 'Fawad Aman', confidence: 0.9 },
    { start: 50, end: 54, text: 'Aman', confidence: 0.8 },
  ],
  confidence: 0.9,
  salience: 1,
};
const taliban: Entity = { id: 'e2', name: 'Taliban', type: 'organization', aliases: [], mentions: [{ start: 60, end: 67, text: 'Taliban', confidence: 0.9 }], confidence: 0.9, salience: 0.5 };
const named: Quote = {
  id: 'q1',
  start: 100,
  end: 150,
  text: 'The Bagram military base was officially handed over to the Ministry of National Defense and will be protected',
  direct: true,
  partial: false,
  speaker: { name: 'Aman', entityId: 'e1', description: 'defense ministry spokesman', start: 50, end: 54, kind: 'named' },
  cue: { start: 160, end: 164, verb: 'said' },
  channel: { start: 168, end: 175, name: 'Twitter' },
  confidence: 0.8,
};
const unnamed: Quote = {
  id: 'q2',
  start: 20,
  end: 40,
  text: 'a positive step',
  direct: true,
  partial: true,
  speaker: { name: 'a Taliban spokesman', kind: 'unnamed', affiliationEntityId: 'e2' },
  cue: null,
  channel: null,
  confidence: 0.6,
};
const reported: Quote = { id: 'q3', start: 70, end: 90, text: 'that talks would resume', direct: false, partial: false, speaker: null, cue: { start: 60, end: 64, verb: 'told' }, channel: null, confidence: 0.5 };
const A = annotationsOf(TEXT, { entities: [aman, taliban], quotes: [named, unnamed, reported] });

describe('cardItems', () => {
  test('an entity: canonical name, type, mentions, quotes by it, other forms without case-only repeats', () => {
    const [item] = cardItems(A, [{ layer: 'pm-person', span: { start: 0, end: 10, ref: 'e1' } }]);
    expect(item).toEqual({
      kind: 'entity',
      ref: 'e1',
      category: 'person',
      title: 'Fawad Aman',
      badge: 'Person',
      lines: [
        { label: 'Mentions', value: '2' },
        { label: 'Quotes by them', value: '1' },
        { label: 'Also', value: 'Aman' },
      ],
    });
  });

  test.each([
    ['a named speaker: the linked entity name, description, cue, channel', 'q1', 'Direct quote', [
      { label: 'Speaker', value: 'Fawad Aman' },
      { label: 'Description', value: 'defense ministry spokesman' },
      { label: 'Cue', value: 'said' },
      { label: 'Channel', value: 'Twitter' },
    ]],
    ['an unnamed source and whom it speaks for', 'q2', 'Partial quote', [
      { label: 'Speaker', value: 'a Taliban spokesman' },
      { label: 'Source', value: 'unnamed, for Taliban' },
    ]],
    ['reported speech with no speaker', 'q3', 'Reported speech', [
      { label: 'Speaker', value: 'not stated' },
      { label: 'Cue', value: 'told' },
    ]],
  ])('a quote, %s', (_, ref, badge, lines) => {
    const [item] = cardItems(A, [{ layer: 'pm-quote', span: { start: 0, end: 1, ref } }]);
    expect(item!.kind).toBe('quote');
    expect(item!.badge).toBe(badge);
    expect(item!.lines).toEqual(lines);
  });

  test('one item per entity or quote, innermost first, at most three, unknown refs skipped', () => {
    const items = cardItems(A, [
      { layer: 'pm-person', span: { start: 50, end: 54, ref: 'e1' } },
      { layer: 'pm-speaker', span: { start: 50, end: 54, ref: 'q1' } },
      { layer: 'pm-quote', span: { start: 100, end: 150, ref: 'q1' } },
      { layer: 'pm-misc', span: { start: 0, end: 1, ref: 'nope' } },
      { layer: 'pm-quote', span: { start: 20, end: 40, ref: 'q2' } },
      { layer: 'pm-quote', span: { start: 70, end: 90, ref: 'q3' } },
    ]);
    expect(items.map((i) => i.ref)).toEqual(['e1', 'q1', 'q2']);
  });
});

describe('excerpt', () => {
  test.each([
    ['short text stays whole', 'We will go.', 20, 'We will go.'],
    ['white space is collapsed', '  We   will\n go. ', 20, 'We will go.'],
    ['long text is cut at a word end with an ellipsis', 'The base was officially handed over to the ministry', 24, 'The base was officially…'],
    ['trailing punctuation before the cut goes', 'The base, officially, was handed over', 10, 'The base…'],
  ])('%s', (_, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});
