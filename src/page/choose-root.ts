import type { PageBlock, PageContainer, PageLayout } from './segment-page';

/** The container chosen as the article and how strongly the page supports it. */
export interface RootChoice {
  container: PageContainer;
  /** Sum of block values inside the container (about: characters of article-like prose). */
  score: number;
}

// Sentence punctuation of the scripts news is written in; prose has it, teaser titles and menus rarely.
// Characters each block costs: containers of real paragraphs beat ones that gather many short lines.
const FIXED_COST = 25;
// Text in boxes hinted as furniture counts fully against a container that would hold it.
const JUNK_COST = 1;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const SENTENCE_END = /[.!?。！？…:;»"”'’)\]]\s*$|[.!?]\s|[。！？，、]/;

/**
 * How much a block looks like article prose, in characters: positive for sentences with few links,
 * negative for links, furniture and short labels. A fixed cost per block favours containers of
 * real paragraphs over ones that gather many short lines.
 */
export function blockValue(block: PageBlock, ignoreHints = false): number {
  return valueOf(block, ignoreHints, textLength(block), null, 0);
}

// A Chinese or Japanese character carries about as much as a short word; count it twice.
function textLength(block: PageBlock): number {
  return CJK.test(block.text) ? block.text.length * 2 : block.text.length;
}

// Lines without sentence punctuation are titles and labels unless they are long.
function proseOf(block: PageBlock, n: number): number {
  return SENTENCE_END.test(block.text) ? 1 : n >= 80 ? 0.5 : 0;
}

// Per layout, what blockValue reads from each block's text (two scans of it): detection asks for
// every block's value twice, with and without hints. Entries are -1 until read (short lines need no prose factor).
const shapes = new WeakMap<PageLayout, { n: Float64Array; prose: Float64Array }>();

// `known` holds the prose factors read so far by block index (-1: not yet), or is null.
function valueOf(block: PageBlock, ignoreHints: boolean, n: number, known: Float64Array | null, index: number): number {
  if (block.junkDepth >= 0 && !ignoreHints) return -JUNK_COST * n;
  if (block.kind === 'heading' || block.kind === 'caption') return block.linkChars > n / 2 ? -n : 0;
  const linkDensity = block.linkChars / n;
  const linkCost = 0.5 * block.linkChars;
  // Table cells (scores, prices) are neutral: a data table inside an article must not sink it.
  const cell = block.tag === 'TD' || block.tag === 'TH';
  if (n < 25) return (cell ? 0 : -0.1 * n) - linkCost;
  let p = known ? known[index]! : -1;
  if (p < 0) {
    p = proseOf(block, n);
    if (known) known[index] = p;
  }
  if (!p) return (cell ? 0 : -0.3 * n) - linkCost;
  return (n - FIXED_COST) * (1 - linkDensity) * p - linkCost;
}

/**
 * Block values for a whole page. Teaser text counts for little: a prose block that sits in a card
 * (a small box with a linked title and at most two lines of prose, within two levels of the
 * block) or alone within its grandparent is a teaser's summary, not the story. Article
 * paragraphs come in runs of siblings.
 */
export function blockValues(layout: PageLayout, ignoreHints = false): number[] {
  const { blocks, containers } = layout;
  let shape = shapes.get(layout);
  if (!shape) {
    shape = { n: new Float64Array(blocks.length).fill(-1), prose: new Float64Array(blocks.length).fill(-1) };
    shapes.set(layout, shape);
  }
  const { n: lengths, prose: proses } = shape;
  const values: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    let n = lengths[i]!;
    if (n < 0) n = lengths[i] = textLength(b);
    values.push(valueOf(b, ignoreHints, n, proses, i));
  }
  // Prefix counts of prose blocks and of linked titles, to count them in any container.
  const prose = new Int32Array(blocks.length + 1);
  const titles = new Int32Array(blocks.length + 1);
  const h1s = new Int32Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    prose[i + 1] = prose[i]! + (values[i]! > 0 ? 1 : 0);
    titles[i + 1] = titles[i]! + (isLinkedTitle(b) ? 1 : 0);
    h1s[i + 1] = h1s[i]! + (b.level === 1 ? 1 : 0);
  }
  const count = (arr: Int32Array, c: PageContainer): number => arr[c.end]! - arr[c.start]!;
  for (let i = 0; i < blocks.length; i++) {
    if (values[i]! <= 0) continue;
    let c = containers[blocks[i]!.container]!;
    let teaser = false;
    for (let up = 0; up < 2 && c.parent >= 0; up++) {
      c = containers[c.parent]!;
      const p = count(prose, c);
      if (up === 1 && p === 1) teaser = true;
      // A card is small and has no H1 (an H1 marks the page's own story, however short).
      if (p <= 2 && count(titles, c) >= 1 && c.end - c.start <= 5 && count(h1s, c) === 0) teaser = true;
      if (teaser || p > 2) break;
    }
    if (teaser) values[i] = values[i]! * TEASER;
  }
  return values;
}

const TEASER = 0.3;

// A short line that is mostly a link: a teaser's title, a menu entry, a "read more".
function isLinkedTitle(b: PageBlock): boolean {
  return b.text.length < 200 && b.linkChars >= 0.6 * b.text.length;
}

/** Picks the element whose blocks add up to the most article-like text. */
export function chooseRoot(layout: PageLayout, values: readonly number[]): RootChoice | null {
  const prefix = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) prefix[i + 1] = prefix[i]! + values[i]!;
  let best: RootChoice | null = null;
  for (const c of layout.containers) {
    if (c.end - c.start === 0) continue;
    let score = prefix[c.end]! - prefix[c.start]!;
    if (score <= 0) continue;
    score *= containerFactor(c);
    if (!best || score > best.score) best = { container: c, score };
  }
  return best ? preferOneArticle(layout, best, prefix) : null;
}

/**
 * Two stories side by side (<article> elements with prose each) make their common parent score
 * highest; the reader wants one story, so the best <article> wins when it holds at least half of
 * the text. A live blog, many posts with none dominant, keeps the parent.
 */
function preferOneArticle(layout: PageLayout, choice: RootChoice, prefix: Float64Array): RootChoice {
  const root = choice.container;
  let best: RootChoice | null = null;
  let withProse = 0;
  let outerEnd = -1;
  for (const c of layout.containers) {
    if (c.tag !== 'ARTICLE' || c.depth <= root.depth || c.start < root.start || c.end > root.end) continue;
    if (c.start < outerEnd) continue; // nested inside an article already counted
    const score = prefix[c.end]! - prefix[c.start]!;
    if (score <= 0) continue;
    outerEnd = c.end;
    withProse++;
    if (!best || score > best.score) best = { container: c, score };
  }
  return best && withProse >= 2 && best.score >= 0.5 * choice.score ? best : choice;
}

// Markup that names the article body gets a small edge over an anonymous wrapper of equal text.
function containerFactor(c: PageContainer): number {
  if (c.hint === 'content') return 1.1;
  if (c.tag === 'ARTICLE' || c.tag === 'MAIN') return 1.05;
  return 1;
}
