import { describe, expect, test } from 'vitest';
import { emptyMetadata } from '../../../src/core/annotations';
import { detectArticle } from '../../../src/page/detect-article';
import { parsePage, readFixture } from './parse-page';

const fixture = readFixture;

describe('detectArticle with deferMetadata', () => {
  test.each(['bagram-rich.html', 'bagram-bare.html'])('%s: the same article; first only the headline and language, then all the metadata', (name) => {
    const eager = detectArticle(parsePage(fixture(name)), { url: 'https://example.com/a' });
    const deferred = detectArticle(parsePage(fixture(name)), { url: 'https://example.com/a', deferMetadata: true });
    if (!eager.found || !deferred.found) throw new Error('no article found');
    expect(deferred.article.text).toBe(eager.article.text);
    expect(deferred.notices).toEqual(eager.notices);
    const { headline, language } = eager.metadata;
    expect(deferred.metadata).toEqual({
      ...emptyMetadata(),
      headline,
      language,
      provenance: Object.fromEntries(Object.entries(eager.metadata.provenance).filter(([k]) => k === 'headline' || k === 'language')),
    });
    expect(deferred.completeMetadata()).toEqual(eager.metadata);
    expect(deferred.completeMetadata()).toBe(deferred.completeMetadata());
    expect(eager.completeMetadata()).toBe(eager.metadata);
  });

  test('the rich page has more than the headline to read later', () => {
    const deferred = detectArticle(parsePage(fixture('bagram-rich.html')), { deferMetadata: true });
    if (!deferred.found) throw new Error('no article found');
    expect(deferred.metadata.authors).toEqual([]);
    expect(deferred.completeMetadata().authors).toEqual(['Jane Doe']);
    expect(deferred.completeMetadata().publisher).toBeTruthy();
  });

  test('a page without an article gets all of its metadata at once', () => {
    const none = detectArticle(parsePage(fixture('no-article.html')), { deferMetadata: true });
    expect(none.found).toBe(false);
    expect(none.metadata).toEqual(detectArticle(parsePage(fixture('no-article.html'))).metadata);
  });
});
