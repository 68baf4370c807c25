/**
 * What an element's class, id, role and tag hint about its content. News sites name their boxes
 * ("share-bar", "related-stories", "article-body"); these names are the cheapest strong signal a
 * page gives, so each element is classified once, and each distinct class string once per page.
 */

import { readAttributes, type ElementAttributes } from './element-attributes';

/** How an element's own markup classifies it. */
export type ElementHint = 'junk' | 'caption' | 'byline' | 'content' | 'none';

// Whole class/id tokens (or their hyphen/underscore parts) that name page furniture.
const JUNK_PART = new Set([
  'ad', 'ads', 'adv', 'adslot', 'adunit', 'banner', 'breadcrumb', 'breadcrumbs', 'combx', 'comment',
  'comments', 'commenting', 'community', 'cookie', 'cookies', 'consent', 'disqus', 'footer', 'foot', 'gdpr',
  'masthead', 'menu', 'navbar', 'nav', 'navigation', 'newsletter', 'newsletters', 'outbrain', 'taboola',
  'popular', 'popup', 'modal', 'promo', 'promos', 'promoted', 'promotion', 'promotions', 'related', 'remark',
  'replies', 'rss', 'share', 'shares', 'sharing', 'sharebar', 'sharedaddy', 'shoutbox', 'sidebar',
  'skyscraper', 'social', 'socials', 'subscribe', 'subscription', 'signup', 'paywall', 'trending', 'most',
  'mostread', 'mostpopular', 'tags', 'tagcloud', 'taglist', 'toolbar', 'tools', 'utility', 'widget',
  'widgets', 'rollover', 'tooltip', 'popover', 'overlay', 'pagination', 'pager', 'print', 'email', 'login',
  'disclaimer', 'teaser', 'teasers', 'recirc', 'recirculation', 'upnext', 'readmore', 'more', 'jump',
  'offscreen', 'visuallyhidden', 'screenreader', 'newsfeed', 'feed', 'rail', 'aside', 'dfp', 'gpt', 'ob',
  'yarpp', 'zergnet', 'ribbon', 'alert', 'cta',
]);
// Stems that name furniture with any ending ("advertorial", "sponsored").
const JUNK_PART_STEM = /^(?:advert|advertisement|discuss|recommend|sponsor)\w*$/;

// Tokens that are furniture as a whole even though their parts are harmless words.
const JUNK_TOKEN = new Set([
  'hidden', 'hide', 'invisible', 'sr-only', 'visually-hidden', 'screen-reader-text', 'screen-reader-only',
  'element-invisible', 'u-hidden', 'is-hidden', 'read-more', 'see-also', 'also-read', 'more-stories',
  'more-from', 'next-article', 'story-more', 'author-bio', 'author-box', 'about-author', 'post-tags',
  'article-tags', 'tag-list', 'entry-tags', 'in-article-ad', 'ad-container', 'ad-wrapper', 'related-content',
  'related-articles', 'related-posts', 'top-stories', 'editors-picks', 'you-may-like', 'around-the-web',
]);

// Parts that name the article body itself; a token with one of them is never junk as a whole.
const CONTENT_PART = new Set([
  'article', 'articles', 'articlebody', 'body', 'content', 'contents', 'entry', 'main', 'post', 'story',
  'text', 'blog', 'hentry', 'prose', 'richtext', 'copy', 'markdown', 'single', 'articletext', 'storybody',
  'postbody', 'entrytext', 'page',
]);

// Furniture words that also name parts of an article's own header ("banner-headline",
// "article-tools"): a token that pairs one with an article, headline or embed word is not furniture.
const WEAK_JUNK_PART = new Set([
  'banner', 'masthead', 'menu', 'tools', 'toolbar', 'utility', 'print', 'email', 'alert', 'cta', 'feed',
  'rail', 'aside', 'more', 'jump', 'ribbon', 'widget', 'widgets', 'pagination', 'pager', 'overlay', 'social',
  'foot',
]);
// Headline words, and embeds: a tweet or video embedded in a story ("social-media-embed") is part of it.
const HEADLINE_PART = new Set([
  'headline', 'headlines', 'title', 'heading', 'hed', 'header', 'embed', 'embeds', 'embedded',
]);

const CAPTION_PART = new Set([
  'caption', 'captions', 'figcaption', 'credit', 'credits', 'imagecredit', 'photocredit', 'legend',
  'media-caption', 'wp-caption-text',
]);
const BYLINE_PART = new Set([
  'byline', 'bylines', 'author', 'authors', 'dateline', 'writtenby', 'timestamp', 'pubdate', 'date', 'dates',
  'meta',
]);

