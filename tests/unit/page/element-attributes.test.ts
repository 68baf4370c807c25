import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { NO_ATTRIBUTES, readAttributes, type ElementAttributes } from '../../../src/page/element-attributes';

function element(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document };
  return document.body.firstElementChild!;
}

describe('readAttributes', () => {
  test.each<[string, string, Partial<ElementAttributes>]>([
    ['no attributes', '<p>x</p>', {}],
    ['class and id', '<div class="story-body" id="main">x</div>', { cls: 'story-body', id: 'main' }],
    ['role, itemprop, rel, type', '<a role="link" itemprop="author" rel="author" type="text/html">x</a>', { role: 'link', itemprop: 'author', rel: 'author', type: 'text/html' }],
    ['hidden without a value', '<div hidden>x</div>', { hidden: true }],
    ['aria-hidden, style, contenteditable', '<div aria-hidden="true" style="display:none" contenteditable="">x</div>', { ariaHidden: 'true', style: 'display:none', editable: '' }],
    ['attributes of no interest only', '<div data-x="1" title="t">x</div>', {}],
  ])('%s', (_name, html, expected) => {
    expect(readAttributes(element(html))).toEqual({ ...NO_ATTRIBUTES, ...expected });
  });

  test('an element without attributes gets the shared empty value', () => {
    expect(readAttributes(element('<b>x</b>'))).toBe(NO_ATTRIBUTES);
  });
});
