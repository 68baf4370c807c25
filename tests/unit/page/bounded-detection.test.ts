import { describe, expect, test } from 'vitest';
import { detectArticle, detectArticleSliced, type DetectionResult } from '../../../src/page/detect-article';
import { domPositionAt } from '../../../src/page/dom-article-text';
import { annotate } from '../../../src/core/annotate';
import { parsePage, readFixture } from './parse-page';

const para = (n: number): string =>
  `Paragraph ${n} tells how the council voted on the harbour, what the mayor said about it, and why residents, traders and fishermen care about the outcome this winter.`;
const paras = (count: number): string => Array.from({ length: count }, (_, i) => `<p>${para(i + 1)}</p>`).join('\n');
const page = (body: string): string => `<!DOCTYPE html><html><head><title>Council votes on harbour</title></head><body>${body}</body></html>`;

/** What a result says, without the DOM objects (which differ between two parses). */
function summary(result: DetectionResult): unknown {
  if (!result.found) return { found: false, reason: result.reason, metadata: result.metadata };
  const { text, blocks, segments, truncated } = result.article;
  return { text, blocks, segments: segments.length, truncated: truncated ?? false, metadata: result.metadata, notices: result.notices };
}

// A yield that lets nothing else run, so the test is quick and still resumes the walk many times.
const noWait = (): Promise<void> => Promise.resolve();

describe('sliced detection gives what one-go detection gives', () => {
  test.each([
    ['bagram-rich.html', readFixture('bagram-rich.html'), 3],
    ['bagram-bare.html', readFixture('bagram-bare.html'), 1],
    ['a long article among comments', page(`<main><article><h1>Council votes on harbour</h1>${paras(60)}</article></main><section class="comments">${'<div class="comment"><p>Agreed, <b>fully</b>.</p></div>'.repeat(500)}</section>`), 10],
    ['no article', page('<nav><a href="/">Home</a> <a href="/news">News</a></nav>'), 0],
  ])('%s', async (_name, html, minSlices) => {
    const once = detectArticle(parsePage(html), { url: 'https://example.com/a' });
    let slices = 0;
    // A slice of 0 ms stops the walk at every check: the most resumptions a page can get.
    const sliced = await detectArticleSliced(parsePage(html), { url: 'https://example.com/a', sliceMs: 0, yieldToPage: () => { slices++; return noWait(); } });
    expect(summary(sliced)).toEqual(summary(once));
    expect(slices).toBeGreaterThanOrEqual(minSlices);
  });

  test('the sliced run reports its longest slice', async () => {
    const stats = { longestSliceMs: -1 };
    await detectArticleSliced(parsePage(page(`<article><h1>Council votes on harbour</h1>${paras(10)}</article>`)), { stats, yieldToPage: noWait });
    expect(stats.longestSliceMs).toBeGreaterThanOrEqual(0);
  });
});

describe('a bound on the article text read', () => {
  const html = page(`<article><h1>Council votes on harbour</h1>${paras(400)}</article>`);
  const whole = detectArticle(parsePage(html));

  test.each([[1_000], [10_000], [30_000]])('maxChars %i: a prefix of the whole text, just past the bound, with a truncated notice', (maxChars) => {
    const cut = detectArticle(parsePage(html), { maxChars });
    if (!cut.found || !whole.found) throw new Error('no article');
    expect(whole.article.text.startsWith(cut.article.text)).toBe(true);
    expect(cut.article.text.length).toBeGreaterThanOrEqual(maxChars);
    // Stops within the word that crosses the bound.
    expect(cut.article.text.length).toBeLessThan(maxChars + 30);
    expect(cut.article.truncated).toBe(true);
    const notice = cut.notices.find((n) => n.code === 'truncated');
    expect(notice?.message).toMatch(/annotated the first [\d,]+ words \(of about [\d,]+\)/);
    // The estimate of the whole is of the right size (the page has about 10,000 words).
    const words = Number(/of about ([\d,]+)/.exec(notice!.message)![1]!.replace(/,/g, ''));
    const realWords = whole.article.text.split(/\s+/).length;
    expect(words).toBeGreaterThan(realWords * 0.8);
    expect(words).toBeLessThan(realWords * 1.25);
  });

  test('an article under the bound is whole, with no notice', () => {
    const cut = detectArticle(parsePage(html), { maxChars: 10_000_000 });
    if (!cut.found || !whole.found) throw new Error('no article');
    expect(cut.article.text).toBe(whole.article.text);
    expect(cut.article.truncated).toBeUndefined();
    expect(cut.notices.map((n) => n.code)).not.toContain('truncated');
  });

  test('one huge paragraph is cut inside it', () => {
    const huge = page(`<article><h1>Council votes on harbour</h1><p>${Array.from({ length: 3000 }, (_, i) => para(i)).join(' ')}</p></article>`);
    const cut = detectArticle(parsePage(huge), { maxChars: 5_000 });
    if (!cut.found) throw new Error(cut.reason);
    expect(cut.article.text.length).toBeLessThan(5_100);
    expect(cut.article.truncated).toBe(true);
  });
});

