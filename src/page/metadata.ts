import { emptyMetadata, type Metadata, type MetadataField, type MetadataSource } from '../core/annotations';
import { familyGivenName, isAgencyName, isBoilerplateAuthor, mergeAuthorNames, organisationCredit, parseAuthorNames } from './author-names';
import { findDateInText, normalizeDate } from './dates';
import { elementHint } from './element-hints';
import { isNode, readJsonLd, resolveRef, typesOf, type JsonLdNode } from './json-ld';
import { allMeta, firstMeta, readMetaTags, unescapeEntities, type MetaTable } from './meta-tags';
import { collapse, type PageIndex, type PageSignal } from './segment-page';

/** What article detection already collected on its walk over the page. */
export interface VisibleSignals {
  bylines: readonly PageSignal[];
  times: readonly PageSignal[];
  copyright: string | null;
  index: PageIndex;
}

// Meta keys in the order they are trusted, per field (after JSON-LD).
const TITLE_KEYS = ['dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title', 'sailthru:title', 'itemprop:headline'];
const AUTHOR_KEYS = ['dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'parsely-author', 'sailthru:author', 'article:author', 'og:article:author', 'byl', 'itemprop:author', 'citation_author'];
const PUBLISHED_KEYS = ['article:published_time', 'og:article:published_time', 'article:published', 'parsely-pub-date', 'sailthru:date', 'itemprop:datepublished', 'dc:date', 'dc:date:issued', 'dcterm:issued', 'dcterms:issued', 'dcterms:created', 'dcterms:date', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'article_date_original', 'og:published_time', 'citation_publication_date', 'citation_date', 'displaydate', 'release_date'];
const MODIFIED_KEYS = ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'itemprop:datemodified', 'dcterms:modified', 'last-modified', 'lastmod', 'article:modified'];
const SECTION_KEYS = ['article:section', 'og:article:section', 'parsely-section', 'sailthru:section', 'section', 'article-section', 'itemprop:articlesection', 'category'];
const DESCRIPTION_KEYS = ['og:description', 'description', 'dc:description', 'dcterms:description', 'twitter:description', 'itemprop:description', 'weibo:article:description'];
const PUBLISHER_KEYS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc:publisher', 'dcterms:publisher', 'cxenseparse:recs:publisher'];

/**
 * Reads publication metadata with its provenance: JSON-LD first, then OpenGraph, article:* and
 * other meta tags, microdata, the title, visible bylines and <time>, and the copyright line as a
 * last resort for the publisher. `signals` lets detection pass what its walk already found.
 */
export function readMetadata(doc: Document, url: string | null, signals?: VisibleSignals): Metadata {
  return readPageMetadata(doc, url, signals).metadata;
}

/** readMetadata, plus the article body the page declares in JSON-LD (for detection to check). */
export function readPageMetadata(
  doc: Document,
  url: string | null,
  signals?: VisibleSignals,
): { metadata: Metadata; articleBody: string | null } {
  const head = readPageHead(doc, signals);
  return { metadata: completeMetadata(doc, url, head), articleBody: head.articleBody };
}

/** A field's value and where it was read. */
interface Sourced<T> {
  value: T;
  source: MetadataSource;
}

/**
 * What detection needs before it chooses the article (the headline, the article body the page
 * declares, the language), with what was parsed to find them; completeMetadata reads the rest.
 */
export interface PageHead {
  /** Empty metadata but for the headline and language (and their provenance). */
  metadata: Metadata;
  articleBody: string | null;
  readonly parsed: {
    visible: VisibleSignals;
    metas: MetaTable;
    article: JsonLdNode | null;
    nodes: JsonLdNode[];
    headline: Sourced<string> | null;
    language: Sourced<string> | null;
  };
}

