import type { BlockKind, Metadata, Notice } from '../core/annotations';
import { limitArticle, truncationNotice } from '../core/limits';
import { blockValues, chooseRoot } from './choose-root';
import { buildDomArticleText, type BlockSource, type DomArticleText } from './dom-article-text';
import { completeMetadata, readMetadata, readPageHead } from './metadata';
import { checkAgainstArticleBody } from './article-body-check';
import { isSkippedElement, resolveJunk, startPageWalk, type HiddenTest, type PageBlock, type PageContainer, type PageLayout } from './segment-page';

/** What article detection found on a page. */
export type DetectionResult =
  | {
      found: true;
      article: DomArticleText;
      root: Element;
      /** The page's metadata; with `deferMetadata`, only its headline and language. */
      metadata: Metadata;
      /** All of the page's metadata (read once, on the first call, when deferred). */
      completeMetadata: () => Metadata;
      notices: Notice[];
    }
  | { found: false; reason: string; metadata: Metadata };

/** Options of detection. */
export interface DetectOptions {
  url?: string | null;
  /** Extra hidden-element test for live pages (computed style). */
  isHidden?: HiddenTest;
  /**
   * Most characters of article text to build (default: all). A live page passes a bound a little
   * over the core's limit: text past it would never be annotated, and reading it holds the page.
   */
  maxChars?: number;
  /**
   * Reads only the metadata detection needs (headline, language, declared body) and leaves the
   * rest (authors, dates, publisher …) to `completeMetadata`, so a live page can hand the article
   * to the core first and read the rest while the core runs.
   */
  deferMetadata?: boolean;
}

/** Options of the sliced detection: how long a slice may run, and how to give the page its thread back. */
export interface SlicedDetectOptions extends DetectOptions {
  /** Milliseconds of walking per slice (default 30). */
  sliceMs?: number;
  /** Resolves once the page has had its turn (a new task); default a MessageChannel message. */
  yieldToPage?: () => Promise<void>;
  /** Filled in as detection runs: its longest stretch on the page's thread, in ms. */
  stats?: { longestSliceMs: number };
}

// Below this much prose (value of blocks, about characters) a page is not an article.
const MIN_ARTICLE_SCORE = 150;

// Lines that are page furniture wherever they appear, in the languages of the benchmark.
const FURNITURE =
  /^(?:advertisement|advertising|advert|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|iklan|реклама|sponsored( content)?|caption|close|loading\.*|read more|read more:?.*|more:|related:?|related (?:news|articles|stories|coverage|content|links)|see also|don'?t miss|you (?:may|might) also like.*|recommended(?: for you)?|share( this( article| story)?)?|share on \w+|tweet|email|print|topics|tags|comments?|\d+ comments?|explore further|continue reading|click here.*|show (?:more|less)|expand|collapse|view (?:gallery|comments)|image|photo|video|watch|listen|enlarge this image|toggle caption|hide caption|skip (?:to|advertisement).*|subscribe.*|sign up.*|follow us.*|this slideshow requires javascript\.?|this content is imported from .*|tags?:.*|topics?:.*|filed under:.*|(?:tempo de )?leitura:.*|reading time:?.*|\d+ min(?:ute)?s? read|\d+ ?(?:of|-|\/) ?\d+(?: of \d+)?|tell us what you think.*)$/i;

// A photo credit closing a line marks the line as a caption ("… ZAKERIA HASHIMI/AFP via Getty Images").
const PHOTO_CREDIT =
  /(?:\/\s?(?:AFP|AP|Reuters|EPA|Getty Images|Shutterstock|dpa|Xinhua|Bloomberg|Anadolu)|\bvia Getty Images|\((?:Photo|Image|Foto|Bild|Credit)s?:[^)]*\)|\b(?:Photo|Image|Picture|Foto|Bild|Credit)s?(?: by)?:\s*[^.]{2,60})\s*\.?\)?\s*$/i;

