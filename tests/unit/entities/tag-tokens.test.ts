import { describe, expect, test } from 'vitest';
import { tagTokens } from '../../../src/core/entities/index';
import { registerModel } from '../../../src/core/models';
import { registerEntityModel } from './register-model';

const split = (s: string): string[] => s.split(' ');

describe('tagTokens', () => {
  test('without a registered model every token is O', () => {
    registerModel('entities', null);
    expect(tagTokens(split('Angela Merkel visited Paris .'))).toEqual(['O', 'O', 'O', 'O', 'O']);
  });

  test('a model of another format is ignored rather than crashing', () => {
    registerModel('entities', { format: 'something-else' });
    expect(tagTokens(split('Angela Merkel visited Paris .'))).toEqual(['O', 'O', 'O', 'O', 'O']);
  });

  describe('with the trained model', () => {
    test.each([
      ['Angela Merkel visited Paris on Monday .', 'B-PER I-PER O B-LOC O O O'],
      ['The United Nations said Kofi Annan would fly to Nairobi .', 'O B-ORG I-ORG O B-PER I-PER O O O B-LOC O'],
      ['Shares of Microsoft Corp rose in New York .', 'O O B-ORG I-ORG O O B-LOC I-LOC O'],
      ['He spoke in German to French reporters .', 'O O O B-MISC O B-MISC O O'],
      ['nothing here is a name .', 'O O O O O O'],
    ])('%s', (sentence, tags) => {
      registerEntityModel();
      expect(tagTokens(split(sentence))).toEqual(split(tags));
    });

    test('document context: one tag per token for every line, whole document or streamed', () => {
      registerEntityModel();
      const sentences = [split('JOHNSON WINS IN BOSTON'), split('Mark Johnson won the race in Boston on Sunday .'), split('Johnson said he was tired .')];
      const whole = sentences.map((s, index) => tagTokens(s, { doc: 7, sentences, index }));
      const streamed = sentences.map((s) => tagTokens(s, { doc: 'x7' }));
      whole.forEach((tags, i) => expect(tags).toHaveLength(sentences[i]!.length));
      streamed.forEach((tags, i) => expect(tags).toHaveLength(sentences[i]!.length));
      expect(whole[1]!.slice(0, 2)).toEqual(['B-PER', 'I-PER']);
      expect(whole[2]![0]).toBe('B-PER');
    });

    test('an empty line gives no tags', () => {
      registerEntityModel();
      expect(tagTokens([])).toEqual([]);
    });
  });
});
