import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Entity } from '../../../src/core/annotations';
import { recognizeEntities } from '../../../src/core/entities/index';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';
import { registerEntityModel } from './register-model';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const gold = JSON.parse(readFileSync(path.join(fixtures, 'bagram-gold.json'), 'utf8')) as {
  entities: { name: string; type: string; aliases: string[]; mentions: number }[];
  notInArticle: string[];
};
const text = readFileSync(path.join(fixtures, 'bagram-article.txt'), 'utf8');

let entities: Entity[] = [];
beforeAll(() => {
  registerEntityModel();
  entities = recognizeEntities(articleTextFromPlainText(text));
});

const named = (name: string): Entity | undefined => entities.find((e) => e.name === name);

describe('the seed article with the trained model', () => {
  test.each(gold.entities.map((g) => [g.name, g] as const))('%s is found with its type, aliases and mentions', (_, g) => {
    const e = named(g.name);
    expect(e, `no entity named ${g.name}; got ${entities.map((x) => x.name).join(', ')}`).toBeDefined();
    expect(e!.type).toBe(g.type);
    for (const alias of g.aliases) expect(e!.aliases).toContain(alias);
    expect(e!.mentions.length).toBe(g.mentions);
  });

  test('no two entities share a gold name or alias (mentions are grouped)', () => {
    for (const g of gold.entities) {
      const forms = new Set([g.name, ...g.aliases]);
      const holders = entities.filter((e) => forms.has(e.name) || e.aliases.some((a) => forms.has(a)));
      expect(holders.map((e) => e.name)).toEqual([g.name]);
    }
  });

  test('nothing comes from page furniture', () => {
    const furniture = text.indexOf('©');
    const plain = articleTextFromPlainText(text).text;
    const cut = plain.indexOf('©');
    expect(furniture).toBeGreaterThan(0);
    for (const e of entities) for (const m of e.mentions) expect(m.start < cut).toBe(true);
    for (const name of gold.notInArticle) expect(named(name)).toBeUndefined();
  });

  test('ids follow first mentions and offsets point at the mention text', () => {
    const plain = articleTextFromPlainText(text).text;
    entities.forEach((e, i) => {
      expect(e.id).toBe(`e${i + 1}`);
      if (i > 0) expect(e.mentions[0]!.start).toBeGreaterThan(entities[i - 1]!.mentions[0]!.start);
      for (const m of e.mentions) {
        expect(plain.slice(m.start, m.end)).toBe(m.text);
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
    });
  });
});
