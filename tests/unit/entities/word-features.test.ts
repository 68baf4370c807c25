import { describe, expect, test } from 'vitest';
import { FeatureExtractor, WINDOW } from '../../../src/core/entities/features';

// A small lexicon and no gazetteer: the word templates read only these.
const lexicon = { info: (h: number): number => (h % 3 === 0 ? 0 : (h % 1000) | (1 << 30)) };
const gazetteer = { types: (): number => 0, maxLength: 4 };

describe('FeatureExtractor word features', () => {
  const words = ['Kabul', 'NATO-led', 'the', 'U.S.', 'Zoë', '1996-08-30', '"', 'a', 'Anglo-Dutch-owned'];
  test.each(words)('everySlotFeatures(%j) gives wordFeatures at every offset, in offset order', (word) => {
    const fx = new FeatureExtractor(lexicon, gazetteer);
    const all = fx.everySlotFeatures(word);
    expect(all).toHaveLength(2 * WINDOW + 1);
    for (let k = -WINDOW; k <= WINDOW; k++) {
      expect(all[k + WINDOW]).toEqual([...fx.wordFeatures(word, k)]);
      expect(fx.uncachedWordFeatures(word, k)).toEqual([...fx.wordFeatures(word, k)]);
    }
  });

  test('the own word (offset 0) has more templates than its neighbours', () => {
    const fx = new FeatureExtractor(lexicon, gazetteer);
    const all = fx.everySlotFeatures('Kabul');
    expect(all[WINDOW]!.length).toBeGreaterThan(all[0]!.length);
    expect(new Set(all.flat()).size).toBe(all.flat().length);
  });
});