/** Reads the page's headline, language and declared article body: the part of the metadata detection needs. */
export function readPageHead(doc: Document, signals?: VisibleSignals): PageHead {
  const visible = signals ?? gatherSignals(doc);
  const { itemprops } = visible.index;
  const metas = readMetaTags(visible.index.metas);
  const { article, nodes } = readJsonLd(visible.index.jsonLd);
  const docTitle = collapse(doc.title ?? '');
  const first = <T>(...tries: Array<() => Sourced<T | null> | null>): Sourced<T> | null => {
    for (const t of tries) {
      const got = t();
      if (got && got.value !== null && got.value !== undefined) return got as Sourced<T>;
    }
    return null;
  };

  // Headline.
  const headline = first<string>(
    () => ({ value: article ? jsonLdTitle(article, docTitle) : null, source: 'json-ld' }),
    () => {
      const t = firstMeta(metas, TITLE_KEYS);
      return { value: t ? collapse(t.value) : null, source: t && t.key.startsWith('og:') ? 'opengraph' : 'meta' };
    },
    () => ({ value: microdataText(itemprops, 'headline'), source: 'microdata' }),
    () => ({ value: cleanDocumentTitle(doc, docTitle), source: 'title' }),
    () => ({ value: firstH1(doc), source: 'heading' }),
  );

  // Language.
  const language = first<string>(
    () => ({ value: cleanLanguage(doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang')), source: 'meta' }),
    () => ({ value: cleanLanguage(article ? firstString(article.inLanguage) : null), source: 'json-ld' }),
    () => {
      const l = firstMeta(metas, ['og:locale', 'http-equiv:content-language', 'content-language', 'dc:language', 'language']);
      return { value: cleanLanguage(l?.value), source: l?.key === 'og:locale' ? 'opengraph' : 'meta' };
    },
  );
  const m = emptyMetadata();
  if (headline) {
    m.headline = headline.value;
    m.provenance.headline = headline.source;
  }
  if (language) {
    m.language = language.value;
    m.provenance.language = language.source;
  }
  return {
    metadata: m,
    articleBody: article ? stringOf(article.articleBody) : null,
    parsed: { visible, metas, article, nodes, headline, language },
  };
}

/** All of the page's metadata, from its head (readPageHead) and the rest of the page. */
export function completeMetadata(doc: Document, url: string | null, head: PageHead): Metadata {
  const m = emptyMetadata();
  const set = <K extends MetadataField>(field: K, value: Metadata[K] | null, source: MetadataSource): boolean => {
    if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return false;
    (m as unknown as Record<string, unknown>)[field] = value;
    m.provenance[field] = source;
    return true;
  };
  const { visible, metas, article, nodes } = head.parsed;
  const { itemprops, links } = visible.index;
  if (head.parsed.headline) set('headline', head.parsed.headline.value, head.parsed.headline.source);

  // Publisher.
  const ldPublisher = article ? jsonLdName(article.publisher, nodes) : null;
  if (!set('publisher', ldPublisher, 'json-ld')) {
    const p = firstMeta(metas, PUBLISHER_KEYS);
    if (!set('publisher', p ? collapse(p.value) : null, p?.key === 'og:site_name' ? 'opengraph' : 'meta')) {
      const org = nodes.find((n) => typesOf(n).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t)));
      if (!set('publisher', org ? jsonLdName(org, nodes) : null, 'json-ld')) {
        set('publisher', publisherFromCopyright(visible.copyright), 'copyright');
      }
    }
  }

  // Authors: people first; boilerplate ("Staff", wire agencies) and the publisher itself ("CNN",
  // "BBC News") are not people at any source.
  const people = (names: string[]): string[] => names.filter((n) => !isPublisherName(n, m.publisher));
  const ldCredits = article ? jsonLdAuthors(article.author ?? article.creator, nodes) : [];
  const metaAuthors = allMeta(metas, AUTHOR_KEYS).filter((v) => !/^https?:\/\/|^www\./i.test(v));
  const metaSource: MetadataSource = (AUTHOR_KEYS.find((k) => metas.has(k)) ?? '').startsWith('og:') ? 'opengraph' : 'meta';
  const ldPeople = ldCredits.filter((c) => !c.organisation).map((c) => c.name);
  if (!set('authors', people(mergeAuthorNames(ldPeople)), 'json-ld')) {
    if (!set('authors', people(firstMetaAuthors(metas, metaAuthors)), metaSource)) {
      if (!set('authors', people(microdataAuthors(itemprops)), 'microdata')) {
        if (!set('authors', people(visibleAuthors(visible)), 'byline')) {
          // No person anywhere: an organisation the page itself credits as author ("BBC News",
          // "By Reuters") is the honest answer; a generic "Staff" is not.
          const credit = organisationAuthor(ldCredits, metaAuthors, metaSource, itemprops, visible, m.publisher);
          if (credit) set('authors', [credit.name], credit.source);
        }
      }
    }
  }

  // Dates.
  const ldPublished = article ? normalizeDate(stringOf(article.datePublished) ?? stringOf(article.dateCreated)) : null;
  if (!set('published', ldPublished, 'json-ld')) {
    const p = metaDate(metas, PUBLISHED_KEYS);
    if (!set('published', p ? p.date : null, p && p.key.startsWith('og:') ? 'opengraph' : 'meta')) {
      if (!set('published', microdataDate(itemprops, 'datePublished'), 'microdata')) {
        if (!set('published', timeElementDate(visible.times), 'time-element')) set('published', visibleDate(visible.bylines), 'text');
      }
    }
  }
  const ldModified = article ? normalizeDate(stringOf(article.dateModified)) : null;
  if (!set('modified', ldModified, 'json-ld')) {
    const p = metaDate(metas, MODIFIED_KEYS);
    if (!set('modified', p ? p.date : null, p && p.key.startsWith('og:') ? 'opengraph' : 'meta')) {
      set('modified', microdataDate(itemprops, 'dateModified'), 'microdata');
    }
  }

  // Canonical URL, section, language, favicon, description.
  const base = baseUrl(visible.index.base, url);
  const canonical = links.find((l) => relOf(l).includes('canonical'))?.getAttribute('href');
  if (!set('canonicalUrl', absoluteUrl(canonical, base), 'link')) {
    const og = firstMeta(metas, ['og:url']);
    if (!set('canonicalUrl', absoluteUrl(og?.value, base), 'opengraph') && article) {
      set('canonicalUrl', absoluteUrl(jsonLdUrl(article), base), 'json-ld');
    }
  }
  const ldSection = article ? firstString(article.articleSection) : null;
  if (!set('section', ldSection, 'json-ld')) {
    const s = firstMeta(metas, SECTION_KEYS);
    set('section', s ? collapse(s.value) : null, s?.key.startsWith('og:') ? 'opengraph' : 'meta');
  }
  if (head.parsed.language) set('language', head.parsed.language.value, head.parsed.language.source);
  set('favicon', absoluteUrl(faviconHref(links), base), 'link');
  const ldDescription = article ? stringOf(article.description) : null;
  if (!set('description', ldDescription ? collapse(ldDescription) : null, 'json-ld')) {
    const d = firstMeta(metas, DESCRIPTION_KEYS);
    set('description', d ? collapse(d.value) : null, d?.key.startsWith('og:') ? 'opengraph' : 'meta');
  }
  return m;
}

// Whether an author name is the publisher's own ("CNN Business" for CNN, "Business Insider" for
// Business Insider Deutschland, "BBC News" for BBC News): an organisation, not a person. A name
// equal to the site's is kept when it could be a person's (a blog named after its author).
function isPublisherName(name: string, publisher: string | null): boolean {
  if (!publisher) return false;
  const n = normalizeText(name);
  const p = normalizeText(publisher);
  if (!n || !p) return false;
  if (n === p) return !/\s/.test(n) || ORGANISATION_WORD.test(n);
  return ` ${p} `.includes(` ${n} `) || ` ${n} `.includes(` ${p} `);
}

const ORGANISATION_WORD =
  /\b(?:news|media|press|times|post|magazine|journal|daily|tv|radio|network|group|inc|ltd|llc|gmbh|online|today|herald|tribune|gazette|blog|channel|agency|institute|foundation|university)\b/;

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function firstString(value: unknown): string | null {
  const s = stringOf(value);
  return s ? collapse(unescapeEntities(s)) : null;
}

// JSON-LD "name" and "headline" usually agree; where they differ the one closer to the page's
// <title> is the article's (some sites put their own name in "name").
function jsonLdTitle(article: JsonLdNode, docTitle: string): string | null {
  const headline = stringOf(article.headline);
  const name = stringOf(article.name);
  const clean = (s: string | null): string | null => (s ? collapse(unescapeEntities(s)) : null);
  if (headline && name && headline !== name) {
    return clean(overlap(name, docTitle) > overlap(headline, docTitle) ? name : headline);
  }
  return clean(headline ?? name);
}

/** Word overlap of two texts (Jaccard index of their lower-cased word sets, 0..1). */
function overlap(a: string, b: string): number {
  const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const wa = words(a);
  const wb = words(b);
  let both = 0;
  for (const w of wa) if (wb.has(w)) both++;
  const union = wa.size + wb.size - both;
  return union ? both / union : 0;
}

interface AuthorCredit {
  name: string;
  /** Typed as an organisation in JSON-LD (Organization, NewsMediaOrganization …). */
  organisation: boolean;
}

function jsonLdAuthors(value: unknown, nodes: readonly JsonLdNode[]): AuthorCredit[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: AuthorCredit[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push({ name: unescapeEntities(item), organisation: false });
    else {
      const node = resolveRef(item, nodes);
      const name = jsonLdName(node, nodes);
      const organisation = isNode(node) && typesOf(node).some((t) => /Organi[sz]ation$|^(?:Corporation|NGO|GovernmentOrganization)$/.test(t));
      if (name) out.push({ name, organisation });
    }
  }
  return out;
}

// The organisation a page credits as its author when it names no person: one typed so in JSON-LD,
// or a credit in an author field or byline that is the publisher itself or a wire agency.
function organisationAuthor(
  ldCredits: readonly AuthorCredit[],
  metaAuthors: readonly string[],
  metaSource: MetadataSource,
  itemprops: readonly Element[],
  visible: VisibleSignals,
  publisher: string | null,
): { name: string; source: MetadataSource } | null {
  const known = (name: string): boolean => isPublisherName(name, publisher) || normalizeText(name) === normalizeText(publisher ?? '') || isAgencyName(name);
  const candidates: { raw: string; source: MetadataSource; typed: boolean }[] = [
    ...ldCredits.map((c) => ({ raw: c.name, source: 'json-ld' as const, typed: c.organisation })),
    ...metaAuthors.map((raw) => ({ raw, source: metaSource, typed: false })),
    ...microdataAuthorTexts(itemprops).map((raw) => ({ raw, source: 'microdata' as const, typed: false })),
    ...visibleBylineTexts(visible).map((raw) => ({ raw, source: 'byline' as const, typed: false })),
  ];
  for (const { raw, source, typed } of candidates) {
    const name = organisationCredit(raw);
    if (name && (typed || known(name))) return { name, source };
  }
  return null;
}

function jsonLdName(value: unknown, nodes: readonly JsonLdNode[]): string | null {
  if (typeof value === 'string') return collapse(unescapeEntities(value)) || null;
  if (Array.isArray(value)) return jsonLdName(value[0], nodes);
  const node = resolveRef(value, nodes);
  if (!isNode(node)) return null;
  const name = stringOf(node.name) ?? stringOf(node.legalName) ?? stringOf(node.alternateName);
  if (name) return collapse(unescapeEntities(name));
  const given = stringOf(node.givenName);
  const family = stringOf(node.familyName);
  return given || family ? [given, family].filter(Boolean).join(' ') : null;
}

function jsonLdUrl(article: JsonLdNode): string | null {
  const main = article.mainEntityOfPage;
  if (typeof main === 'string') return main;
  if (isNode(main)) return stringOf(main['@id']) ?? stringOf(main.url);
  return stringOf(article.url);
}

// Dublin Core and citation tags write one person per tag, family name first ("Jong, Michiel de").
const FAMILY_FIRST_KEYS = new Set(['dc:creator', 'dcterm:creator', 'dcterms:creator', 'citation_author']);

// Meta authors: the first key's values (several article:author tags are several authors).
function firstMetaAuthors(metas: MetaTable, fallback: readonly string[]): string[] {
  for (const key of AUTHOR_KEYS) {
    const values = (metas.get(key) ?? [])
      .filter((v) => !/^https?:\/\/|^www\./i.test(v))
      .map((v) => (FAMILY_FIRST_KEYS.has(key) ? (familyGivenName(v) ?? v) : v));
    const names = mergeAuthorNames(values);
    if (names.length) return names;
  }
  return mergeAuthorNames(fallback);
}

function metaDate(metas: MetaTable, keys: readonly string[]): { key: string; date: string } | null {
  for (const key of keys) {
    for (const v of metas.get(key) ?? []) {
      const date = normalizeDate(v);
      if (date) return { key, date };
    }
  }
  return null;
}

const hasProp = (el: Element, prop: string): boolean =>
  el.tagName.toUpperCase() !== 'META' && (el.getAttribute('itemprop') ?? '').split(/\s+/).includes(prop);

function microdataText(itemprops: readonly Element[], prop: string): string | null {
  const el = itemprops.find((e) => hasProp(e, prop));
  const text = el ? collapse(el.textContent ?? '') : '';
  return text && text.length < 300 ? text : null;
}

function microdataAuthors(itemprops: readonly Element[]): string[] {
  const out: string[] = [];
  for (const raw of microdataAuthorTexts(itemprops)) {
    for (const n of parseAuthorNames(raw)) if (!out.includes(n)) out.push(n);
    if (out.length >= 6) break;
  }
  return out;
}

// The raw text of each itemprop=author outside comments and reviews (its itemprop=name if any).
function microdataAuthorTexts(itemprops: readonly Element[]): string[] {
  const out: string[] = [];
  for (const el of itemprops) {
    if (!hasProp(el, 'author') && !hasProp(el, 'creator')) continue;
    if (elementHint(el) === 'junk' || el.closest('[itemprop~="comment"], [itemprop~="review"]')) continue;
    const nameEl = itemprops.find((e) => e !== el && hasProp(e, 'name') && el.contains(e));
    out.push(nameEl ? (nameEl.getAttribute('content') ?? nameEl.textContent ?? '') : (el.getAttribute('content') ?? el.textContent ?? ''));
    if (out.length >= 12) break;
  }
  return out;
}

function microdataDate(itemprops: readonly Element[], prop: string): string | null {
  const el = itemprops.find((e) => hasProp(e, prop));
  if (!el) return null;
  return normalizeDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '');
}

