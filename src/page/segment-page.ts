import type { BlockKind } from '../core/annotations';
import { isHiddenByAttributes, NO_ATTRIBUTES, readAttributes } from './element-attributes';
import { hintOf, type ElementHint } from './element-hints';

/**
 * One run of inline text between block boundaries: a paragraph, a heading, a list item, or the
 * text of a bare div. The walk reads the page once and never changes it.
 */
export interface PageBlock {
  /** The nearest block-level element around the run. */
  element: Element;
  /** The run's text nodes and <br> elements in order (a block is rarely one whole element). */
  nodes: Node[];
  kind: BlockKind;
  /** Upper-case tag name of `element`. */
  tag: string;
  /** Heading level 1-6 for H1-H6 and headline-like elements, else 0. */
  level: number;
  /** The run's text with white space collapsed and trimmed. */
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Depth of `element` (body = 0). */
  depth: number;
  /** Index in PageLayout.containers of `element`. */
  container: number;
  /** Depth of the innermost ancestor hinted as furniture, or -1 (see resolveJunk). */
  junkDepth: number;
  /** Index in PageLayout.containers of the innermost ancestor hinted as furniture, or -1. */
  junkContainer: number;
  /** Depth of the innermost ancestor hinted as a caption (or a figure), or -1. */
  captionDepth: number;
  /** Depth of the innermost ancestor that is a list (UL, OL, DL) or a table, or -1. */
  listDepth: number;
}

/** A block-level element and the contiguous range of blocks inside it. */
export interface PageContainer {
  element: Element;
  tag: string;
  depth: number;
  /** Blocks [start, end) of PageLayout.blocks lie inside this element. */
  start: number;
  end: number;
  hint: ElementHint;
  /** Index of the innermost container hinted as furniture around this one (itself included), or -1. */
  junkContainer: number;
  /** Index of the enclosing container, or -1 for the root. */
  parent: number;
}

/** A visible metadata signal met on the walk: a byline box or a <time> element. */
export interface PageSignal {
  element: Element;
  /** Index of the container the element sits in. */
  container: number;
  /** Whether it sits inside a box of furniture (comments, teasers); set by resolveJunk. */
  inJunk: boolean;
}

/** Elements metadata reads, gathered on the same walk so it needs no query over the page. */
export interface PageIndex {
  /** <meta> elements (head and body). */
  metas: Element[];
  /** <link> elements. */
  links: Element[];
  /** <script type="application/ld+json"> elements. */
  jsonLd: Element[];
  /** Elements with an itemprop attribute (microdata), outside hidden parts. */
  itemprops: Element[];
  /** The first <base> element, or null. */
  base: Element | null;
}

/** The page read as blocks in document order, with the element tree over them. */
export interface PageLayout {
  blocks: PageBlock[];
  /** Block-level elements in document (pre-)order. */
  containers: PageContainer[];
  /** Elements hinted as bylines or datelines, in document order. */
  bylines: PageSignal[];
  /** <time> elements, in document order. */
  times: PageSignal[];
  /** The last short line with a copyright sign or word (usually the footer's), or null. */
  copyright: string | null;
  index: PageIndex;
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP', 'HEAD', 'TITLE', 'META', 'LINK', 'OPTION', 'MATH',
]);

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'THEAD',
  'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FORM', 'FIELDSET', 'LEGEND', 'ADDRESS', 'HR', 'DETAILS',
  'SUMMARY', 'CENTER', 'DIALOG', 'HGROUP', 'BODY', 'HTML', 'MENU', 'DIR', 'FRAMESET', 'NOFRAMES', 'LISTING',
  'XMP', 'PLAINTEXT', 'OPTGROUP',
]);

/** Whether an element's subtree never holds article text (scripts, forms, media, hidden markers). */
export function isSkippedElement(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase()) || isHiddenByAttributes(readAttributes(el));
}

/** Whether a tag starts a new block of text. */
export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName.toUpperCase());
}

// One element being read: its next child to visit, and the block its text goes to.
interface Frame {
  /** The container this frame opened (a block element), or null for an inline element. */
  block: PageContainer | null;
  owner: Element;
  ownerTag: string;
  ctx: Context;
  level: number;
  next: Node | null;
  /** The children to visit when they are not a sibling chain (a shadow root's, a slot's assigned nodes). */
  list: ArrayLike<Node> | null;
  pos: number;
  /** Line breaks seen in a row. */
  brs: number;
}

interface Context {
  kind: BlockKind;
  depth: number;
  junkDepth: number;
  junkContainer: number;
  captionDepth: number;
  listDepth: number;
  inLink: boolean;
  /** Index of the current container. */
  container: number;
}

