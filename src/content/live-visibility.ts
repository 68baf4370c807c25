import { isSkippedElement } from '../page/dom-article-text';

/**
 * A hidden-element test for the live page: the static checks plus computed style (display,
 * visibility), cached per element for one detection pass.
 */
export function makeLiveIsHidden(win: Window): (el: Element) => boolean {
  const cache = new WeakMap<Element, boolean>();
  return (el: Element): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    let hidden = isSkippedElement(el);
    if (!hidden) {
      const style = win.getComputedStyle(el);
      hidden = style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
    }
    cache.set(el, hidden);
    return hidden;
  };
}