// A visible byline: the first short box named like a byline, not inside comments or teasers.
function visibleAuthors(visible: VisibleSignals): string[] {
  for (const text of visibleBylineTexts(visible)) {
    // A lone word in a byline box is a dateline ("Washington") or a handle as often as a name.
    const found = parseAuthorNames(text).filter((n) => !isBoilerplateAuthor(n) && (/\s/.test(n) || /[\u3040-\u9fff]/.test(n)));
    if (found.length) return found;
  }
  return [];
}

// The text of each short box named like a byline, outside comments and teasers, in page order.
function visibleBylineTexts(visible: VisibleSignals): string[] {
  const out: string[] = [];
  for (const { element, inJunk } of visible.bylines) {
    if (inJunk) continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('rel') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
    if (!/byline|author|writtenby|creator/i.test(names)) continue;
    const text = (element.textContent ?? '').trim();
    if (text && text.length < 100) out.push(text);
  }
  return out;
}

function timeElementDate(times: readonly PageSignal[]): string | null {
  for (const { element, inJunk } of times) {
    if (inJunk) continue;
    const date = normalizeDate(element.getAttribute('datetime') ?? element.textContent ?? '');
    if (date) return date;
  }
  return null;
}

// "Published July 2, 2021" in a dateline box.
function visibleDate(bylines: readonly PageSignal[]): string | null {
  for (const { element, inJunk } of bylines) {
    if (inJunk) continue;
    const text = collapse(element.textContent ?? '');
    if (!text || text.length > 160) continue;
    const date = findDateInText(text);
    if (date) return date;
  }
  return null;
}