// Every photo credit holds a slash, a colon or "via Getty Images": these native searches pass over
// most paragraphs without running PHOTO_CREDIT, which tries its alternatives at every position.
const VIA_GETTY = /via getty images/i;
function mayHoldPhotoCredit(text: string): boolean {
  return text.includes('/') || text.includes(':') || VIA_GETTY.test(text);
}

// Calls to action that close articles: newsletters, follow-us lines, tip lines.
const CALL_TO_ACTION =
  /newsletter|subscribe|sign up|follow (?:us|him|her|them|@\w+)\b|join (?:us|our)\b|(?:have|got) a (?:news )?tip|e-?mail us|contact us|download (?:our|the) app/i;

// A short line that is only a byline, a date or a time stamp ("By Jane Doe", "Updated at 1:23 p.m.").
const BYLINE_LINE =
  /^(?:by|von|par|por|di|door|av|от)\s+\S.{0,60}$|^(?:(?:last )?updated|published|posted|modified|first published|aktualisiert|publié|mis à jour)\b.{0,60}$/i;

/**
 * Finds the main article of a document and builds its ArticleText, reading the page only. Never
 * modifies the document; `isHidden` adds the live page's computed-style test.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): DetectionResult {
  // The whole document, not doc.body: broken pages parse into two <body> elements in linkedom.
  const top = doc.documentElement ?? doc.body;
  if (!top) return { found: false, reason: 'The page is empty.', metadata: readMetadata(doc, options.url ?? null) };
  const walk = startPageWalk(top, options.isHidden ?? (() => false));
  while (!walk.step(() => false));
  return detectInLayout(doc, walk.layout(), options);
}

/**
 * detectArticle for a live page: the same walk and the same result, but the walk runs in slices
 * of about `sliceMs` and gives the page its thread back between them, so a huge page is never one
 * long task. (A page that changes between slices is read as it was when each part was walked.)
 */
export async function detectArticleSliced(doc: Document, options: SlicedDetectOptions = {}): Promise<DetectionResult> {
  const top = doc.documentElement ?? doc.body;
  if (!top) return { found: false, reason: 'The page is empty.', metadata: readMetadata(doc, options.url ?? null) };
  const sliceMs = options.sliceMs ?? 30;
  const yieldToPage = options.yieldToPage ?? nextTask;
  const walk = startPageWalk(top, options.isHidden ?? (() => false));
  const stats = options.stats ?? { longestSliceMs: 0 };
  const timed = <T>(work: () => T): T => {
    const t0 = performance.now();
    const out = work();
    stats.longestSliceMs = Math.max(stats.longestSliceMs, performance.now() - t0);
    return out;
  };
  // A page walked in one slice (most pages) is detected in one go, as quickly as before.
  for (let slices = 0; ; slices++) {
    const deadline = performance.now() + sliceMs;
    if (timed(() => walk.step(() => performance.now() >= deadline))) {
      if (slices > 0) await yieldToPage();
      break;
    }
    await yieldToPage();
  }
  return timed(() => detectInLayout(doc, walk.layout(), options));
}

/**
 * Resolves in a new task: a MessageChannel message, which (unlike setTimeout) no browser delays in a
 * background tab, so a page annotated while the popup has the focus is not slowed to a slice a second.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Detection after the walk: the root, its blocks, the metadata and the article text. */
