import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { buildDomArticleText } from '../../../src/page/dom-article-text';
import { articleScopeElement, scopeSelector } from '../../../src/content/highlight-scope';

function page(body: string): Document {
  return (parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`) as unknown as { document: Document }).document;
}

/** Article text over the elements matching `blocks`, as detection would build it. */
function articleOf(doc: Document, blocks: string) {
  return buildDomArticleText([...doc.querySelectorAll(blocks)].map((element) => ({ element, kind: 'paragraph' as const })));
}

describe('articleScopeElement', () => {
  test.each([
    ['the nearest element holding every block', '<div id="page"><main><h1 class="t">Title</h1><section><p class="b">One.</p><p class="b">Two <em>x</em>.</p></section></main><aside>ad</aside></div>', '.t, .b', 'MAIN'],
    ['one block: its own element', '<div><p class="b">Only <b>this</b>.</p></div>', '.b', 'P'],
    ['blocks in different top-level parts: the body', '<p class="b">One.</p><div><p class="b">Two.</p></div>', '.b', 'BODY'],
  ])('%s', (_name, body, blocks, tag) => {
    const doc = page(body);
    expect(articleScopeElement(articleOf(doc, blocks).segments)?.tagName).toBe(tag);
  });

  test('no text: null', () => {
    expect(articleScopeElement([])).toBeNull();
  });
});

describe('scopeSelector', () => {
  test.each([
    ['a unique id', '<main id="story"><p>x</p></main>', 'main', '#story'],
    ['a repeated id is not used: tag and classes', '<main id="x" class="story-body wide"><p>x</p></main><div id="x"></div>', 'main', 'main.story-body.wide'],
    ['unsafe class names are left out', '<article class="a{b ok"><p>x</p></article>', 'article', 'article.ok'],
    ['no id or class: a child path from the nearest id', '<div id="wrap"><div></div><div><section><p>x</p></section></div></div>', 'section', '#wrap > div:nth-child(2) > section:nth-child(1)'],
    ['no id anywhere: a child path from the root', '<div></div><div><p>x</p></div>', 'body > div:nth-child(2)', ':root > body:nth-child(2) > div:nth-child(2)'],
    ['the body', '<p>x</p>', 'body', 'body'],
  ])('%s', (_name, body, target, expected) => {
    const doc = page(body);
    const el = doc.querySelector(target)!;
    const selector = scopeSelector(el);
    expect(selector).toBe(expected);
    expect(el.matches(selector!)).toBe(true);
  });

  test('the root element is :root', () => {
    const doc = page('<p>x</p>');
    expect(scopeSelector(doc.documentElement)).toBe(':root');
  });
});
