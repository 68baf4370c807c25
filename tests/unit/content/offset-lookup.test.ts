import { describe, expect, test } from 'vitest';
import { domPositionAt } from '../../../src/page/dom-article-text';
import { OffsetLookup } from '../../../src/content/offset-lookup';
import { articleFromHtml } from './dom-fixture';

const HTML = `<p>Fawad   Aman said on <b>Twitter</b>:</p><div>Not in the article</div><p> "The base   was handed over."</p>`;

describe('OffsetLookup', () => {
  const { document, article } = articleFromHtml(HTML);
  const lookup = new OffsetLookup(article.segments);

  test('every article character maps to its DOM position and back to the same offset', () => {
    let checked = 0;
    for (let offset = 0; offset < article.text.length; offset++) {
      if (article.segments.every((s) => offset < s.start || offset >= s.end)) continue; // a collapsed space or a block gap
      const pos = domPositionAt(article.segments, offset, 'start')!;
      expect(pos.node.data.charAt(pos.offset)).toBe(article.text.charAt(offset));
      expect(lookup.offsetAt(pos.node, pos.offset)).toBe(offset);
      checked++;
    }
    expect(checked).toBe(article.text.replace(/\s/g, '').length);
  });

  test('a caret right after a word still belongs to it (the right half of its last letter)', () => {
    const node = document.querySelector('b')!.firstChild!;
    const start = article.text.indexOf('Twitter');
    expect(lookup.offsetAt(node, 7)).toBe(start + 7);
  });

  test.each([
    ['text outside the article', () => document.querySelector('div')!.firstChild!, 0],
    ['an element rather than a text node', () => document.querySelector('p')!, 0],
    ['collapsed white space inside a node', () => document.querySelector('p')!.firstChild!, 7],
  ])('%s maps to no offset', (_, node, offset) => {
    expect(lookup.offsetAt(node(), offset)).toBeNull();
  });
});