function detectInLayout(doc: Document, layout: PageLayout, options: DetectOptions): DetectionResult {
  const extraHidden = options.isHidden;
  const isHidden = extraHidden ? (el: Element) => isSkippedElement(el) || extraHidden(el, true) : isSkippedElement;
  resolveJunk(layout, blockValues(layout, true));
  const head = readPageHead(doc, layout);
  const { articleBody } = head;
  let complete: Metadata | null = null;
  const completeNow = (): Metadata => (complete ??= completeMetadata(doc, options.url ?? null, head));
  const metadata = options.deferMetadata ? head.metadata : completeNow();
  const values = blockValues(layout);
  const first = chooseRoot(layout, values);
  const choice = first && checkAgainstArticleBody(layout, first, values, articleBody);
  if (!choice || choice.score < MIN_ARTICLE_SCORE) {
    const reason = choice
      ? `This page has no article: its longest run of prose is only about ${Math.max(1, Math.round(choice.score / 6))} words.`
      : 'This page has no article: it holds no paragraphs of prose.';
    return { found: false, reason, metadata: completeNow() };
  }
  const root = choice.container;
  const sources = articleBlocks(layout, root, metadata.headline);
  if (!sources.length) return { found: false, reason: 'This page has no article: its text is all menus, links and boxes.', metadata: completeNow() };
  const article = buildDomArticleText(sources, isHidden, options.maxChars);
  const notices = noticesFor(layout, root, choice.score);
  if (article.truncated) notices.push(cutNotice(article, layout, root));
  return { found: true, article, root: root.element, metadata, completeMetadata: completeNow, notices };
}

// A word as the core's limits count it.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The 'truncated' notice of an article cut at detection, worded as the core's own: the core
 * annotates a prefix of this prefix (DEFAULT_LIMITS, counted here as it will count it), and the size
 * of the whole is estimated from the text of the root's blocks (already read on the walk).
 */
function cutNotice(article: DomArticleText, layout: PageLayout, root: PageContainer): Notice {
  const read = article.text;
  let whole = 0;
  for (let i = root.start; i < root.end; i++) whole += layout.blocks[i]!.text.length + 2;
  const annotated = limitArticle(article).article.text;
  const annotatedWords = (annotated.match(WORD) ?? []).length;
  const readWords = (read.match(WORD) ?? []).length;
  const words = read.length ? Math.round((readWords * Math.max(whole, read.length)) / read.length) : readWords;
  return truncationNotice(annotatedWords, words);
}

/** Notices for a found article the reader should know about: a live blog, a thin page. */
function noticesFor(layout: PageLayout, root: PageContainer, score: number): Notice[] {
  const notices: Notice[] = [];
  let posts = 0;
  let outerEnd = -1;
  for (const c of layout.containers) {
    if (c.tag !== 'ARTICLE' || c.depth <= root.depth || c.start < root.start || c.end > root.end || c.start < outerEnd) continue;
    outerEnd = c.end;
    if (c.end - c.start >= 2) posts++;
  }
  if (posts >= 3) {
    notices.push({ code: 'low-confidence', message: `This page looks like a live blog or a list of ${posts} posts; they are read as one article.` });
  } else if (score < 2 * MIN_ARTICLE_SCORE) {
    notices.push({ code: 'low-confidence', message: 'This page has little prose; it may not be an article.' });
  }
  return notices;
}

/**
 * The blocks of the article: the headline, then the kept blocks of the root in reading order, with
 * the captions of lead figures that sit between the headline and the root.
 */