/** The publisher named in a copyright line ("© 2024 Latin Times. All rights reserved."). */
export function publisherFromCopyright(line: string | null): string | null {
  if (!line) return null;
  // The name ends at a full stop (not the dot of "finanzen.net"), a bar, "All rights" or a year.
  const m = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?,?\s*([^|©]+?)\s*(?:\.(?=\s|$)|\||,?\s*all rights|\s+\d{4}|$)/i.exec(line);
  if (!m) return null;
  const name = m[1]!.replace(/\s+/g, ' ').replace(/^(?:the\s+)?copyright\s+/i, '').trim();
  if (name.length < 2 || name.length > 60 || !/\p{L}/u.test(name) || /^all rights/i.test(name)) return null;
  return name;
}

function footerCopyright(doc: Document): string | null {
  const footers = Array.from(doc.querySelectorAll('footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i]'));
  for (let i = footers.length - 1; i >= 0; i--) {
    const text = collapse(footers[i]!.textContent ?? '');
    const m = /(?:©|\(c\)\s*\d{4}|\bcopyright\b).{0,120}/i.exec(text);
    if (m) return m[0];
  }
  return null;
}

// The <title> without its site-name part ("Headline | Latin Times"): the part an H1 repeats when
// there is one; else as Reader View does it, dropping the last part after a separator unless that
// leaves too little of a headline.
function cleanDocumentTitle(doc: Document, title: string): string | null {
  if (!title) return null;
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  const seps = Array.from(title.matchAll(/ [|\-\\/>»–—·] /g));
  if (seps.length) {
    // Only the first part: "Site - Headline" titles often have the site's name as their H1.
    const first = collapse(title.slice(0, seps[0]!.index));
    for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
      if (normalizeText(h1.textContent ?? '') === normalizeText(first)) return first;
    }
  }
  // "Site » Section » Headline": breadcrumbs end with the page's own name.
  if (/ [\\/>»] /.test(title)) {
    const last = collapse(title.slice(seps[seps.length - 1]!.index! + 3));
    return words(last) >= 3 ? last : title;
  }
  let cur = title;
  if (seps.length) {
    cur = title.slice(0, seps[seps.length - 1]!.index);
    if (words(cur) < 3) cur = title.slice(seps[0]!.index! + 3);
  } else if (title.length > 150 || title.length < 15) {
    const h1s = doc.querySelectorAll('h1');
    if (h1s.length === 1) cur = collapse(h1s[0]!.textContent ?? '') || title;
  }
  cur = collapse(cur);
  // One or two words left are more likely a site's name than a headline: keep the whole title.
  return words(cur) < 3 ? title : cur || null;
}

