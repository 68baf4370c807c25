import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compactQuotesModel, compactWeights, expandWeights, isCompactWeights } from '../../../src/core/quotes/compact-weights';
import { PieceScorer, score, type Weights } from '../../../src/core/quotes/linear-model';
import { findQuotes } from '../../../src/core/quotes/index';
import { recognizeEntities } from '../../../src/core/entities/index';
import { registerModel } from '../../../src/core/models';
import { articleTextFromRawText } from '../../../src/core/text/article-text';

const plain = { bias: -0.06, 'w=said': 2.09, 'w=said|n1=the': -0.54, 'cap=low': 0.05, '12': 1.5, 'ünï|cödé': -4.39, big: 327.67, small: -327.68 };

describe('compactWeights', () => {
  test('round-trips names and weights exactly', () => {
    const c = compactWeights(plain)!;
    expect(isCompactWeights(c)).toBe(true);
    const { names, weights } = expandWeights(c);
    expect(Object.fromEntries(names.map((n, i) => [n, weights[i]]))).toEqual(plain);
  });

  test.each([
    ['a weight that is not a whole number of hundredths', { a: 0.125 }],
    ['a weight past the int16 range', { a: 400 }],
    ['a name holding a newline', { 'a\nb': 1 }],
    ['a lone empty name', { '': 1 }],
  ])('declines %s', (_name, weights) => {
    expect(compactWeights(weights)).toBeNull();
  });

  test('an empty table stays empty', () => {
    expect(expandWeights(compactWeights({})!)).toEqual({ names: [], weights: new Float64Array(0) });
  });

  test('both forms score the same', () => {
    const compact = compactWeights(plain)!;
    const features = ['bias', 'w=said', 'unknown', 'ünï|cödé', '12'];
    expect(score(compact, features)).toBe(score(plain, features));
    const a = new PieceScorer(plain);
    const b = new PieceScorer(compact as Weights);
    for (const s of [a, b]) {
      s.add('w=', 'said', '|n1=', 'the');
      s.add('cap=', 'low');
      s.add('w=', 'nobody');
    }
    expect(b.total).toBe(a.total);
    expect(a.total).toBeCloseTo(-0.49, 10);
  });
});

describe('compactQuotesModel', () => {
  const stored = JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')) as Record<string, unknown>;

  test('puts every table of weights in the compact form and leaves the rest as it was', () => {
    const compact = compactQuotesModel(stored);
    for (const key of ['cue', 'contentEnd', 'contentStart', 'mixedStart', 'mixedEnd', 'accept']) {
      if (stored[key] !== undefined) expect(isCompactWeights(compact[key])).toBe(true);
    }
    expect(compact.lexicon).toEqual(stored.lexicon);
    expect(compact.cueThreshold).toBe(stored.cueThreshold);
  });

  test('the compact model finds the same quotes in the seed article', () => {
    registerModel('entities', JSON.parse(fs.readFileSync('models/entities.json', 'utf8')));
    const article = articleTextFromRawText(fs.readFileSync('tests/fixtures/bagram-article.txt', 'utf8'));
    registerModel('quotes', stored);
    const fromJson = findQuotes(article, recognizeEntities(article));
    registerModel('quotes', JSON.parse(JSON.stringify(compactQuotesModel(stored))));
    const fromCompact = findQuotes(article, recognizeEntities(article));
    expect(fromJson.length).toBeGreaterThan(4);
    expect(fromCompact).toEqual(fromJson);
  });
});
