import { describe, expect, test } from 'vitest';
import type { ArticleText } from '../../../src/core/annotations';
import { annotate } from '../../../src/core/annotate';
import { DEFAULT_LIMITS, limitArticle } from '../../../src/core/limits';
import { articleTextFromBlocks } from '../../../src/core/text/article-text';

const SENTENCE = 'The council met on Monday and agreed a plan for the harbour.';

/** An article of `blocks` paragraphs of `perBlock` sentences each (12 words a sentence). */
function article(blocks: number, perBlock: number): ArticleText {
  return articleTextFromBlocks(Array.from({ length: blocks }, () => ({ text: Array(perBlock).fill(SENTENCE).join(' '), kind: 'paragraph' as const })));
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
}

describe('limitArticle', () => {
  test('an article within the limits comes back unchanged, with no notice', () => {
    const a = article(10, 5);
    const r = limitArticle(a);
    expect(r.article).toBe(a);
    expect(r.notice).toBeNull();
  });

  test.each([
    // [blocks, sentences per block, maxWords, maxChars]
    [100, 10, 1000, 1_000_000],
    [3, 400, 1000, 1_000_000], // the cut falls inside one long block
    [100, 10, 1_000_000, 5_000], // the character bound decides
    [1, 2000, 150, 1_000_000],
  ])('%i blocks of %i sentences cut to %i words / %i chars', (blocks, perBlock, maxWords, maxChars) => {
    const a = article(blocks, perBlock);
    const r = limitArticle(a, { maxWords, maxChars });
    const kept = r.article;
    expect(r.notice?.code).toBe('truncated');
    expect(wordCount(kept.text)).toBeLessThanOrEqual(maxWords);
    expect(kept.text.length).toBeLessThanOrEqual(maxChars);
    // Most of the allowance is used: the cut backs off to a sentence end, not to the start.
    expect(Math.max(wordCount(kept.text) / maxWords, kept.text.length / maxChars)).toBeGreaterThan(0.85);
    // A prefix of the original, ending at a sentence end, with blocks inside it.
    expect(a.text.startsWith(kept.text)).toBe(true);
    expect(kept.text.endsWith('harbour.')).toBe(true);
    for (const b of kept.blocks) {
      expect(b.end).toBeLessThanOrEqual(kept.text.length);
      expect(kept.text.slice(b.start, b.end).trim()).toBe(kept.text.slice(b.start, b.end));
    }
    expect(kept.blocks.at(-1)!.end).toBe(kept.text.length);
  });

  test('the notice gives the words kept and about how many there were', () => {
    const a = article(200, 10); // 24,000 words
    const r = limitArticle(a, { maxWords: 1200, maxChars: 1_000_000 });
    expect(r.notice!.message).toMatch(/first 1,200 words \(of about 24,000\)/);
  });

  test('text without spaces (Chinese) is cut by characters, at a full stop', () => {
    const zh = '部长周二表示政府不会改变新机场的计划。'.repeat(2000);
    const a = articleTextFromBlocks([{ text: zh, kind: 'paragraph' }]);
    const r = limitArticle(a, { maxWords: 20_000, maxChars: 10_000 });
    expect(r.article.text.length).toBeLessThanOrEqual(10_000);
    expect(r.article.text.length).toBeGreaterThan(9_000);
    expect(r.article.text.endsWith('。')).toBe(true);
  });

  test('one huge token is cut without splitting a surrogate pair', () => {
    const a = articleTextFromBlocks([{ text: 'x' + '😀'.repeat(10_000), kind: 'paragraph' }]);
    const r = limitArticle(a, { maxWords: 20_000, maxChars: 5_000 });
    const last = r.article.text.charCodeAt(r.article.text.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    expect(r.article.text.length).toBeGreaterThan(4_000);
  });
});

describe('annotate applies the limits', () => {
  test('a very long article is annotated up to the bound, with a truncated notice and valid offsets', () => {
    const a = article(3000, 1); // 36,000 words: over the default 20,000
    const r = annotate(a);
    expect(wordCount(r.article.text)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxWords);
    expect(r.notices.map((n) => n.code)).toContain('truncated');
    for (const e of r.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(r.article.text.length);
    for (const q of r.quotes) expect(r.article.text.slice(q.start, q.end)).toBe(q.text);
  });

  test('earlier notices are kept and a German article gets the unsupported-language notice, with nothing marked', () => {
    const de = articleTextFromBlocks([
      { text: 'Der Minister sagte am Dienstag, dass die Regierung ihre Pläne für den neuen Flughafen in Berlin nicht ändern werde.', kind: 'paragraph' },
      { text: '„Wir bleiben dabei“, sagte Angela Schmidt, die Sprecherin des Ministeriums, am Abend in einem Interview mit der Zeitung.', kind: 'paragraph' },
    ]);
    const r = annotate(de, { notices: [{ code: 'low-confidence', message: 'x' }] });
    expect(r.notices.map((n) => n.code)).toEqual(['low-confidence', 'unsupported-language']);
    expect(r.article.language).toBe('de');
    expect(r.entities).toEqual([]);
    expect(r.quotes).toEqual([]);
  });
});
