import { parseHTML } from 'linkedom';
import { describe, expect, test, vi } from 'vitest';
import { makeLiveIsHidden } from '../../../src/content/live-visibility';

type Style = { display: string; visibility: string };

/** An element whose checkVisibility() answers `visible` (undefined: the method is missing) and whose computed style is `style`. */
function setup(visible: boolean | undefined, style: Style, html = '<div id="x">text</div>') {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document };
  const el = document.getElementById('x')!;
  const check = vi.fn(() => visible);
  if (visible !== undefined) (el as unknown as { checkVisibility: unknown }).checkVisibility = check;
  const getComputedStyle = vi.fn(() => style as unknown as CSSStyleDeclaration);
  const isHidden = makeLiveIsHidden({ getComputedStyle } as unknown as Window);
  return { el, isHidden, check, getComputedStyle };
}

describe('makeLiveIsHidden', () => {
  test.each([
    // checkVisibility true: visible, the computed style is never built.
    ['visible by checkVisibility', true, { display: 'block', visibility: 'visible' }, false, 0],
    // false is confirmed by the computed style: display: contents has no box but its text shows.
    ['display: contents', false, { display: 'contents', visibility: 'visible' }, false, 1],
    ['display: none', false, { display: 'none', visibility: 'visible' }, true, 1],
    ['visibility: hidden', false, { display: 'block', visibility: 'hidden' }, true, 1],
    ['visibility: collapse', false, { display: 'block', visibility: 'collapse' }, true, 1],
    // Without checkVisibility (older browsers) the computed style decides.
    ['no checkVisibility, visible', undefined, { display: 'block', visibility: 'visible' }, false, 1],
    ['no checkVisibility, display: none', undefined, { display: 'none', visibility: 'visible' }, true, 1],
  ] as const)('%s', (_name, visible, style, hidden, styleReads) => {
    const { el, isHidden, getComputedStyle } = setup(visible, style);
    expect(isHidden(el)).toBe(hidden);
    expect(getComputedStyle).toHaveBeenCalledTimes(styleReads);
  });

  test('an element skipped by its tag or attributes is hidden without asking the browser', () => {
    const { el, isHidden, check, getComputedStyle } = setup(true, { display: 'block', visibility: 'visible' }, '<div id="x" hidden>text</div>');
    expect(isHidden(el)).toBe(true);
    expect(check).not.toHaveBeenCalled();
    expect(getComputedStyle).not.toHaveBeenCalled();
  });

  test('each element is asked once per pass', () => {
    const { el, isHidden, check } = setup(true, { display: 'block', visibility: 'visible' });
    isHidden(el);
    isHidden(el);
    expect(check).toHaveBeenCalledTimes(1);
  });

  test.each([
    // The page walk has checked the tag and attributes already: only the browser is asked.
    ['checked by the walk', true, false, 0],
    // Anyone else gets the full test, which finds the hidden attribute.
    ['not checked', false, true, 1],
  ] as const)('an element %s', (_name, staticChecked, hidden, attributeReads) => {
    const { el, isHidden, check } = setup(true, { display: 'block', visibility: 'visible' }, '<div id="x" hidden>text</div>');
    const reads = vi.spyOn(el, 'hasAttributes');
    expect(isHidden(el, staticChecked)).toBe(hidden);
    expect(reads).toHaveBeenCalledTimes(attributeReads);
    expect(check).toHaveBeenCalledTimes(staticChecked ? 1 : 0);
  });
});
