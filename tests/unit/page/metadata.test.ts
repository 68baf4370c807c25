import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../../src/page/detect-article';
import { publisherFromCopyright, readMetadata } from '../../../src/page/metadata';
import { parsePage } from './parse-page';

const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened at the harbour, who said what, and why it matters to the town.</p>`).join('');
const page = (head: string, body = `<article><h1>Harbour vote</h1>${story}</article>`): Document =>
  parsePage(`<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`);
const ld = (data: unknown): string => `<script type="application/ld+json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;

describe('JSON-LD', () => {
  test('an @graph with references: the article node, its author and publisher by @id', () => {
    const m = readMetadata(page(ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Harbour Times' },
        { '@type': 'Person', '@id': '#ana', name: 'Ana Ruiz' },
        { '@type': 'Organization', '@id': '#org', name: 'Harbour Times Ltd' },
        { '@type': ['NewsArticle'], headline: 'Harbour vote', author: [{ '@id': '#ana' }, { '@type': 'Person', name: 'Ben Ode' }], publisher: { '@id': '#org' }, datePublished: '2024-03-01T08:00:00+01:00', dateModified: '2024-03-01T09:30:00+01:00', articleSection: ['Local', 'Politics'], inLanguage: 'en' },
      ],
    })), 'https://harbour.example/a');
    expect(m).toMatchObject({
      headline: 'Harbour vote',
      authors: ['Ana Ruiz', 'Ben Ode'],
      publisher: 'Harbour Times Ltd',
      published: '2024-03-01T08:00:00+01:00',
      modified: '2024-03-01T09:30:00+01:00',
      section: 'Local',
    });
    expect(m.provenance).toMatchObject({ headline: 'json-ld', authors: 'json-ld', publisher: 'json-ld', published: 'json-ld', section: 'json-ld' });
  });

  test.each([
    ['a raw line break inside a string', '{"@type":"NewsArticle","headline":"Harbour\nvote","author":{"name":"Ana Ruiz"}}'],
    ['a trailing comma', '{"@type":"NewsArticle","headline":"Harbour vote","author":{"name":"Ana Ruiz"},}'],
    ['a CDATA wrapper', '<![CDATA[{"@type":"NewsArticle","headline":"Harbour vote","author":{"name":"Ana Ruiz"}}]]>'],
    ['an array of nodes', '[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"Harbour vote","author":"Ana Ruiz"}]'],
  ])('tolerates broken JSON-LD: %s', (_, json) => {
    const m = readMetadata(page(ld(json)), null);
    expect([m.headline?.replace(/\s+/g, ' '), m.authors, m.provenance.authors]).toEqual(['Harbour vote', ['Ana Ruiz'], 'json-ld']);
  });

  test('where name and headline differ, the one closer to the <title> wins', () => {
    const m = readMetadata(page(`<title>Harbour vote – Harbour Times</title>${ld({ '@type': 'NewsArticle', name: 'Harbour Times', headline: 'Harbour vote' })}`), null);
    expect(m.headline).toBe('Harbour vote');
  });
});

test.each([
  ['CNN Business', 'CNN', ['Ana Ruiz']],
  ['BBC News', 'BBC News', ['Ana Ruiz']],
  ['Haki Benita', 'Haki Benita', ['Haki Benita']],
  ['Jane Doe', 'Harbour Times', ['Jane Doe']],
])('the author %s of a page published by %s, with Ana Ruiz in the byline, gives the people %j', (author, publisher, authors) => {
  const m = readMetadata(page(ld({ '@type': 'NewsArticle', headline: 'Harbour vote', author: { name: author }, publisher: { name: publisher } }), `<article><h1>Harbour vote</h1><div class="byline">By Ana Ruiz</div>${story}</article>`), null);
  expect(m.authors).toEqual(authors);
});

describe('an organisation is the author only when the page credits it and names no person', () => {
  test.each([
    ['the publisher in og:article:author', '<meta property="og:site_name" content="BBC News"><meta property="og:article:author" content="BBC News">', '', ['BBC News'], 'opengraph'],
    ['the site name in DC.creator, kept whole', '<meta property="og:site_name" content="Mac &amp; i"><meta name="DC.creator" content="Mac &amp; i">', '', ['Mac & i'], 'meta'],
    ['a JSON-LD author typed Organization', ld({ '@type': 'NewsArticle', headline: 'Harbour vote', author: { '@type': 'Organization', name: 'Harbour Desk Collective' } }), '', ['Harbour Desk Collective'], 'json-ld'],
    ['a wire agency in a visible byline', '<meta property="og:site_name" content="Harbour Times">', '<div class="byline">By Reuters</div>', ['Reuters'], 'byline'],
    ['a person in the byline outranks the agency in meta tags', '<meta name="author" content="Reuters">', '<div class="byline">By Ana Ruiz</div>', ['Ana Ruiz'], 'byline'],
    ['a generic credit is no author', '<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Harbour Times Staff">', '<div class="byline">By Staff</div>', [], undefined],
    ['an outlet that is neither the publisher nor an agency is no author', '<meta property="og:site_name" content="Harbour Times"><meta name="author" content="KWCH">', '', [], undefined],
    ['a call sign that is the publisher is the author', '<meta property="og:site_name" content="KWCH"><meta name="author" content="KWCH">', '', ['KWCH'], 'meta'],
  ])('%s', (_, head, byline, authors, source) => {
    const m = readMetadata(page(head, `<article><h1>Harbour vote</h1>${byline}${story}</article>`), null);
    expect([m.authors, m.provenance.authors]).toEqual([authors, source]);
  });
});

