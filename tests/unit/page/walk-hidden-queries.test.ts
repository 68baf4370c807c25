import { describe, expect, test } from 'vitest';
import { buildDomArticleText } from '../../../src/page/dom-article-text';
import { segmentPage } from '../../../src/page/segment-page';
import { parsePage } from './parse-page';

/** Walks `body` with a hidden test that records which elements it was asked about (by id) and hides those listed. */
function walk(body: string, hide: readonly string[] = []) {
  const doc = parsePage(`<!doctype html><html><body>${body}</body></html>`);
  const asked: string[] = [];
  const layout = segmentPage(doc.body, (el) => {
    const id = el.getAttribute('id');
    if (id) asked.push(id);
    return id !== null && hide.includes(id);
  });
  return { asked, layout, texts: layout.blocks.map((b) => b.text) };
}

describe('the page walk asks the live hidden test only where the answer changes the layout', () => {
  test.each([
    // Nothing inside to read and nothing to index: not asked.
    ['an empty inline element', '<p id="p">One <img id="x" src="a.png"> two.</p>', false],
    ['inline furniture', '<p id="p">One <span id="x" class="share-link">Share</span> two.</p>', false],
    // Asked: it holds text, or feeds metadata (microdata, <time>), or is a block.
    ['an inline element with text', '<p id="p">One <span id="x" class="note">three</span> two.</p>', true],
    ['an empty inline element with microdata', '<p id="p">One <span id="x" itemprop="datePublished" content="2020"></span> two.</p>', true],
    ['an empty <time>', '<p id="p">One <time id="x" datetime="2020-01-01"></time> two.</p>', true],
    ['inline furniture with microdata', '<p id="p">One <span id="x" class="share" itemprop="author">Ann</span> two.</p>', true],
    ['an empty block', '<p id="p">One two.</p><div id="x"></div>', true],
  ])('%s', (_name, body, asked) => {
    expect(walk(body).asked.includes('x')).toBe(asked);
  });

  test.each([
    // Hidden or not, what is passed over leaves the same blocks.
    ['<p>One <img id="x" src="a.png"> two.</p>', ['One two.']],
    ['<p>One <span id="x" class="share-link">Share</span> two.</p>', ['One two.']],
    ['<p>One <span id="x" class="note">three</span> two.</p>', ['One two.']],
  ])('%s with the element hidden reads %j', (body, texts) => {
    expect(walk(body, ['x']).texts).toEqual(texts);
  });
});

describe('buildDomArticleText maps every word to its text node', () => {
  test.each([
    ['<p id="b">  Hello\u00a0\u00a0world \n</p>', 'Hello world', [[0, 5, 2], [6, 11, 9]]],
    ['<p id="b">a\tb\r\nc\fd</p>', 'a b c d', [[0, 1, 0], [2, 3, 2], [4, 5, 5], [6, 7, 7]]],
    // Other spaces (U+2003) are kept as characters of the word, as before.
    ['<p id="b">a\u2003b</p>', 'a\u2003b', [[0, 3, 0]]],
    ['<p id="b"> \n </p>', '', []],
  ])('%j', (html, text, segments) => {
    const doc = parsePage(`<!doctype html><html><body>${html}</body></html>`);
    const el = doc.getElementById('b')!;
    const article = buildDomArticleText([{ element: el, kind: 'paragraph', nodes: [...el.childNodes] }]);
    expect(article.text).toBe(text);
    expect(article.segments.map((s) => [s.start, s.end, s.nodeOffset])).toEqual(segments);
  });

  test('a second block starts after the separator and stops at maxChars', () => {
    const doc = parsePage('<!doctype html><html><body><p id="a">One two</p><p id="b">three four five</p></body></html>');
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    const article = buildDomArticleText([
      { element: a, kind: 'paragraph', nodes: [...a.childNodes] },
      { element: b, kind: 'paragraph', nodes: [...b.childNodes] },
    ], undefined, 15);
    expect(article.text).toBe('One two\n\nthree four');
    expect(article.segments.map((s) => [s.start, s.end, s.nodeOffset])).toEqual([[0, 3, 0], [4, 7, 4], [9, 14, 0], [15, 19, 6]]);
    expect(article.truncated).toBe(true);
  });
});