function articleBlocks(layout: PageLayout, root: PageContainer, headline: string | null): BlockSource[] {
  const { blocks, containers } = layout;
  const h = findHeadline(blocks, root.start, root.end, headline);
  // The article region: the nearest ancestor of the root that also holds the headline, when close.
  let region = root;
  if (h >= 0 && (h < root.start || h >= root.end)) {
    for (let c = root, hops = 0; c.parent >= 0 && hops < 4; hops++) {
      c = containers[c.parent]!;
      if (c.start <= h && h < c.end) {
        if (c.depth > 1) region = c;
        break;
      }
    }
  }
  const out: BlockSource[] = [];
  // Texts of the non-headline blocks in `out`, last ones last, for the trailing check.
  const texts: string[] = [];
  if (h >= 0 && (h < region.start || h >= region.end)) out.push(source(blocks[h]!, 'headline'));
  for (let i = region.start; i < region.end; i++) {
    const b = blocks[i]!;
    if (i === h) {
      out.push(source(b, 'headline'));
      continue;
    }
    const inRoot = i >= root.start && i < root.end;
    let kind: BlockKind | null;
    if (inRoot) {
      kind = keptKind(b, root.depth);
      // Before the headline inside the root sit kickers, breadcrumbs and bylines, not prose.
      if (kind && h >= root.start && i < h && b.text.length < 150) kind = null;
    } else {
      // Outside the root only the captions of figures between the headline and the body count.
      kind = i > h && i < root.start ? keptKind(b, region.depth) : null;
      if (kind !== 'caption') kind = null;
    }
    if (!kind) continue;
    out.push(source(b, kind));
    texts.push(b.text);
  }
  // Trailing calls to action ("Subscribe to our newsletter", "Follow her on Twitter") are not the story.
  while (out.length > 1 && texts.length) {
    const last = texts[texts.length - 1]!;
    if (last.length > 300 || !CALL_TO_ACTION.test(last)) break;
    out.pop();
    texts.pop();
  }
  return out;
}

function source(b: PageBlock, kind: BlockKind): BlockSource {
  return { element: b.element, kind, nodes: b.nodes };
}

/** The kind a block keeps in the article, or null when it is furniture. */
function keptKind(b: PageBlock, rootDepth: number): BlockKind | null {
  if (b.junkDepth > rootDepth) return null;
  const text = b.text;
  const n = text.length;
  // Links make up navigation and teasers; a long line of linked prose (a roundup item) stays.
  const linkDensity = b.linkChars / n;
  if (linkDensity > 0.8 || (linkDensity >= 0.5 && n < 150)) return null;
  if (n < 120 && (FURNITURE.test(text) || BYLINE_LINE.test(text))) return null;
  if (b.captionDepth > rootDepth || (n < 400 && mayHoldPhotoCredit(text) && PHOTO_CREDIT.test(text))) return 'caption';
  if (b.kind === 'heading' && b.level === 1) return 'heading';
  return b.kind;
}

/**
 * Index of the headline block: an H1 at the top of the root; else the block whose text is the
 * page's headline, nearest before the root or at the top of it; else the nearest H1 before the
 * root; else -1. "At the top" keeps a repeated headline in a teaser inside the root out.
 */
function findHeadline(blocks: readonly PageBlock[], start: number, end: number, headline: string | null): number {
  const wanted = headline ? normalizeTitle(headline) : '';
  const top = Math.min(end, start + HEADLINE_TOP_BLOCKS);
  let h1Before = -1;
  let textBefore = -1;
  let textTop = -1;
  for (let i = 0; i < top; i++) {
    const b = blocks[i]!;
    const inRoot = i >= start;
    if (b.junkDepth >= 0 && !inRoot) continue;
    if (b.level === 1 && inRoot) return i;
    if (b.level === 1) h1Before = i;
    if (wanted && b.text.length < 400 && b.linkChars < b.text.length / 2 && normalizeTitle(b.text) === wanted) {
      if (!inRoot) textBefore = i;
      else if (textTop < 0) textTop = i;
    }
  }
  if (textBefore >= 0) return textBefore;
  if (textTop >= 0) return textTop;
  return h1Before;
}

// How far into the root a headline may sit (kicker, breadcrumbs and a byline can come first).
const HEADLINE_TOP_BLOCKS = 8;

function normalizeTitle(s: string): string {
  // Text of ASCII and common punctuation (curly quotes, dashes) has no letters or digits beyond
  // a-z and 0-9 once lower-cased: a small regexp gives the same string as the Unicode one, which is
  // far costlier to compile and run, and runs here over every block before the article.
  if (!BEYOND_ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Characters other than ASCII, no-break space and the punctuation block's dashes, quotes and dots.
const BEYOND_ASCII = /[^\x00-\x7f\u00a0\u2010-\u2027]/;
