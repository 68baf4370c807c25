import { describe, expect, test } from 'vitest';
import type { TextBlock } from '../../../src/core/annotations';
import { aliasType, canonicalAlias, headType } from '../../../src/core/entities/aliases';
import { editDistance, groupMentions, isAcronymOf, spellingVariants } from '../../../src/core/entities/grouping';
import type { RawMention } from '../../../src/core/entities/mentions';

const block: TextBlock = { start: 0, end: 1000, kind: 'paragraph' };
let at = 0;
const m = (text: string, type: number, confidence = 0.95): RawMention => {
  const start = at;
  at += text.length + 10;
  return { start, end: start + text.length, text, type, confidence, block };
};

describe('name matching rules', () => {
  test.each([
    ['Zabihullah Mujahid', 'Zabiullah Mojahid', true],
    ['Bill Clinton', 'Hillary Clinton', false],
    ['John Smith', 'John Smith', false],
    ['Kim Jong-un', 'Kim Jong-il', false],
  ])('spellingVariants(%s, %s) is %s', (a, b, expected) => {
    expect(spellingVariants(a, b)).toBe(expected);
  });

  test.each([
    ['RSM', 'Resolute Support Mission', true],
    ['ANA', 'Afghan National Army', true],
    ['U.S.', 'United States', true],
    ['AFP', 'Agence France-Presse', true],
    ['RSM', 'Afghan National Army', false],
    ['Rsm', 'Resolute Support Mission', false],
  ])('isAcronymOf(%s, %s) is %s', (a, name, expected) => {
    expect(isAcronymOf(a, name)).toBe(expected);
  });

  test.each([
    ['kitten', 'sitting', 3],
    ['mujahid', 'mojahid', 1],
    ['abc', 'abc', 0],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test.each([
    ['U.S.', 'United States'],
    ['America', 'United States'],
    ['US', 'United States'],
    ['AFP', 'Agence France-Presse'],
    ['Kabul', null],
  ])('canonicalAlias(%s) = %s', (name, canonical) => {
    expect(canonicalAlias(name)).toBe(canonical);
  });

  test.each([
    ['Taleban', 'organization'],
    ['Twitter', 'organization'],
    ['U.S.', 'place'],
    ['Kabul', null],
  ])('aliasType(%s) = %s', (name, type) => {
    expect(aliasType(name)).toBe(type);
  });

  test.each([
    ['Hamid Karzai International Airport', 'place'],
    ['Getty Images', 'organization'],
    ['Kabul', null],
  ])('headType(%s) = %s', (name, type) => {
    expect(headType(name)).toBe(type);
  });
});

describe('groupMentions', () => {
  test('short forms, variants, acronyms and aliases join one entity each', () => {
    at = 0;
    const entities = groupMentions(
      [
        m('Zabihullah Mujahid', 0),
        m('U.S.', 2),
        m('Resolute Support Mission', 1),
        m('RSM', 1),
        m('Mujahid', 0),
        m('America', 2),
        m('Zabiullah Mojahid', 0),
        m('ZAKERIA HASHIMI', 0),
      ],
      1000,
    );
    expect(entities.map((e) => [e.id, e.name, e.type, e.mentions.length])).toEqual([
      ['e1', 'Zabihullah Mujahid', 'person', 3],
      ['e2', 'United States', 'place', 2],
      ['e3', 'Resolute Support Mission', 'organization', 2],
      ['e4', 'Zakeria Hashimi', 'person', 1],
    ]);
    expect(entities[0]!.aliases).toEqual(['Mujahid', 'Zabiullah Mojahid']);
    expect(entities[1]!.aliases).toEqual(['U.S.', 'America']);
    expect(entities[3]!.aliases).toEqual(['ZAKERIA HASHIMI']);
  });

  test('a short form seen first joins the long form of the same type, not one of another type', () => {
    at = 0;
    const entities = groupMentions([m('Bagram', 2), m('Afghan', 3), m('Bagram Air Base', 2), m('Afghan National Army', 1)], 1000);
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ['Bagram Air Base', 'place', 2],
      ['Afghan', 'misc', 1],
      ['Afghan National Army', 'organization', 1],
    ]);
  });

  test.each([
    ['a lone first word the tagger took for a person joins the place it names', [m('Kandar', 0, 0.6), m('Kandar Air Base', 2), m('Kandar Air Base', 2), m('Kandar', 0, 0.6)], [['Kandar Air Base', 'place', 4]]],
    ['and the organisation it names', [m('Velmor', 0, 0.6), m('Velmor Holdings', 1)], [['Velmor Holdings', 'organization', 2]]],
    ['a person named more often than the place stays a person', [m('Brandt', 0), m('Brandt', 0), m('Brandt Tower', 2)], [['Brandt', 'person', 2], ['Brandt Tower', 'place', 1]]],
    ['a surname (last word) is not taken for a first word', [m('Okafor', 0), m('Lagos Okafor Institute', 1), m('Lagos Okafor Institute', 1)], [['Okafor', 'person', 1], ['Lagos Okafor Institute', 'organization', 2]]],
  ] as const)('%s', (_, mentions, expected) => {
    const entities = groupMentions(mentions, 1000);
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual(expected);
  });

  test('nothing in, nothing out', () => {
    expect(groupMentions([], 0)).toEqual([]);
  });
});
