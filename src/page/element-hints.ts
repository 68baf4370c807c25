/**
 * What an element's class, id, role and tag hint about its content. News sites name their boxes
 * ("share-bar", "related-stories", "article-body"); these names are the cheapest strong signal a
 * page gives, so each element is classified once, from one lower-cased string.
 */

/** How an element's own markup classifies it. */
export type ElementHint = 'junk' | 'caption' | 'byline' | 'content' | 'none';

// Whole class/id tokens (or their hyphen/underscore parts) that name page furniture.
const JUNK_PART =
  /^(?:ads?|adv|advert\w*|advertisement\w*|adslot|adunit|banner|breadcrumbs?|combx|comments?|commenting|community|cookies?|consent|disqus|discuss\w*|footer|foot|gdpr|masthead|menu|navbar|nav|navigation|newsletters?|outbrain|taboola|popular|popup|modal|promos?|promoted|promotions?|recommend\w*|related|remark|replies|rss|share|shares|sharing|sharebar|sharedaddy|shoutbox|sidebar|skyscraper|social|socials|sponsor\w*|subscribe|subscription|signup|paywall|trending|most|mostread|mostpopular|tags|tagcloud|taglist|toolbar|tools|utility|widget|widgets|rollover|tooltip|popover|overlay|pagination|pager|print|email|login|disclaimer|teasers?|recirc|recirculation|upnext|readmore|more|jump|offscreen|visuallyhidden|screenreader|newsfeed|feed|rail|aside|dfp|gpt|ob|yarpp|zergnet|ribbon|alert|cta)$/;

// Tokens that are furniture as a whole even though their parts are harmless words.
const JUNK_TOKEN =
  /^(?:hidden|hide|invisible|sr-only|visually-hidden|screen-reader-text|screen-reader-only|element-invisible|u-hidden|is-hidden|read-more|see-also|also-read|more-stories|more-from|next-article|story-more|author-bio|author-box|about-author|post-tags|article-tags|tag-list|entry-tags|in-article-ad|ad-container|ad-wrapper|related-content|related-articles|related-posts|top-stories|editors-picks|you-may-like|around-the-web)$/;

// Parts that name the article body itself; a token with one of them is never junk as a whole.
const CONTENT_PART =
  /^(?:article|articles|articlebody|body|content|contents|entry|main|post|story|text|blog|hentry|prose|richtext|copy|markdown|single|articletext|storybody|postbody|entrytext|page)$/;

// Furniture words that also name parts of an article's own header ("banner-headline",
// "article-tools"): a token that pairs one with an article or headline word is not furniture.
const WEAK_JUNK_PART = /^(?:banner|masthead|menu|tools|toolbar|utility|print|email|alert|cta|feed|rail|aside|more|jump|ribbon|widget|widgets|pagination|pager|overlay|social|foot)$/;
const HEADLINE_PART = /^(?:headline|headlines|title|heading|hed|header)$/;

const CAPTION_PART = /^(?:caption|captions|figcaption|credit|credits|imagecredit|photocredit|legend|media-caption|wp-caption-text)$/;
const BYLINE_PART = /^(?:byline|bylines|author|authors|dateline|writtenby|timestamp|pubdate|date|dates|meta)$/;

// Prefixes that describe state or layout, not content ("has-sidebar", "with-comments").
const STATE_PREFIX = /^(?:has|with|no|is|show|hide|hidden|visible|template|layout|js|theme|type|format)-/;

const cache = new WeakMap<Element, ElementHint>();

/** Classifies an element by its class, id, role and itemprop (cached per element). */
export function elementHint(el: Element): ElementHint {
  let hint = cache.get(el);
  if (hint === undefined) {
    hint = computeHint(el);
    cache.set(el, hint);
  }
  return hint;
}

function computeHint(el: Element): ElementHint {
  const tag = el.tagName.toUpperCase();
  // Body classes describe the whole page ("single-post has-sidebar"), never a part of it.
  if (tag === 'BODY' || tag === 'HTML') return 'none';
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'FORM' || tag === 'DIALOG') return 'junk';
  if (tag === 'FIGCAPTION') return 'caption';
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|toolbar|search|tooltip)$/.test(role)) return 'junk';
  if (el.getAttribute('rel') === 'author') return 'byline';
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    if (/\barticleBody\b|\btext\b/.test(itemprop)) return 'content';
    if (/\b(?:author|creator|datePublished|dateModified)\b/.test(itemprop)) return 'byline';
    if (/\bcaption\b/.test(itemprop)) return 'caption';
  }
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
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

// Pages repeat the same class strings hundreds of times; classify each string once.
const byNames = new Map<string, ElementHint>();

/** Classifies a class-and-id string ("ArticleBody-articleBody share-bar"); exported for tests. */
export function classifyTokens(names: string): ElementHint {
  let content = false;
  let caption = false;
  let byline = false;
  let junk = false;
  for (const raw of names.split(/\s+/)) {
    if (!raw || raw.length > 60) continue;
    const token = raw.toLowerCase();
    if (JUNK_TOKEN.test(token)) {
      junk = true;
      continue;
    }
    if (STATE_PREFIX.test(token)) continue;
    // BEM and CSS-module names join words by case ("PromoSmall", "imageEmbedCaption").
    const parts = raw.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_]+/);
    let tokenContent = false;
    let tokenHeadline = false;
    let tokenJunk = false;
    let strongJunk = false;
    for (const part of parts) {
      if (!part) continue;
      if (CONTENT_PART.test(part)) tokenContent = true;
      else if (HEADLINE_PART.test(part)) tokenHeadline = true;
      else if (CAPTION_PART.test(part)) caption = true;
      else if (BYLINE_PART.test(part)) byline = true;
      else if (JUNK_PART.test(part)) {
        tokenJunk = true;
        if (!WEAK_JUNK_PART.test(part)) strongJunk = true;
      }
    }
    // "article-comments" and "related-posts" are furniture; "article-body", "post-content" and
    // "banner-headline" are not.
    if (tokenJunk && (strongJunk || !(tokenContent || tokenHeadline))) junk = true;
    else if (tokenContent) content = true;
  }
  if (junk) return 'junk';
  if (caption) return 'caption';
  if (byline) return 'byline';
  if (content) return 'content';
  return 'none';
}
