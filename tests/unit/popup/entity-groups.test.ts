import { describe, expect, test } from 'vitest';
import { foldForSearch, groupEntities } from '../../../src/popup/entity-groups';
import { sampleEntities } from './sample-annotations';

const names = (filter?: string) => groupEntities(sampleEntities(), filter).map((g) => [g.type, g.total, g.entities.map((e) => e.name)]);

describe('groupEntities', () => {
  test('groups by type in a fixed order, each sorted by salience; types without entities are left out', () => {
    expect(names()).toEqual([
      ['person', 2, ['Ana Brito', 'Jane Roe']],
      ['organization', 2, ['city council', 'Reuters']],
      ['place', 1, ['Porto']],
    ]);
  });

  test.each([
    ['brito', [['person', 2, ['Ana Brito']], ['organization', 2, []], ['place', 1, []]]],
    ['  PORTO ', [['person', 2, []], ['organization', 2, []], ['place', 1, ['Porto']]]],
    ['', [['person', 2, ['Ana Brito', 'Jane Roe']], ['organization', 2, ['city council', 'Reuters']], ['place', 1, ['Porto']]]],
  ])('the filter %j keeps every type (its switch stays reachable) and only matching names', (filter, expected) => {
    expect(names(filter)).toEqual(expected);
  });

  test('matches aliases too', () => {
    const entities = sampleEntities().map((e) => (e.id === 'e3' ? { ...e, aliases: ['Thomson Reuters'] } : e));
    expect(groupEntities(entities, 'thomson').flatMap((g) => g.entities.map((e) => e.name))).toEqual(['Reuters']);
  });
});

test.each([
  ['São Paulo', 'sao paulo'],
  ['Zürich', 'zurich'],
  ['ÉCOLE', 'ecole'],
])('foldForSearch(%j) → %j', (input, folded) => {
  expect(foldForSearch(input)).toBe(folded);
});
