import type { TextSegment } from '../page/dom-article-text';

/**
 * Where the page's highlight styles are scoped (see src/background/highlight-css.ts): the element
 * holding every text node of the article, and a selector for it. Rules on that element style the
 * article's text by inheritance, and inserting them restyles its subtree, not the whole page.
 */

// Names with other characters are left out of selectors (the background accepts only these).
const SAFE_NAME = /^-?[a-zA-Z_][\w-]*$/;
const SAFE_TAG = /^[a-z][a-z0-9-]*$/;
// Classes beyond these add nothing but length.
const MAX_CLASSES = 3;

/** The parent across shadow roots (a shadow root's host), or null at the top. */
function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/**
 * The nearest element of the document's own tree (outside any shadow root) that holds every text
 * node of the article, or null when the article has no text nodes.
 */
export function articleScopeElement(segments: readonly TextSegment[]): Element | null {
  let scope: Element | null = null;
  let lastParent: Node | null = null;
  for (const s of segments) {
    // Runs of text nodes under one parent are common: one check covers them.
    const parent = s.node.parentNode;
    if (!parent || parent === lastParent) continue;
    lastParent = parent;
    const el = documentTreeElement(s.node);
    if (!el) continue;
    if (!scope) scope = el;
    // contains() is native and the scope rarely has to grow: a handful of climbs per article.
    while (scope && !scope.contains(el)) scope = scope.parentElement;
  }
  return scope;
}

/** The element of the document's own tree (outside any shadow root) holding a node: its parent, or the host of its shadow tree. */
function documentTreeElement(node: Node): Element | null {
  const doc = node.ownerDocument;
  let el = composedParent(node);
  // Styles inserted in the document do not reach into shadow trees: their host carries them.
  while (el && el.getRootNode() !== doc) el = composedParent(el);
  return el;
}

/** `tag#id` when the id is a safe name and names this element alone in its document, else null. */
function byId(el: Element): string | null {
  const id = el.id;
  if (!id || !SAFE_NAME.test(id)) return null;
  return el.ownerDocument.querySelectorAll(`#${id}`).length === 1 ? `#${id}` : null;
}

function tagOf(el: Element): string | null {
  const tag = el.localName;
  return SAFE_TAG.test(tag) ? tag : null;
}

/**
 * A selector for the scope element made only of safe parts: its unique id; else its tag and
 * classes (other elements may match: harmless, they hold none of our ranges, and classes survive
 * the page adding siblings); else a child path from the nearest ancestor with an id (or the root).
 * Null when no such selector matches it (the styles then apply to every element).
 */
export function scopeSelector(el: Element): string | null {
  const doc = el.ownerDocument;
  if (el === doc.documentElement) return ':root';
  const id = byId(el);
  if (id) return id;
  const tag = tagOf(el);
  if (!tag) return null;
  if (tag === 'body') return 'body';
  const classes = [...el.classList].filter((c) => SAFE_NAME.test(c)).slice(0, MAX_CLASSES);
  if (classes.length) return check(el, `${tag}.${classes.join('.')}`);
  const parts: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur === doc.documentElement) {
      parts.unshift(':root');
      break;
    }
    const curId = cur !== el ? byId(cur) : null;
    if (curId) {
      parts.unshift(curId);
      break;
    }
    const curTag = tagOf(cur);
    if (!curTag) return null;
    const parent: Element | null = cur.parentElement;
    const nth = parent ? Array.prototype.indexOf.call(parent.children, cur) + 1 : 1;
    parts.unshift(`${curTag}:nth-child(${nth})`);
  }
  return check(el, parts.join(' > '));
}

function check(el: Element, selector: string): string | null {
  try {
    return el.matches(selector) ? selector : null;
  } catch {
    return null;
  }
}
