import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../../src/page/detect-article';
import { parsePage, readFixture } from './parse-page';

const seed = readFixture('bagram-article.txt').replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
// The seed ends with the photo (alt text line + caption) and the footer's copyright line.
const bodyParagraphs = seed.slice(0, -2);
const caption = seed[seed.length - 2]!.split('\n')[1]!;
const gold = JSON.parse(readFixture('bagram-gold.json')) as {
  notInArticle: string[];
  metadata: Record<string, Record<string, string | null>>;
};

describe.each(['bagram-rich.html', 'bagram-bare.html'])('%s', (file) => {
  const doc = parsePage(readFixture(file));
  const before = doc.documentElement.outerHTML;
  const result = detectArticle(doc, {});
  if (!result.found) throw new Error(`no article found in ${file}: ${result.reason}`);
  const { article } = result;
  const textOf = (kind: string): string[] =>
    article.blocks.filter((b) => b.kind === kind).map((b) => article.text.slice(b.start, b.end));

  test('the body is exactly the seed article, paragraph by paragraph', () => {
    const body = article.blocks
      .filter((b) => b.kind !== 'headline' && b.kind !== 'caption')
      .map((b) => article.text.slice(b.start, b.end));
    expect(body).toEqual(bodyParagraphs);
  });

  test('the headline comes first and the photo caption is a caption block', () => {
    expect(article.blocks[0]!.kind).toBe('headline');
    expect(textOf('headline')).toEqual(['Last US And NATO Forces Leave Bagram Airbase In Afghanistan']);
    expect(textOf('caption')).toEqual([caption]);
  });

  test.each(gold.notInArticle)('nothing from the page furniture: %s', (phrase) => {
    expect(article.text).not.toContain(phrase);
  });

  test('metadata as in the gold annotation', () => {
    const want = gold.metadata[file]!;
    const m = result.metadata;
    expect(m.headline).toBe(want.headline);
    expect(m.authors).toEqual(want.author ? [want.author] : []);
    expect(m.publisher).toBe(want.publisher);
    expect(m.published).toBe(want.published);
    expect(m.canonicalUrl).toBe(want.canonicalUrl);
    if ('modified' in want) expect(m.modified).toBe(want.modified);
    if ('section' in want) expect(m.section).toBe(want.section);
  });

  test('every character of the text maps back to the page', () => {
    for (const s of article.segments) {
      expect(s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start))).toBe(article.text.slice(s.start, s.end));
    }
  });

  test('the document is left unchanged', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

test('provenance says where the rich page metadata came from', () => {
  const result = detectArticle(parsePage(readFixture('bagram-rich.html')), {});
  expect(result.metadata.provenance).toMatchObject({ headline: 'json-ld', authors: 'json-ld', publisher: 'json-ld', published: 'json-ld' });
  const bare = detectArticle(parsePage(readFixture('bagram-bare.html')), {});
  expect(bare.metadata.provenance).toMatchObject({ publisher: 'copyright', published: 'text' });
});
