import { describe, expect, test } from 'vitest';
import { detectArticle, type DetectionResult } from '../../../src/page/detect-article';
import { domPositionAt } from '../../../src/page/dom-article-text';
import { parsePage } from './parse-page';

const para = (n: number, topic = 'the harbour'): string =>
  `Paragraph ${n} tells how the council voted on ${topic}, what the mayor said about it, and why residents, traders and fishermen care about the outcome this winter.`;
const paras = (count: number, topic?: string): string => Array.from({ length: count }, (_, i) => `<p>${para(i + 1, topic)}</p>`).join('\n');

function blocksOf(result: DetectionResult): [string, string][] {
  if (!result.found) throw new Error(result.reason);
  return result.article.blocks.map((b) => [b.kind, result.article.text.slice(b.start, b.end)]);
}
const detect = (body: string, head = ''): DetectionResult => detectArticle(parsePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`));
const bodyText = (result: DetectionResult): string => blocksOf(result).filter(([k]) => k !== 'headline' && k !== 'caption').map(([, t]) => t).join('\n\n');

describe('what the article text holds', () => {
  test('headline, subheads, lists, quotes, captions and code keep their kinds, in reading order', () => {
    const result = detect(`<article><h1>Council votes on harbour</h1>${paras(3)}
      <h2>What comes next</h2><ul><li>A public hearing in March.</li><li>A final vote in May.</li></ul>
      <blockquote><p>We will keep the harbour open, whatever it costs the town.</p></blockquote>
      <figure><img src="a.jpg" alt=""><figcaption>The harbour at dawn. Photo: Jane Roe</figcaption></figure>
      <pre>budget = 1200000</pre>${paras(2, 'the budget')}</article>`);
    expect(blocksOf(result).map(([k]) => k)).toEqual([
      'headline', 'paragraph', 'paragraph', 'paragraph', 'heading', 'list-item', 'list-item',
      'blockquote', 'caption', 'preformatted', 'paragraph', 'paragraph',
    ]);
  });

  test.each([
    ['share bar', '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>', 'Facebook'],
    ['related links', '<div class="related-stories"><h3>Related</h3><p>Mayor opens a new library in the old post office building downtown.</p></div>', 'library'],
    ['newsletter box', '<div class="newsletter-signup"><p>Get our morning briefing, every day, in your inbox.</p></div>', 'briefing'],
    ['comments', '<section id="comments"><p>I have lived here forty years and never seen such a mess, honestly.</p></section>', 'forty years'],
    ['advertisement', '<div class="ad-slot">Advertisement</div>', 'Advertisement'],
    ['byline', '<div class="byline">By Jane Doe, Staff Writer</div>', 'Jane Doe'],
    ['cookie box', '<div class="cookie-consent"><p>We use cookies to improve your experience on our site, as explained.</p></div>', 'cookies'],
    ['script and style', '<script>var x = "inside a script tag";</script><style>.x{}</style>', 'inside a script'],
    ['hidden element', '<p hidden>This paragraph is hidden from every reader of the page.</p>', 'hidden from'],
    ['display none', '<p style="display: none">This paragraph is styled away from every reader.</p>', 'styled away'],
    ['aria-hidden', '<div aria-hidden="true"><p>A duplicate for the carousel, hidden from assistive tech.</p></div>', 'duplicate'],
  ])('leaves out a %s inside the article', (_, furniture, phrase) => {
    const result = detect(`<article><h1>Council votes on harbour</h1>${paras(2)}${furniture}${paras(3, 'the pier')}</article>`);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.article.text).not.toContain(phrase);
    expect(result.article.text).toContain(para(3, 'the pier'));
  });

  test('a page written without <p>: the text of bare divs, split at double line breaks', () => {
    const result = detect(`<div class="x"><div class="t">Council votes on harbour</div>
      <div class="y">${para(1)}<br><br>${para(2)}</div><div class="y">${para(3)}</div><div class="y">${para(4)}</div></div>`,
      '<title>Council votes on harbour</title>');
    expect(blocksOf(result)).toEqual([
      ['headline', 'Council votes on harbour'],
      ['paragraph', para(1)],
      ['paragraph', para(2)],
      ['paragraph', para(3)],
      ['paragraph', para(4)],
    ]);
  });

  test('the main article wins over a shorter one and over teaser cards beside it', () => {
    const teasers = Array.from({ length: 8 }, (_, i) =>
      `<li><h3><a href="/s${i}">Teaser headline number ${i} about something else</a></h3><p>A teaser summary sentence number ${i} that is long enough to look like prose.</p></li>`).join('');
    const result = detect(`<main><article><h1>Main story</h1>${paras(8)}</article>
      <article><h2>Second story</h2>${paras(2, 'a bridge')}</article><ul class="x">${teasers}</ul></main>`);
    const text = bodyText(result);
    expect(text).toContain(para(8));
    expect(text).not.toContain('bridge');
    expect(text).not.toContain('teaser summary');
  });

  test('text inside a wrapper named like furniture still counts when it is the page ("has-sidebar")', () => {
    const result = detect(`<div class="content-with-sidebar-wrp"><article><h1>Main story</h1>${paras(5)}</article>
      <div class="sidebar"><p>Most read: a list of other things people clicked on today.</p></div></div>`);
    expect(bodyText(result)).toBe(Array.from({ length: 5 }, (_, i) => para(i + 1)).join('\n\n'));
  });

  test('the article body declared in JSON-LD outweighs a longer run of prose elsewhere', () => {
    const story = Array.from({ length: 3 }, (_, i) => para(i + 1));
    const other = Array.from({ length: 9 }, (_, i) => `<p>${para(i + 1, 'a different matter entirely')}</p>`).join('');
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Main story', articleBody: story.join('\n\n') })}</script>`;
    const body = `<div class="a"><h1>Main story</h1>${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="b">${other}</div>`;
    expect(bodyText(detect(body))).toContain('a different matter');
    expect(bodyText(detect(body, jsonLd))).toBe(story.join('\n\n'));
  });

  test.each([
    ['an empty page', ''],
    ['a menu of links', `<nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`],
    ['a login form', '<form><label>Email</label><input><button>Sign in</button></form><p>Forgot password?</p>'],
  ])('says there is no article on %s', (_, body) => {
    const result = detect(body);
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/article/i);
  });

  test('a live blog keeps all its posts and says so', () => {
    const posts = Array.from({ length: 5 }, (_, i) => `<article><h2>Update ${i}</h2><p>${para(i, `update ${i}`)}</p></article>`).join('');
    const result = detect(`<main><h1>Live: the harbour vote</h1>${posts}</main>`);
    if (!result.found) throw new Error(result.reason);
    expect(bodyText(result)).toContain('update 0');
    expect(bodyText(result)).toContain('update 4');
    expect(result.notices.map((n) => n.code)).toEqual(['low-confidence']);
    expect(result.notices[0]!.message).toMatch(/live blog/);
  });

  test('a page nested thousands of elements deep is read without running out of stack', () => {
    const result = detect(`${'<div>'.repeat(20_000)}<h1>Main story</h1>${paras(4)}${'</div>'.repeat(20_000)}`);
    expect(bodyText(result)).toBe(Array.from({ length: 4 }, (_, i) => para(i + 1)).join('\n\n'));
  });

  test('the reason for no article says how little prose there was', () => {
    const result = detect('<p>Just one short line of text, nothing more than this, here at all.</p>');
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/^This page has no article/);
  });

  test('the live page test isHidden removes what computed style hides', () => {
    const doc = parsePage(`<html><body><article><h1>Main story</h1>${paras(4)}<p class="js-hidden">${para(9, 'a secret')}</p></article></body></html>`);
    const result = detectArticle(doc, { isHidden: (el) => el.classList.contains('js-hidden') });
    expect(bodyText(result)).not.toContain('a secret');
    expect(bodyText(detectArticle(doc))).toContain('a secret');
  });

  test('a span of the text maps back to the text nodes that hold its first and last characters', () => {
    const doc = parsePage(`<html><body><article><h1>Main story</h1>${paras(2)}<p>The mayor, <b>Ana Ruiz</b>, said <a href="/x">the vote</a> was final and would not be repeated this year.</p></article></body></html>`);
    const result = detectArticle(doc);
    if (!result.found) throw new Error(result.reason);
    const phrase = 'Ana Ruiz, said the vote';
    const start = result.article.text.indexOf(phrase);
    const a = domPositionAt(result.article.segments, start, 'start');
    const b = domPositionAt(result.article.segments, start + phrase.length, 'end');
    expect([a?.node.data, a?.offset]).toEqual(['Ana Ruiz', 0]);
    expect([b?.node.data, b?.offset]).toEqual(['the vote', 8]);
  });
});
