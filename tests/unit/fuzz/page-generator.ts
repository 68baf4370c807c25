/**
 * A seeded generator of hostile, huge and strange HTML pages, for the fuzz test (tests/unit/fuzz)
 * and the long run (`npm run fuzz`). Page i of seed s is always the same page, so a failure is
 * reproduced from its two numbers. Pages are either generated from random structure or mutated from
 * real pages (the fixtures).
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** One generated page. */
export interface FuzzPage {
  /** What the page stresses ("deep-nesting", "mutated:dup-range+wrap" …), for the report. */
  kind: string;
  html: string;
}

/** A fast seeded generator (mulberry32): the same seed gives the same numbers everywhere. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [lo, hi]. */
function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

function times(n: number, f: (i: number) => string, sep = ''): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out.join(sep);
}

// Words of news prose, names and speech verbs: enough to look like an article to detection.
const WORDS =
  'the a of to and in that for on with as was by at from his her their it said will would has have been after before officials government city police report year week new people country president minister forces troops army agency news court judge company market percent million state public group party leaders talks plan water health school election vote law security border'.split(' ');
const NAMES = 'Maria Lopez|John Smith|Zabihullah Mujahid|Angela Merkel|Fawad Aman|Kim Jong Un|Jean-Luc Picard|Ngozi Okonjo-Iweala|Søren Kierkegaard|Nguyễn Văn An|O’Brien|McDonald|van der Berg'.split('|');
const ORGS = 'NATO|the United Nations|Reuters|the Associated Press|AFP|the Taliban|Apple Inc.|the U.S. Department of Defense|BBC|Al Jazeera|the E.U.'.split('|');
const VERBS = 'said|told reporters|added|according to|wrote on Twitter|claimed|announced|warned|asked|insisted'.split('|');
const QUOTE_PAIRS: readonly [string, string][] = [
  ['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['「', '」'], ['‹', '›'], ['»', '«'], ['&quot;', '&quot;'], ['&ldquo;', '&rdquo;'],
];
const QUOTE_CHARS = '"“”‘’\'«»„‟‹›「」『』＂'.split('');
// Other scripts and hard characters: right-to-left text, bidi controls, CJK without spaces, emoji
// sequences, stacked combining marks, lone surrogates, controls and odd spaces.
const FOREIGN = [
  'مرحبا بالعالم قال المتحدث', 'שלום עולם אמר הדובר', 'Привет мир сказал представитель', '部长周二表示政府不会改变计划', '大臣は火曜日に述べた',
  '장관은 화요일 말했다', 'मंत्री ने मंगलवार को कहा', 'รัฐมนตรีกล่าวเมื่อวันอังคาร', 'Ο υπουργός δήλωσε', 'Der Minister sagte am Dienstag',
];
const ODD = [
  '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u2069', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u2028', '\u2029', '\u00a0', '\u3000',
  '👩‍👩‍👧‍👦', '🇦🇫', '🏳️‍🌈', '👍🏽', '😀', 'e\u0301\u0302\u0303\u0304', 'Z̸̢̛̗͓̈́a̵̧̛͖l̴̰̈g̸̣̊ȍ̶̠', '\ud800', '\udc00', '\u0000', '\u0007', '\t', '\r', '\f', '\uffff', '\ufffd', '&#0;', '&#xD800;', '&#x10FFFF;', '&amp', '&nbsp', '&bogus;',
];

function word(rng: Rng): string {
  const r = rng();
  if (r < 0.7) return pick(rng, WORDS);
  if (r < 0.8) return pick(rng, NAMES);
  if (r < 0.85) return pick(rng, ORGS);
  if (r < 0.9) return String(int(rng, 0, 100000));
  if (r < 0.95) return pick(rng, FOREIGN);
  return pick(rng, ODD);
}

/** A sentence of generated prose, sometimes quoted, attributed or broken. */
function sentence(rng: Rng, oddness = 0.1): string {
  const words = times(int(rng, 3, 25), () => (chance(rng, oddness) ? pick(rng, ODD) + word(rng) : word(rng)), ' ');
  const text = words.charAt(0).toUpperCase() + words.slice(1) + pick(rng, ['.', '.', '.', '!', '?', '…', '', '...', '.”', ';']);
  const r = rng();
  if (r < 0.25) {
    const [open, close] = pick(rng, QUOTE_PAIRS);
    return `${open}${text}${chance(rng, 0.85) ? close : ''} ${pick(rng, NAMES)} ${pick(rng, VERBS)}.`;
  }
  if (r < 0.35) return `${pick(rng, NAMES)} ${pick(rng, VERBS)}: ${pick(rng, QUOTE_PAIRS)[0]}${text}`;
  return text;
}

function paragraph(rng: Rng, sentences: number, oddness = 0.1): string {
  return times(sentences, () => sentence(rng, oddness), ' ');
}

function escapeText(s: string): string {
  return s.replace(/&(?![#a-z])/gi, '&amp;').replace(/</g, '&lt;');
}

const BLOCK_TAGS = ['p', 'div', 'section', 'blockquote', 'li', 'h2', 'h3', 'figcaption', 'pre', 'td', 'dd', 'article', 'aside', 'span', 'q', 'font', 'center'];
const ODD_ATTRS = [
  'hidden', 'aria-hidden="true"', 'style="display:none"', 'style="visibility:hidden"', 'contenteditable', 'contenteditable="true"', 'dir="rtl"', 'dir="auto"', 'lang="ar"',
  'class="article-body content story"', 'class="ad advertisement sponsored"', 'class="comments"', 'id="main"', 'id="__proto__"', 'class="constructor toString"',
  'data-x="' + '\u202e'.repeat(3) + '"', 'onclick="alert(1)"', 'style="position:fixed;inset:0"', 'role="main"', 'itemprop="articleBody"', 'translate="no"',
  'class="' + 'c '.repeat(200) + '"', 'x=\'"><script>alert(1)</script>\'', 'inert', 'popover', 'tabindex="-1"', 'slot="x"', 'is="x-y"',
];

function openTag(rng: Rng, tag: string): string {
  const attrs = chance(rng, 0.3) ? ' ' + times(int(rng, 1, 3), () => pick(rng, ODD_ATTRS), ' ') : '';
  return `<${tag}${attrs}>`;
}

function head(rng: Rng, minLd = 0): string {
  const parts: string[] = ['<meta charset="utf-8">', `<title>${escapeText(sentence(rng, 0.05))}</title>`];
  const ld = [
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"A headline","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2021-07-02T09:14:00-04:00"}',
    '{"@type":"NewsArticle","headline":',
    '{"@graph":[{"@type":["NewsArticle","WebPage"],"author":[null,1,{"name":{"x":1}}],"datePublished":12345}]}',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    '{"@type":"NewsArticle","headline":"' + 'x'.repeat(50000) + '"}',
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"@type":"NewsArticle"}',
    '{"@type":"NewsArticle","datePublished":"not a date","dateModified":"2021-13-45T99:99:99Z","publisher":"<b>Bold</b>"}',
    '</script><script>alert(1)</script>',
    'null',
    '{"author":' + '{"author":'.repeat(500) + '1' + '}'.repeat(501),
  ];
  for (let i = int(rng, minLd, 3); i > 0; i--) parts.push(`<script type="application/ld+json">${pick(rng, ld)}</script>`);
  if (chance(rng, 0.5)) parts.push(`<meta property="og:title" content="${pick(rng, ['', '"', '&quot;x', sentence(rng), '\u202e' + sentence(rng)])}">`);
  if (chance(rng, 0.3)) parts.push(`<meta name="author" content="${pick(rng, NAMES)}"><meta property="article:published_time" content="${pick(rng, ['2021-07-02', 'yesterday', '', '0000-00-00T00:00:00Z', '9'.repeat(40)])}">`);
  if (chance(rng, 0.2)) parts.push(`<base href="${pick(rng, ['javascript:alert(1)', 'http://[::1', '//evil.example/', ''])}">`);
  if (chance(rng, 0.2)) parts.push(`<link rel="canonical" href="${pick(rng, ['', 'not a url', 'https://example.com/' + 'a/'.repeat(2000)])}">`);
  return parts.join('');
}

function doc(rng: Rng, body: string, lang?: string, minLd = 0): string {
  const l = lang ?? pick(rng, ['en', 'en', '', 'ar', 'zh', 'de', 'x-klingon', '"><script>']);
  return `${chance(rng, 0.9) ? '<!DOCTYPE html>' : ''}<html${l ? ` lang="${l}"` : ''}><head>${head(rng, minLd)}</head><body>${body}</body></html>`;
}

/** A plausible article with page furniture around it, some blocks of it odd. */
function articleBody(rng: Rng, paragraphs: number, oddness: number): string {
  const nav = `<nav>${times(int(rng, 0, 12), () => `<a href="/${word(rng)}">${escapeText(word(rng))}</a>`, ' ')}</nav>`;
  const blocks = times(paragraphs, () => {
    const tag = chance(rng, 0.8) ? 'p' : pick(rng, BLOCK_TAGS);
    return `${openTag(rng, tag)}${escapeText(paragraph(rng, int(rng, 1, 6), oddness))}</${tag}>`;
  });
  return `<header>${nav}</header><main><article><h1>${escapeText(sentence(rng, 0.05))}</h1>${blocks}</article><aside>${times(int(rng, 0, 5), () => `<li><a href="#">${escapeText(sentence(rng))}</a></li>`)}</aside></main><footer>© 2024</footer>`;
}

type Generator = (rng: Rng) => string;

/** Page generators from random structure, each stressing one thing (weights: how often). */
const STRUCTURES: readonly [string, number, Generator][] = [
  ['article', 20, (rng) => doc(rng, articleBody(rng, int(rng, 3, 25), 0.05))],
  ['odd-characters', 10, (rng) => doc(rng, articleBody(rng, int(rng, 3, 20), 0.6))],
  ['deep-nesting', 8, (rng) => {
    const depth = int(rng, 50, 600);
    const tags = times(depth, () => pick(rng, ['div', 'span', 'b', 'i', 'section', 'font', 'blockquote', 'li', 'ul', 'table', 'p', 'a']), ',').split(',');
    const inner = times(int(rng, 1, 10), () => `<p>${escapeText(paragraph(rng, 4))}</p>`);
    return doc(rng, tags.map((t) => `<${t}>`).join('') + inner + (chance(rng, 0.5) ? [...tags].reverse().map((t) => `</${t}>`).join('') : ''));
  }],
  ['huge-text-node', 2, (rng) => {
    const n = int(rng, 20_000, 250_000);
    const r = rng();
    const text = r < 0.4 ? paragraph(rng, Math.ceil(n / 80)) : r < 0.6 ? 'x'.repeat(n) : r < 0.8 ? '部长周二表示政府不会改变计划。'.repeat(Math.ceil(n / 15)) : times(Math.ceil(n / 5), () => pick(rng, WORDS)) ;
    return doc(rng, `<article><h1>Big</h1><p>${escapeText(text.slice(0, n))}</p></article>`);
  }],
  ['many-elements', 2, (rng) => {
    const n = int(rng, 2_000, 20_000);
    return doc(rng, `<main>${times(n, (i) => (i % 7 === 0 ? `<p>${escapeText(sentence(rng))}</p>` : `<${pick(rng, ['span', 'div', 'b', 'a', 'i', 'br', 'img', 'hr'])}>${i % 3 ? escapeText(word(rng)) : ''}</span>`))}</main>`);
  }],
  ['quote-storm', 6, (rng) => {
    const n = int(rng, 500, 10_000);
    const body = times(int(rng, 2, 30), () => `<p>${escapeText(times(Math.ceil(n / 20), () => (chance(rng, 0.6) ? pick(rng, QUOTE_CHARS) : word(rng)), chance(rng, 0.5) ? ' ' : ''))}</p>`);
    return doc(rng, `<article><h1>Quotes</h1>${body}</article>`);
  }],
  ['unbalanced-quotes', 6, (rng) => {
    const body = times(int(rng, 3, 25), () => {
      const [open, close] = pick(rng, QUOTE_PAIRS);
      const inner = paragraph(rng, int(rng, 1, 5));
      const r = rng();
      const text = r < 0.3 ? `${open}${inner}` : r < 0.6 ? `${inner}${close}` : r < 0.8 ? `${open}${open}${inner}${close}` : `${close}${inner}${open}`;
      return `<p>${escapeText(text)} ${pick(rng, NAMES)} said.</p>`;
    });
    return doc(rng, `<article><h1>${escapeText(sentence(rng))}</h1>${body}</article>`);
  }],
  ['rtl-mixed', 6, (rng) => {
    const body = times(int(rng, 3, 20), () => `<p dir="${pick(rng, ['rtl', 'ltr', 'auto'])}">${escapeText(times(int(rng, 5, 40), () => (chance(rng, 0.5) ? pick(rng, FOREIGN) : word(rng)), ' '))}${pick(rng, ['.', '،', '。', '؟'])}</p>`);
    return doc(rng, `<article dir="rtl"><h1>${escapeText(pick(rng, FOREIGN))}</h1>${body}</article>`, pick(rng, ['ar', 'he', 'fa', 'en']));
  }],
  ['broken-json-ld', 5, (rng) => doc(rng, articleBody(rng, int(rng, 2, 10), 0.05), undefined, 2)],
  ['odd-attributes', 6, (rng) => {
    const body = times(int(rng, 3, 30), () => {
      const tag = pick(rng, BLOCK_TAGS);
      return `<${tag} ${times(int(rng, 1, 6), () => pick(rng, ODD_ATTRS), ' ')}>${escapeText(paragraph(rng, int(rng, 1, 4)))}</${tag}>`;
    });
    return doc(rng, `<div class="article-body" itemprop="articleBody">${body}</div>`);
  }],
  ['pre-code', 5, (rng) => {
    const code = 'function f(x) {\n  return x > 0 ? "yes" : \'no\'; // "quote\n}\n'.repeat(int(rng, 1, 200));
    return doc(rng, `<article><h1>Code</h1><p>${escapeText(paragraph(rng, 3))}</p><pre><code>${escapeText(code)}</code></pre><p>${escapeText(paragraph(rng, 3))}</p><code>${escapeText('"'.repeat(int(rng, 1, 500)))}</code></article>`);
  }],
  ['contenteditable', 4, (rng) => doc(rng, `<article><h1>Edit</h1><div contenteditable="true">${times(int(rng, 2, 20), () => `<p>${escapeText(paragraph(rng, 3))}</p>`)}</div><textarea>${escapeText(paragraph(rng, 10))}</textarea><input value="${escapeText(sentence(rng)).replace(/"/g, '&quot;')}"><p>${escapeText(paragraph(rng, 5))}</p></article>`)],
  ['tag-soup', 8, (rng) => {
    const tags = ['p', 'div', 'table', 'tr', 'td', 'svg', 'math', 'template', 'noscript', 'iframe', 'select', 'option', 'object', 'frameset', 'frame', 'style', 'script', 'textarea', 'title', 'xmp', 'plaintext', 'button', 'form', 'video', 'audio', 'source', 'slot', 'x-custom', 'foreignObject', 'annotation-xml'];
    const body = times(int(rng, 20, 400), () => {
      const r = rng();
      if (r < 0.4) return `<${pick(rng, tags)}${chance(rng, 0.3) ? ' ' + pick(rng, ODD_ATTRS) : ''}>`;
      if (r < 0.6) return `</${pick(rng, tags)}>`;
      if (r < 0.65) return pick(rng, ['<!--', '-->', '<![CDATA[', ']]>', '<?xml?>', '<!DOCTYPE x>', '<', '>', '</', '<>', '&', '<p/>', '<br/>', '<img src=x onerror=alert(1)>']);
      return escapeText(sentence(rng, 0.2));
    });
    return doc(rng, body);
  }],
  ['garbage', 3, (rng) => {
    const n = int(rng, 0, 5000);
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(int(rng, 0, chance(rng, 0.9) ? 0x7f : 0xffff));
    return chance(rng, 0.5) ? s : doc(rng, s);
  }],
  ['empty', 1, (rng) => pick(rng, ['', '<html>', '<body></body>', '<!DOCTYPE html><html><head></head><body><article></article></body></html>', ' ', '\u0000'])],
  ['table-and-lists', 3, (rng) => doc(rng, `<article><h1>${escapeText(sentence(rng))}</h1><table>${times(int(rng, 5, 120), () => `<tr>${times(int(rng, 1, 8), () => `<td>${escapeText(chance(rng, 0.3) ? sentence(rng) : word(rng))}</td>`)}</tr>`)}</table><ul>${times(int(rng, 1, 100), () => `<li>${escapeText(sentence(rng))}</li>`)}</ul><p>${escapeText(paragraph(rng, 5))}</p></article>`)],
];

type Mutation = (rng: Rng, html: string) => string;

// The largest page a mutation makes (characters): a few megabytes, like the biggest real pages.
const MAX_PAGE_CHARS = 4_000_000;

/** Mutations of a real page: cuts, copies, junk, renamed tags, extra quotes, deep wrapping. */
const MUTATIONS: readonly [string, Mutation][] = [
  ['delete-range', (rng, h) => {
    const a = int(rng, 0, h.length);
    return h.slice(0, a) + h.slice(Math.min(h.length, a + int(rng, 1, 2000)));
  }],
  ['dup-range', (rng, h) => {
    const a = int(rng, 0, h.length);
    const piece = h.slice(a, a + int(rng, 1, 3000));
    return h.slice(0, a) + piece.repeat(Math.min(int(rng, 2, chance(rng, 0.1) ? 200 : 10), Math.ceil(MAX_PAGE_CHARS / (piece.length + 1)))) + h.slice(a);
  }],
  ['insert-junk', (rng, h) => {
    const a = int(rng, 0, h.length);
    return h.slice(0, a) + pick(rng, [...ODD, ...QUOTE_CHARS, '<div>', '</p>', '<!--', '<script>', '</body>', '<pre>', '<article>', '<p contenteditable>', '"'.repeat(1000)]) + h.slice(a);
  }],
  ['truncate', (rng, h) => h.slice(0, int(rng, 0, h.length))],
  ['rename-tags', (rng, h) => {
    const from = pick(rng, ['p', 'div', 'article', 'h1', 'a', 'main', 'span']);
    const to = pick(rng, ['div', 'span', 'pre', 'td', 'li', 'template', 'textarea', 'x-y', 'q', 'blockquote', 'code']);
    return h.replace(new RegExp(`<(/?)${from}\\b`, 'g'), `<$1${to}`);
  }],
  ['quotes', (rng, h) => h.replace(/ /g, (m) => (chance(rng, 0.05) ? ` ${pick(rng, QUOTE_CHARS)}` : m))],
  ['foreign-text', (rng, h) => h.replace(/>([^<]{20,})</g, (m, t: string) => (chance(rng, 0.3) ? `>${pick(rng, FOREIGN)} ${t}<` : m))],
  ['wrap-deep', (rng, h) => {
    const d = int(rng, 50, 500);
    return h.replace(/<body[^>]*>/i, (b) => b + '<div>'.repeat(d)).replace(/<\/body>/i, '</div>'.repeat(d) + '</body>');
  }],
  ['entities', (rng, h) => h.replace(/&quot;|&#x27;|&amp;/g, () => pick(rng, ['&quot', '&#', '&#x;', '&#xFFFFFFF;', '&#0;', '&#55296;', '&lt;script&gt;', '&ldquo;', '&']))],
  ['drop-closing', (rng, h) => h.replace(new RegExp(`</${pick(rng, ['p', 'div', 'article', 'li', 'span', 'a'])}>`, 'g'), '')],
  ['stretch-paragraph', (rng, h) => h.replace(/<p>([^<]{40,})<\/p>/, (_, t: string) => `<p>${t.repeat(Math.min(int(rng, 100, 3000), Math.ceil(MAX_PAGE_CHARS / t.length)))}</p>`)],
  ['contenteditable', (_, h) => h.replace(/<article\b/i, '<article contenteditable="true"')],
  ['into-pre', (_, h) => h.replace(/<div class="article-body">/i, '<pre class="article-body">')],
];

const STRUCTURE_WEIGHT = STRUCTURES.reduce((n, [, w]) => n + w, 0);

/**
 * Page `index` of run `seed`: from random structure or, when seed pages are given, about half the
 * time mutated from one of them.
 */
export function generatePage(seed: number, index: number, seedPages: readonly string[] = []): FuzzPage {
  const rng = makeRng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  if (seedPages.length && chance(rng, 0.5)) {
    let html = pick(rng, seedPages);
    const names: string[] = [];
    for (let i = int(rng, 1, 4); i > 0; i--) {
      const [name, mutate] = pick(rng, MUTATIONS);
      names.push(name);
      html = mutate(rng, html);
      // Keep mutated pages within a few megabytes: bigger says nothing new and slows the run.
      if (html.length > MAX_PAGE_CHARS) html = html.slice(0, MAX_PAGE_CHARS);
    }
    return { kind: `mutated:${names.join('+')}`, html };
  }
  let r = rng() * STRUCTURE_WEIGHT;
  for (const [kind, weight, make] of STRUCTURES) {
    r -= weight;
    if (r < 0) return { kind, html: make(rng) };
  }
  const [kind, , make] = STRUCTURES[0]!;
  return { kind, html: make(rng) };
}

/** The names of the structure kinds, for reports and tests. */
export const STRUCTURE_KINDS: readonly string[] = STRUCTURES.map(([k]) => k);
