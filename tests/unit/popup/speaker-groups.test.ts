import { expect, test } from 'vitest';
import type { Quote } from '../../../src/core/annotations';
import { groupQuotesBySpeaker } from '../../../src/popup/speaker-groups';
import { sampleEntities, sampleQuotes } from './sample-annotations';

const summary = (quotes: Quote[]) =>
  groupQuotesBySpeaker(quotes, sampleEntities()).map((g) => ({ name: g.name, unnamed: g.unnamed, descriptions: g.descriptions, ids: g.quotes.map((q) => q.id) }));

test('quotes linked to one entity form one group under its canonical name, whatever the spelling', () => {
  expect(summary(sampleQuotes())).toEqual([
    { name: 'Ana Brito', unnamed: false, descriptions: ['mayor'], ids: ['q1', 'q3'] },
    { name: 'city council', unnamed: true, descriptions: ['A council engineer'], ids: ['q2'] },
  ]);
});

test('an unlinked speaker is grouped by name, case-insensitively; quotes without a speaker come last', () => {
  const [q1, q2, q3] = sampleQuotes() as [Quote, Quote, Quote];
  const quotes: Quote[] = [
    { ...q1, id: 'a', speaker: null },
    { ...q2, id: 'b', speaker: { name: 'Pedro Alves', kind: 'named', description: 'engineer' } },
    { ...q3, id: 'c', speaker: { name: 'pedro alves', kind: 'named', description: 'Engineer' } },
    { ...q3, id: 'd', speaker: { name: 'Pedro Alves', kind: 'named', description: 'chief engineer' } },
  ];
  expect(summary(quotes)).toEqual([
    { name: 'Pedro Alves', unnamed: false, descriptions: ['engineer', 'chief engineer'], ids: ['b', 'c', 'd'] },
    { name: 'Unattributed', unnamed: true, descriptions: [], ids: ['a'] },
  ]);
});

test('an unnamed speaker whose affiliation is unknown keeps its own description as name', () => {
  const [, q2] = sampleQuotes() as [Quote, Quote];
  const quotes: Quote[] = [{ ...q2, speaker: { name: 'two sources', kind: 'unnamed' } }];
  expect(summary(quotes)).toEqual([{ name: 'two sources', unnamed: true, descriptions: ['two sources'], ids: ['q2'] }]);
});

test('no quotes, no groups', () => {
  expect(groupQuotesBySpeaker([], sampleEntities())).toEqual([]);
});