// Prefixes that describe state or layout, not content ("has-sidebar", "with-comments").
// WordPress adds taxonomy classes ("category-native-advertising", "tag-jobs") that name topics, not boxes.
const STATE_PREFIX = /^(?:has|with|no|is|show|hide|hidden|visible|template|layout|js|theme|type|format|category|tag|postid|status)-/;

const cache = new WeakMap<Element, ElementHint>();

/** Classifies an element by its tag, class, id, role, rel and itemprop (cached per element). */
export function elementHint(el: Element): ElementHint {
  let hint = cache.get(el);
  if (hint === undefined) {
    hint = hintOf(el.tagName.toUpperCase(), readAttributes(el));
    cache.set(el, hint);
  }
  return hint;
}

/** Classifies an element from its upper-case tag and its attributes. */
export function hintOf(tag: string, a: ElementAttributes): ElementHint {
  // Body classes describe the whole page ("single-post has-sidebar"), never a part of it.
  if (tag === 'BODY' || tag === 'HTML') return 'none';
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'FORM' || tag === 'DIALOG') return 'junk';
  if (tag === 'FIGCAPTION') return 'caption';
  const role = a.role;
  if (role && /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|toolbar|search|tooltip)$/.test(role)) return 'junk';
  if (a.rel === 'author') return 'byline';
  const itemprop = a.itemprop;
  if (itemprop) {
    if (/\barticleBody\b|\btext\b/.test(itemprop)) return 'content';
    if (/\b(?:author|creator|datePublished|dateModified)\b/.test(itemprop)) return 'byline';
    if (/\bcaption\b/.test(itemprop)) return 'caption';
  }
  const cls = a.cls;
  const id = a.id;
  if (!cls && !id) return 'none';
  // Ids made from a heading ("sharing-with-multiple-developers") name a section, not a box.
  const names = id && id.split(/[-_]/).length < 4 ? `${cls ?? ''} ${id}` : cls ?? '';
  if (!names) return 'none';
  let hint = byNames.get(names);
  if (hint === undefined) {
    hint = classifyTokens(names);
    if (byNames.size > 5000) byNames.clear();
    byNames.set(names, hint);
  }
  return hint;
}

// Pages repeat the same class strings hundreds of times, and sites the same tokens across
// strings; classify each string and each token once.
const byNames = new Map<string, ElementHint>();
const byToken = new Map<string, number>();
const JUNK = 1;
const CAPTION = 2;
const BYLINE = 4;
const CONTENT = 8;

// What one class or id token says, as JUNK | CAPTION | BYLINE | CONTENT flags.
function classifyToken(raw: string): number {
  const token = raw.toLowerCase();
  if (JUNK_TOKEN.has(token)) return JUNK;
  if (STATE_PREFIX.test(token)) return 0;
  // BEM and CSS-module names join words by case ("PromoSmall", "imageEmbedCaption").
  const parts = raw.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_]+/);
  let flags = 0;
  let content = false;
  let headline = false;
  let junk = false;
  let strongJunk = false;
  for (const part of parts) {
    if (!part) continue;
    if (CONTENT_PART.has(part)) content = true;
    else if (HEADLINE_PART.has(part)) headline = true;
    else if (CAPTION_PART.has(part)) flags |= CAPTION;
    else if (BYLINE_PART.has(part)) flags |= BYLINE;
    else if (JUNK_PART.has(part) || JUNK_PART_STEM.test(part)) {
      junk = true;
      if (!WEAK_JUNK_PART.has(part)) strongJunk = true;
    }
  }
  // "article-comments" and "related-posts" are furniture; "article-body", "post-content" and
  // "banner-headline" are not.
  if (junk && (strongJunk || !(content || headline))) flags |= JUNK;
  else if (content) flags |= CONTENT;
  return flags;
}

/** Classifies a class-and-id string ("ArticleBody-articleBody share-bar"); exported for tests. */
export function classifyTokens(names: string): ElementHint {
  let flags = 0;
  for (const raw of names.split(/\s+/)) {
    if (!raw || raw.length > 60) continue;
    let f = byToken.get(raw);
    if (f === undefined) {
      f = classifyToken(raw);
      if (byToken.size > 20000) byToken.clear();
      byToken.set(raw, f);
    }
    flags |= f;
  }
  const junk = (flags & JUNK) !== 0;
  const caption = (flags & CAPTION) !== 0;
  const byline = (flags & BYLINE) !== 0;
  const content = (flags & CONTENT) !== 0;
  if (junk) return 'junk';
  if (caption) return 'caption';
  if (byline) return 'byline';
  if (content) return 'content';
  return 'none';
}