test.each([
  ['two DC.Creator tags written family name first', '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">', ['F. Kooman', 'Michiel de Jong']],
  ['citation_author tags', '<meta name="citation_author" content="Ruiz, Ana"><meta name="citation_author" content="Ode, Ben J.">', ['Ana Ruiz', 'Ben J. Ode']],
  ['a plain author tag keeps its comma as a list of people', '<meta name="author" content="Ana Ruiz, Ben Ode">', ['Ana Ruiz', 'Ben Ode']],
  ['a blog author with the user name after it', '<meta property="og:site_name" content="史蒂文的家_藍天"><meta name="author" content="史蒂文的家_藍天 (stevenhgm)">', ['史蒂文的家_藍天']],
])('meta authors: %s', (_, head, authors) => {
  expect(readMetadata(page(head), null).authors).toEqual(authors);
});

describe('meta tags, microdata and the page itself', () => {
  test('OpenGraph and article:* tags; a property outranks the same key given as a name', () => {
    const m = readMetadata(page(`
      <meta name="og:title" content="Name title"><meta property="og:title" content="Harbour vote">
      <meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2024-03-01T08:00:00Z">
      <meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Ana Ruiz">
      <meta property="article:section" content="Local"><link rel="canonical" href="/a"><link rel="icon" href="/favicon.png">`), 'https://harbour.example/x?y=1');
    expect(m).toMatchObject({
      headline: 'Harbour vote',
      authors: ['Ana Ruiz'],
      publisher: 'Harbour Times',
      published: '2024-03-01T08:00:00Z',
      section: 'Local',
      canonicalUrl: 'https://harbour.example/a',
      favicon: 'https://harbour.example/favicon.png',
      language: 'en-GB',
    });
    expect(m.provenance).toMatchObject({ headline: 'opengraph', publisher: 'opengraph', authors: 'meta', canonicalUrl: 'link' });
  });

  test.each([
    ['parsely', '<meta name="parsely-author" content="Ana Ruiz"><meta name="parsely-pub-date" content="2024-03-01T08:00:00Z">'],
    ['Dublin Core', '<meta name="DC.creator" content="Ana Ruiz"><meta name="DC.date.issued" content="2024-03-01T08:00:00Z">'],
    ['sailthru', '<meta name="sailthru.author" content="Ana Ruiz"><meta name="sailthru.date" content="2024-03-01T08:00:00Z">'],
  ])('%s tags give author and date', (_, head) => {
    const m = readMetadata(page(head), null);
    expect([m.authors, m.published]).toEqual([['Ana Ruiz'], '2024-03-01T08:00:00Z']);
  });

  test('microdata: the author name inside itemprop=author and the datetime of itemprop=datePublished', () => {
    const m = readMetadata(page('', `<article><h1 itemprop="headline">Harbour vote</h1>
      <span itemprop="author" itemscope><span itemprop="name">Ana Ruiz</span></span>
      <time itemprop="datePublished" datetime="2024-03-01T08:00:00+01:00">1 March</time>${story}</article>`), null);
    expect([m.headline, m.authors, m.published]).toEqual(['Harbour vote', ['Ana Ruiz'], '2024-03-01T08:00:00+01:00']);
    expect(m.provenance).toMatchObject({ headline: 'microdata', authors: 'microdata', published: 'microdata' });
  });

  test('a visible byline and <time> when the page declares nothing, never a commenter', () => {
    const result = detectArticle(page('<title>Harbour vote | Harbour Times</title>', `<article><h1>Harbour vote</h1>
      <div class="byline">By Ana Ruiz and Ben Ode</div><time datetime="2024-03-01">March 1</time>${story}</article>
      <section class="comments"><div class="comment-author">By Troll King</div><time datetime="2024-03-05">March 5</time></section>`));
    expect([result.metadata.headline, result.metadata.authors, result.metadata.published]).toEqual(['Harbour vote', ['Ana Ruiz', 'Ben Ode'], '2024-03-01']);
    expect(result.metadata.provenance).toMatchObject({ headline: 'title', authors: 'byline', published: 'time-element' });
  });

  test('the copyright line names the publisher as a last resort', () => {
    const result = detectArticle(page('', `<article><h1>Harbour vote</h1>${story}</article><div class="x">© 2024 Harbour Times. All rights reserved.</div>`));
    expect([result.metadata.publisher, result.metadata.provenance.publisher]).toEqual(['Harbour Times', 'copyright']);
  });
});

test.each([
  ['© 2024 Latin Times. All rights reserved.', 'Latin Times'],
  ['Copyright © 2019 Business Insider Deutschland / finanzen.net GmbH', 'Business Insider Deutschland / finanzen.net GmbH'],
  ['(c) 2010-2024 The Daily Harbour | Privacy', 'The Daily Harbour'],
  ['© All rights reserved.', null],
])('publisher from the copyright line %s', (line, publisher) => {
  expect(publisherFromCopyright(line)).toBe(publisher);
});

test.each([
  ['Headline of the story | Harbour Times', 'Headline of the story'],
  ['Harbour Times - Headline of the story here', 'Headline of the story here'],
  ['Harbour Times » Local » Vote', 'Harbour Times » Local » Vote'],
  ['Short one', 'Short one'],
])('the <title> %s gives the headline %s', (title, headline) => {
  const m = readMetadata(parsePage(`<html><head><title>${title}</title></head><body><p>x</p></body></html>`), null);
  expect(m.headline).toBe(headline);
});
