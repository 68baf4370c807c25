import { describe, expect, test } from 'vitest';
import { FeatureExtractor } from '../../../src/core/entities/features';
import { EntityTagger } from '../../../src/core/entities/tagger';
import { straighten } from '../../../src/core/entities/word-shape';
import { registerEntityModel } from './register-model';

const data = registerEntityModel();
const sentences = [
  'Angela Merkel visited Paris on Monday .',
  'THE UNITED NATIONS SAID KOFI ANNAN WOULD FLY TO NAIROBI .',
  '“ We will stay , ” Zabiullah Mujahid told Agence France-Presse .',
  'Shares of Microsoft Corp rose in New York .',
].map((s) => s.split(' '));

describe('EntityTagger sentence facts', () => {
  test.each(sentences)('the facts found through word ids are the extractor’s own: %s …', (...tokens) => {
    const tagger = new EntityTagger(data);
    const fx = new FeatureExtractor({ info: () => 0 }, { types: () => 0, maxLength: 1 });
    const viaIds = tagger.sentenceInfo(tokens);
    const direct = fx.sentenceInfo(tokens.map(straighten));
    expect([...viaIds.norm]).toEqual([...direct.norm]);
    expect([...viaIds.shape]).toEqual([...direct.shape]);
    expect([...viaIds.cls]).toEqual([...direct.cls]);
    expect(viaIds.allCaps).toBe(direct.allCaps);
  });

  test('a sentence read by one tagger is tagged by another exactly as its own reading', () => {
    const a = new EntityTagger(data);
    const b = new EntityTagger(data);
    // Different words first, so the two taggers give the same words different ids.
    a.sentenceInfo(['Zebra', 'crossing', 'in', 'Lagos']);
    const fromA = sentences.map((t) => a.sentenceInfo(t));
    const fromB = sentences.map((t) => b.sentenceInfo(t));
    const labels = (tagged: { labels: Int32Array }[]): number[][] => tagged.map((r) => [...r.labels]);
    expect(labels(b.tagDocument(fromA))).toEqual(labels(b.tagDocument(fromB)));
    expect(labels(a.tagDocument(fromA))).toEqual(labels(b.tagDocument(fromB)));
  });
});