describe('articles in open shadow roots', () => {
  // linkedom parses no declarative shadow DOM: the shadow root is attached by script, as pages do.
  function shadowPage(inner: string, light = ''): Document {
    const doc = parsePage(page(`<main><p>Our story follows.</p><div id="host">${light}</div></main>`));
    const host = doc.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = inner;
    return doc;
  }

  test('the article inside a shadow root is found, and its spans map back to its text', () => {
    const doc = shadowPage(`<style>p{color:red}</style><article><h1>Council votes on harbour</h1>${paras(6)}</article>`);
    const result = detectArticle(doc);
    if (!result.found) throw new Error(result.reason);
    expect(result.article.text.startsWith('Council votes on harbour')).toBe(true);
    expect(result.article.text).toContain(para(6));
    expect(result.article.text).not.toContain('color:red');
    const at = result.article.text.indexOf('mayor');
    const start = domPositionAt(result.article.segments, at, 'start');
    const end = domPositionAt(result.article.segments, at + 5, 'end');
    expect(start?.node).toBe(end?.node);
    expect(start!.node.data.slice(start!.offset, end!.offset)).toBe('mayor');
    expect(start!.node.getRootNode()).toBe(doc.getElementById('host')!.shadowRoot);
  });

  test('slotted light children are read where their slot is, unslotted ones not at all', () => {
    const doc = shadowPage(
      `<article><h1>Council votes on harbour</h1>${paras(3)}<slot></slot><p>${para(99)}</p></article>`,
      `<p>The light paragraph is shown through the slot, between the third and the last paragraph of the story.</p>`,
    );
    const result = detectArticle(doc);
    if (!result.found) throw new Error(result.reason);
    const text = result.article.text;
    expect(text.indexOf('The light paragraph')).toBeGreaterThan(text.indexOf(para(3)));
    expect(text.indexOf('The light paragraph')).toBeLessThan(text.indexOf(para(99)));
  });
});

describe('the core keeps the notice of an article cut at detection', () => {
  test.each([
    ['cut at detection', true, ['truncated'], 'of about 9,000'],
    ['whole at detection', false, ['truncated'], 'first'],
  ])('%s: one truncated notice', (_name, cutEarlier, codes, says) => {
    const text = Array.from({ length: 40 }, (_, i) => para(i)).join('\n\n');
    const notices = cutEarlier ? [{ code: 'truncated' as const, message: 'This article is very long: Pressmark annotated the first 100 words (of about 9,000).' }] : [];
    const result = annotate({ text, blocks: [{ start: 0, end: text.length, kind: 'paragraph' }] }, { notices, limits: { maxWords: 100, maxChars: 10_000 } });
    const truncated = result.notices.filter((n) => n.code === 'truncated');
    expect(truncated.map((n) => n.code)).toEqual(codes);
    expect(truncated[0]!.message).toContain(says);
  });
});