/**
 * A caller's hidden-element test; `staticChecked` says the element already passed
 * isSkippedElement (the walk asks only then), so a test may skip that part.
 */
export type HiddenTest = (el: Element, staticChecked?: boolean) => boolean;

/**
 * Reads the page under `root` into blocks and containers in one walk. `isHidden` is the caller's
 * extra test (computed style on a live page); it runs once per element.
 */
export function segmentPage(root: Element, isHidden: HiddenTest): PageLayout {
  const walk = startPageWalk(root, isHidden);
  while (!walk.step(() => false));
  return walk.layout();
}

/** A page walk that can stop and resume, so a live page's thread is never held long. */
export interface PageWalk {
  /** Walks on until done (true) or until `shouldStop` says so (false); checked every few nodes. */
  step(shouldStop: () => boolean): boolean;
  /** The layout read; complete once `step` has returned true. */
  layout(): PageLayout;
}

// Nodes visited between two checks of the caller's clock (a clock read costs more than a node).
const NODES_PER_CHECK = 64;

/**
 * Starts the walk of segmentPage; walked in one go or in slices, it reads the same layout
 * (as long as the page does not change between slices).
 */
export function startPageWalk(root: Element, isHidden: HiddenTest): PageWalk {
  const blocks: PageBlock[] = [];
  const containers: PageContainer[] = [];
  const bylines: PageSignal[] = [];
  const times: PageSignal[] = [];
  let copyright: string | null = null;
  const index: PageIndex = { metas: [], links: [], jsonLd: [], itemprops: [], base: null };
  // Skipped elements still feed the index: head tags, JSON-LD scripts, microdata <meta>.
  const indexSkipped = (el: Element, tag: string): void => {
    if (tag === 'META') index.metas.push(el);
    else if (tag === 'LINK') index.links.push(el);
    else if (tag === 'SCRIPT') {
      if (/ld\+json/i.test(el.getAttribute('type') ?? '')) index.jsonLd.push(el);
    } else if (tag === 'BASE') index.base ??= el;
    else if (tag === 'HEAD' || tag === 'NOSCRIPT') {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) indexSkipped(c, c.tagName.toUpperCase());
    }
  };
  // The run being gathered: its nodes, raw text pieces and link text.
  let runNodes: Node[] = [];
  let runText = '';
  let runLink = '';
  let runHasText = false;

  const flush = (owner: Element, ownerTag: string, ctx: Context, level: number): void => {
    if (runHasText) {
      const text = collapse(runText);
      if (text.length < 300 && COPYRIGHT.test(text)) copyright = text;
      if (text) {
        blocks.push({
          element: owner,
          nodes: runNodes,
          kind: ctx.kind,
          tag: ownerTag,
          level,
          text,
          linkChars: runLink ? Math.min(text.length, collapse(runLink).length) : 0,
          depth: ctx.depth,
          container: ctx.container,
          junkDepth: ctx.junkDepth,
          junkContainer: ctx.junkContainer,
          captionDepth: ctx.captionDepth,
          listDepth: ctx.listDepth,
        });
      }
    }
    runNodes = [];
    runText = '';
    runLink = '';
    runHasText = false;
  };

  // The walk keeps its own stack (pages nest thousands of elements deep, which would overflow
  // the call stack). A block frame is an element that starts blocks; an inline frame adds its
  // text to the run of the block around it.
  const stack: Frame[] = [];
  const openBlock = (el: Element, tag: string, hint: ElementHint, ctx: Context): void => {
    if (hint === 'junk' || hint === 'byline') {
      ctx.junkContainer = containers.length;
      ctx.junkDepth = ctx.depth;
    }
    const container: PageContainer = {
      element: el,
      tag,
      depth: ctx.depth,
      start: blocks.length,
      end: 0,
      hint,
      junkContainer: ctx.junkContainer,
      parent: ctx.container,
    };
    ctx.container = containers.length;
    containers.push(container);
    pushFrame(container, el, tag, ctx, headingLevel(tag), el, tag);
  };
  // A frame over `el`'s children (as childrenOf reads them, without building an object to spread).
  // `first`: el.firstChild when the caller has read it already.
  const pushFrame = (block: PageContainer | null, owner: Element, ownerTag: string, ctx: Context, level: number, el: Element, tag: string, first?: Node | null): void => {
    let next: Node | null = null;
    let list: ArrayLike<Node> | null = null;
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) list = shadow.childNodes;
    else if (tag === 'SLOT' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length) list = assigned;
      else next = el.firstChild;
    } else next = first === undefined ? el.firstChild : first;
    stack.push({ block, owner, ownerTag, ctx, level, next, list, pos: 0, brs: 0 });
  };

  openBlock(root, root.tagName.toUpperCase(), 'none', {
    kind: 'paragraph',
    depth: 0,
    junkDepth: -1,
    junkContainer: -1,
    captionDepth: -1,
    listDepth: -1,
    inLink: false,
    container: -1,
  });
  const step = (shouldStop: () => boolean): boolean => {
    let visited = 0;
    while (stack.length) {
      if (++visited % NODES_PER_CHECK === 0 && shouldStop()) return false;
      const f = stack[stack.length - 1]!;
      let node: Node | null;
      if (f.list) node = f.pos < f.list.length ? f.list[f.pos++]! : null;
      else {
        node = f.next;
        if (node) f.next = node.nextSibling;
      }
      if (!node) {
        stack.pop();
        if (f.block) {
          flush(f.owner, f.ownerTag, f.ctx, f.level);
          f.block.end = blocks.length;
        }
        continue;
      }
      const { owner, ownerTag, ctx, level } = f;
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        runNodes.push(node);
        runText += data;
        if (ctx.inLink) runLink += data;
        if (!runHasText && /\S/.test(data)) runHasText = true;
        if (f.brs && /\S/.test(data)) f.brs = 0;
        continue;
      }
      if (type !== 1) continue;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (tag === 'BR') {
        // Two line breaks in a row end a paragraph, as on pages written without <p>.
        if (++f.brs >= 2 && runHasText) {
          flush(owner, ownerTag, ctx, level);
          f.brs = 0;
        } else runNodes.push(child);
        continue;
      }
      f.brs = 0;
      if (SKIP_TAGS.has(tag)) {
        indexSkipped(child, tag);
        continue;
      }
      const attrs = readAttributes(child);
      if (isHiddenByAttributes(attrs)) continue;
      // The caller's test (a computed style on a live page) is the costly one: inline elements
      // without attributes (<b>, <em>) are hidden only by rare tag-wide style rules, so skip it.
      const block = BLOCK_TAGS.has(tag);
      const hint = hintOf(tag, attrs);
      // The caller's test decides only what the walk would read or index. An inline element that
      // adds nothing to the index (no microdata, no <time>) is passed over, hidden or not, when it
      // is a box of furniture ("share-link", "sr-only") or holds nothing to read (<img>, an icon).
      let first: Node | null | undefined;
      if (!block && attrs.itemprop === null && tag !== 'TIME') {
        if (hint === 'junk') continue;
        if (hint === 'none' || hint === 'content') {
          first = child.firstChild;
          if (first === null && tag !== 'SLOT' && !(child as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot) continue;
        }
      }
      // The tag and attribute checks just passed: the caller's test need not repeat them.
      if ((block || attrs !== NO_ATTRIBUTES) && isHidden(child, true)) continue;
      if (attrs.itemprop !== null) index.itemprops.push(child);
      if (hint === 'byline') bylines.push({ element: child, container: ctx.container, inJunk: false });
      if (tag === 'TIME') times.push({ element: child, container: ctx.container, inJunk: false });
      if (!block) {
        if (hint === 'junk') continue;
        if (hint === 'none' || hint === 'content') {
          const inner = tag === 'A' && !ctx.inLink ? { ...ctx, inLink: true } : ctx;
          pushFrame(null, owner, ownerTag, inner, level, child, tag, first);
          continue;
        }
      }
      // A block element, or an inline one hinted as a byline or caption: a block of its own.
      flush(owner, ownerTag, ctx, level);
      const depth = ctx.depth + 1;
      const next: Context = {
        kind: hint === 'caption' || tag === 'FIGCAPTION' ? 'caption' : kindFor(tag, ctx.kind),
        depth,
        junkDepth: ctx.junkDepth,
        junkContainer: ctx.junkContainer,
        captionDepth: hint === 'caption' || tag === 'FIGURE' || tag === 'FIGCAPTION' ? depth : ctx.captionDepth,
        listDepth: tag === 'UL' || tag === 'OL' || tag === 'DL' || tag === 'TABLE' ? depth : ctx.listDepth,
        inLink: ctx.inLink || tag === 'A',
        container: ctx.container,
      };
      openBlock(child, tag, hint, next);
    }
    return true;
  };
  return { step, layout: () => ({ blocks, containers, bylines, times, copyright, index }) };
}

