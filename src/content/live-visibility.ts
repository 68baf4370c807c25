import { isSkippedElement } from '../page/dom-article-text';
import type { HiddenTest } from '../page/segment-page';

/**
 * A hidden-element test for the live page: the static checks plus computed style (display,
 * visibility), cached per element for one detection pass.
 */
export function makeLiveIsHidden(win: Window): HiddenTest {
  const cache = new WeakMap<Element, boolean>();
  return (el: Element, staticChecked = false): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    // The page walk asks only about elements whose tag and attributes it has just checked.
    let hidden = !staticChecked && isSkippedElement(el);
    // checkVisibility() is one native call with no style object to build (about a quarter of
    // getComputedStyle's time on a cold page); true means a box, not display: none, and visible.
    // Its false also covers display: contents and hidden ancestors, so a false is confirmed below.
    if (!hidden && typeof el.checkVisibility === 'function' && el.checkVisibility({ visibilityProperty: true })) {
      cache.set(el, false);
      return false;
    }
    if (!hidden) {
      const style = win.getComputedStyle(el);
      hidden = style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
    }
    cache.set(el, hidden);
    return hidden;
  };
}
