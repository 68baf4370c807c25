/**
 * The attributes detection looks at, read in one pass over an element's attribute list: a DOM
 * implementation answers each getAttribute by scanning that list again (linkedom walks it as a
 * linked list), and detection asks up to ten questions per element.
 */

/** The attributes of an element that detection and metadata use; null where absent. */
export interface ElementAttributes {
  cls: string | null;
  id: string | null;
  role: string | null;
  itemprop: string | null;
  rel: string | null;
  style: string | null;
  type: string | null;
  hidden: boolean;
  ariaHidden: string | null;
  editable: string | null;
}

/** The attributes of an element that has none (one shared, frozen value). */
export const NO_ATTRIBUTES: ElementAttributes = Object.freeze({
  cls: null,
  id: null,
  role: null,
  itemprop: null,
  rel: null,
  style: null,
  type: null,
  hidden: false,
  ariaHidden: null,
  editable: null,
});

/** Reads an element's attributes of interest at once. */
export function readAttributes(el: Element): ElementAttributes {
  if (!el.hasAttributes()) return NO_ATTRIBUTES;
  // Names, then values of the names we want: walking `el.attributes` makes a browser build an Attr
  // node (and, in a content script's world, a wrapper) for every attribute of every element.
  const names = el.getAttributeNames();
  // A literal, not a spread of the frozen NO_ATTRIBUTES: V8 copies a frozen object on a slow path.
  const out: ElementAttributes = { cls: null, id: null, role: null, itemprop: null, rel: null, style: null, type: null, hidden: false, ariaHidden: null, editable: null };
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    switch (name) {
      case 'class':
        out.cls = el.getAttribute(name);
        break;
      case 'id':
        out.id = el.getAttribute(name);
        break;
      case 'role':
        out.role = el.getAttribute(name);
        break;
      case 'itemprop':
        out.itemprop = el.getAttribute(name);
        break;
      case 'rel':
        out.rel = el.getAttribute(name);
        break;
      case 'style':
        out.style = el.getAttribute(name);
        break;
      case 'type':
        out.type = el.getAttribute(name);
        break;
      case 'hidden':
        out.hidden = true;
        break;
      case 'aria-hidden':
        out.ariaHidden = el.getAttribute(name);
        break;
      case 'contenteditable':
        out.editable = el.getAttribute(name);
        break;
      default:
        break;
    }
  }
  return out;
}

/** Whether the attributes alone hide an element or make it an editor (hidden, aria-hidden, inline style). */
export function isHiddenByAttributes(a: ElementAttributes): boolean {
  if (a.hidden || a.ariaHidden === 'true') return true;
  if (a.editable !== null && a.editable !== 'false') return true;
  return a.style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style);
}