/**
 * The children an element shows, in reading order: an open shadow root's (the light children are
 * shown only through its slots), a slot's assigned nodes, else its own (as `next`, a sibling chain).
 */
export function childrenOf(el: Element, tag: string = el.tagName): { next: Node | null; list: ArrayLike<Node> | null; pos: number } {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return { next: null, list: shadow.childNodes, pos: 0 };
  // `tag`: the walk passes the upper-case tag it has read, saving a DOM call per element.
  if (tag === 'SLOT' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    if (assigned.length) return { next: null, list: assigned, pos: 0 };
  }
  return { next: el.firstChild, list: null, pos: 0 };
}

const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b/i;

/**
 * Clears furniture hints from wrappers: an element hinted as furniture ("has-sidebar",
 * "body_overlay", an ASP.NET page-wide <form>) that holds most of the page's prose is the page,
 * not a box on it. `prose[i]` is block i's prose value without hints; blocks' junkDepth is updated.
 */
export function resolveJunk(layout: PageLayout, prose: readonly number[]): void {
  const { blocks, containers } = layout;
  let total = 0;
  for (const v of prose) if (v > 0) total += v;
  const overridden = new Map<number, boolean>();
  const h1s: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.level === 1) h1s.push(i);
  // A wrapper holds the page's H1, or a box named as the article, or the prose right under the
  // H1; a big gallery or comment thread holds much prose but none of these.
  const looksLikePage = (index: number): boolean => {
    const c = containers[index]!;
    if (!h1s.length || h1s.some((i) => i >= c.start && i < c.end)) return true;
    let firstProse = -1;
    for (let i = c.start; i < c.end && firstProse < 0; i++) if (prose[i]! > 0) firstProse = i;
    if (h1s.some((h) => h < firstProse && firstProse - h <= 8)) return true;
    for (let k = index + 1; k < containers.length && containers[k]!.depth > c.depth; k++) {
      const inner = containers[k]!;
      if (inner.hint === 'content' || inner.tag === 'ARTICLE' || inner.tag === 'MAIN') return true;
    }
    return false;
  };
  const isOverridden = (index: number): boolean => {
    let known = overridden.get(index);
    if (known === undefined) {
      const c = containers[index]!;
      let inside = 0;
      for (let i = c.start; i < c.end; i++) if (prose[i]! > 0) inside += prose[i]!;
      // A byline box holds names and dates, so any real amount of prose means a misnamed wrapper
      // ("author-sarah" on a WordPress post); furniture must hold most of the page's prose.
      known = total > 0 && inside >= (c.hint === 'byline' ? 0.2 : 0.5) * total && (c.hint === 'byline' || looksLikePage(index));
      overridden.set(index, known);
    }
    return known;
  };
  // The nearest furniture ancestor of a container that is not itself overridden, as a depth;
  // with `junkOnly`, byline boxes are passed over (a byline inside a byline box is no furniture).
  const effectiveDepth = (index: number, junkOnly = false): number => {
    for (let j = index; j >= 0; ) {
      const c = containers[j]!;
      if (!isOverridden(j) && (!junkOnly || c.hint === 'junk')) return c.depth;
      const parent = c.parent;
      j = parent >= 0 ? containers[parent]!.junkContainer : -1;
    }
    return -1;
  };
  for (const signal of [...layout.bylines, ...layout.times]) {
    const c = containers[signal.container];
    signal.inJunk = c !== undefined && c.junkContainer >= 0 && effectiveDepth(c.junkContainer, true) >= 0;
  }
  const memo = new Map<number, number>();
  for (const b of blocks) {
    if (b.junkContainer < 0) continue;
    let d = memo.get(b.junkContainer);
    if (d === undefined) {
      d = effectiveDepth(b.junkContainer);
      memo.set(b.junkContainer, d);
    }
    b.junkDepth = d;
  }
}

function kindFor(tag: string, inherited: BlockKind): BlockKind {
  // Captions and quotes keep their kind for everything inside them.
  if (inherited === 'caption' || inherited === 'blockquote' || inherited === 'preformatted') return inherited;
  switch (tag) {
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return 'heading';
    case 'LI':
    case 'DD':
    case 'DT':
      return 'list-item';
    case 'BLOCKQUOTE':
      return 'blockquote';
    case 'FIGCAPTION':
      return 'caption';
    case 'PRE':
      return 'preformatted';
    default:
      return inherited === 'heading' ? 'heading' : inherited === 'list-item' ? 'list-item' : 'paragraph';
  }
}

function headingLevel(tag: string): number {
  if (tag.length === 2 && tag.charCodeAt(0) === 72) {
    const n = tag.charCodeAt(1) - 48;
    if (n >= 1 && n <= 6) return n;
  }
  return 0;
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