const normalizeText = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function firstH1(doc: Document): string | null {
  const h1 = doc.querySelector('h1');
  const text = h1 ? collapse(h1.textContent ?? '') : '';
  return text && text.length < 300 ? text : null;
}

const relOf = (link: Element): string[] => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);

function baseUrl(base: Element | null, url: string | null): string | null {
  const href = base?.getAttribute('href');
  if (!href) return url;
  try {
    return new URL(href, url ?? undefined).href;
  } catch {
    return url;
  }
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || /^(?:javascript|data):/i.test(h)) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    // Without a base URL a relative link cannot be made absolute; keep absolute ones only.
    return /^https?:\/\//i.test(h) ? h : null;
  }
}

function faviconHref(links: readonly Element[]): string | null {
  let best: string | null = null;
  let rank = 9;
  for (const link of links) {
    const href = link.getAttribute('href');
    if (!href) continue;
    const rel = relOf(link);
    const r = rel.includes('icon') ? 0 : rel.includes('apple-touch-icon') ? 1 : rel.includes('apple-touch-icon-precomposed') ? 2 : 9;
    if (r < rank) [best, rank] = [href, r];
  }
  return best;
}

function cleanLanguage(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(v) ? v : null;
}

// Standalone use (no detection walk): query the page for what the walk would have collected.
function gatherSignals(doc: Document): VisibleSignals {
  const mark = (el: Element): PageSignal => ({ element: el, container: -1, inJunk: el.closest('footer, aside, nav, [class*="comment" i]') !== null });
  const bylines = Array.from(
    doc.querySelectorAll('[rel="author"], [itemprop~="author"], [class*="byline" i], [class*="author" i], [id*="byline" i], [class*="dateline" i], [class*="date" i], [class*="meta" i]'),
  )
    .filter((el) => el.tagName !== 'META' && el.tagName !== 'LINK' && el.tagName !== 'BODY')
    .map(mark);
  const times = Array.from(doc.querySelectorAll('time')).map(mark);
  const index: PageIndex = {
    metas: Array.from(doc.querySelectorAll('meta')),
    links: Array.from(doc.querySelectorAll('link')),
    jsonLd: Array.from(doc.querySelectorAll('script')).filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? '')),
    itemprops: Array.from(doc.querySelectorAll('[itemprop]')),
    base: doc.querySelector('base[href]'),
  };
  return { bylines, times, copyright: footerCopyright(doc), index };
}
