import { beforeAll, describe, expect, test } from 'vitest';
import { recognizeEntities } from '../../../src/core/entities/index';
import { registerModel } from '../../../src/core/models';
import { articleTextFromBlocks, articleTextFromPlainText } from '../../../src/core/text/article-text';
import { registerEntityModel } from './register-model';

describe('recognizeEntities on page text', () => {
  test('without a model nothing is recognized', () => {
    registerModel('entities', null);
    expect(recognizeEntities(articleTextFromPlainText('Angela Merkel met Emmanuel Macron in Berlin.'))).toEqual([]);
  });

  describe('with the trained model', () => {
    beforeAll(() => {
      registerEntityModel();
    });

    test('possessives and hyphenated compounds mark the name alone', () => {
      const article = articleTextFromPlainText(
        'Troops guarded Berlin’s main airport on Monday. The NATO-led mission ended, NATO officials said.',
      );
      const entities = recognizeEntities(article);
      const berlin = entities.find((e) => e.name === 'Berlin');
      const nato = entities.find((e) => e.name === 'NATO');
      expect(berlin?.type).toBe('place');
      expect(berlin?.mentions.map((m) => m.text)).toEqual(['Berlin']);
      expect(nato?.type).toBe('organization');
      expect(nato?.mentions.map((m) => article.text.slice(m.start, m.end))).toEqual(['NATO', 'NATO']);
    });

    test('a credit line in capitals gives a person with a readable name', () => {
      const article = articleTextFromPlainText(
        'Soldiers stand guard in Kabul on July 2, 2021. JOHN SMITHERS/AFP via Getty Images',
      );
      const person = recognizeEntities(article).find((e) => e.type === 'person');
      expect(person?.name).toBe('John Smithers');
      expect(person?.aliases).toEqual(['JOHN SMITHERS']);
    });

    test('a title-case headline does not turn every capitalised word into a name', () => {
      const article = articleTextFromBlocks([
        { kind: 'headline', text: 'Angry Voters Punish Ruling Party In Local Elections Across France' },
        { kind: 'paragraph', text: 'Voters in France punished the ruling party in local elections on Sunday, officials said.' },
      ]);
      const names = recognizeEntities(article).map((e) => e.name);
      expect(names).toContain('France');
      for (const word of ['Angry Voters', 'Voters', 'Ruling Party', 'Punish', 'Local Elections']) expect(names).not.toContain(word);
    });

    test('copyright lines are page furniture', () => {
      const article = articleTextFromPlainText('Rain fell in Paris on Monday.\n\n© 2024 Latin Times. All rights reserved.');
      const names = recognizeEntities(article).map((e) => e.name);
      expect(names).toContain('Paris');
      expect(names).not.toContain('Latin Times');
    });

    test('an article with no names yields no entities', () => {
      expect(recognizeEntities(articleTextFromPlainText('it rained all day and nobody went out.'))).toEqual([]);
    });
  });
});
