import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { capNesting } from '../../../src/cli/cap-nesting';

const depthOf = (html: string): number => {
  const { document } = parseHTML(html) as unknown as { document: Document };
  let deepest = 0;
  const walk = (el: Element, d: number) => {
    deepest = Math.max(deepest, d);
    for (const c of Array.from(el.children)) walk(c, d + 1);
  };
  walk(document.documentElement, 0);
  return deepest;
};
const textOf = (html: string): string => {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
};

describe('capNesting', () => {
  test.each([
    ['a plain page', '<html><body><article><p>One.</p><p>Two <b>bold</b>.</p></article></body></html>'],
    ['unclosed paragraphs and list items', `<html><body>${'<p>para '.repeat(2000)}<ul>${'<li>item '.repeat(2000)}</ul></body>`],
    ['a script holding tags', `<html><body><div><script>const s = "${'<div>'.repeat(3000)}";</script><p>Text</p></div></body>`],
    ['self-closed SVG shapes', `<html><body><svg>${'<path d="M0"/>'.repeat(3000)}</svg></body>`],
  ])('leaves %s exactly as it was', (_, html) => {
    expect(capNesting(html, 64)).toBe(html);
  });

  test('drops the tags nested past the limit and keeps their text', () => {
    const html = `<html><body><main>${'<div>'.repeat(200)}deep text ${'</div>'.repeat(200)}<p>after</p></main></body>`;
    const capped = capNesting(html, 64);
    expect(capped).not.toBe(html);
    expect(depthOf(capped)).toBeLessThanOrEqual(64 + 2);
    expect(textOf(capped)).toBe('deep text after');
  });

  test('end tags of dropped elements go with them, so what follows keeps its place', () => {
    const html = `<html><body><section id="s">${'<span>'.repeat(100)}x${'</span>'.repeat(100)}</section><aside id="a">tail</aside></body>`;
    const { document } = parseHTML(capNesting(html, 10)) as unknown as { document: Document };
    expect(document.querySelector('#a')?.parentElement?.tagName.toLowerCase()).toBe('body');
    expect(document.querySelector('#s')?.textContent).toBe('x');
  });

  test('a page of unclosed elements far past the limit parses shallow with all its text', () => {
    const html = `<html><body>${Array.from({ length: 5000 }, (_, i) => `<div>w${i} `).join('')}</body>`;
    const capped = capNesting(html, 512);
    expect(depthOf(capped)).toBeLessThanOrEqual(512 + 2);
    expect(textOf(capped).split(' ')).toHaveLength(5000);
  });

  test('stray end tags are ignored as the parser ignores them', () => {
    const html = `<html><body>${'</span>'.repeat(50)}${'<div>'.repeat(80)}x</body>`;
    expect(textOf(capNesting(html, 20))).toBe('x');
    expect(depthOf(capNesting(html, 20))).toBeLessThanOrEqual(22);
  });
});
