import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ArticleText } from '../../../src/core/annotations';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { findCredits } from '../../../src/core/sources/credits';
import { findSources } from '../../../src/core/sources/index';
import { articleTextFromBlocks, articleTextFromPlainText, articleTextFromRawText } from '../../../src/core/text/article-text';

const seedText = fs.readFileSync('tests/fixtures/bagram-article.txt', 'utf8');

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

const sourcesOf = (article: ArticleText) => findSources(article, [], findQuotes(article, []));

describe('cited sources of the seed article', () => {
  test('are exactly Twitter, the Associated Press, Agence France-Presse and CNN, each where cited', () => {
    const { sources } = sourcesOf(articleTextFromRawText(seedText));
    expect(sources.map((s) => [s.name, s.kind])).toEqual([
      ['Twitter', 'platform'],
      ['Associated Press', 'agency'],
      ['Agence France-Presse', 'agency'],
      ['CNN', 'outlet'],
    ]);
    for (const s of sources) expect(s.citedAt.map((c) => seedText.slice(c.start, c.end))).toEqual([s.name]);
  });

  test('the image credit is split into photographer, agency and distributor', () => {
    const { credits } = sourcesOf(articleTextFromRawText(seedText));
    expect(credits).toHaveLength(1);
    expect(credits[0]).toMatchObject({ kind: 'image', text: 'ZAKERIA HASHIMI/AFP via Getty Images', photographer: 'Zakeria Hashimi', agency: 'AFP', distributor: 'Getty Images' });
    expect(seedText.slice(credits[0]!.start, credits[0]!.end)).toBe(credits[0]!.text);
  });
});

describe('sources', () => {
  test.each([
    ['according to an agency', 'The troops left on Friday, according to Reuters.', [['Reuters', 'agency']]],
    ['according to an unnamed official', 'According to a senior U.S. official, the troops left.', [['a senior U.S. official', 'official']]],
    ['according to a report', 'Turnout rose sharply, according to a report by the election commission.', [['a report by the election commission', 'document']]],
    ['an outlet as the speaker', 'The Washington Post reported that the talks had stalled.', [['The Washington Post', 'outlet']]],
    ['one source cited twice under two names', 'AFP reported the attack. Agence France-Presse later said 12 people died.', [['Agence France-Presse', 'agency']]],
    ['a person speaking is a speaker, not a cited source', '"We are leaving," Fawad Aman said.', []],
  ])('%s', (_name, text, expected) => {
    const { sources } = sourcesOf(articleTextFromPlainText(text));
    expect(sources.map((s) => [s.name, s.kind])).toEqual(expected);
  });

  test('a source cited in two places lists both', () => {
    const text = 'The troops left, according to Reuters. The base was empty, according to Reuters.';
    const { sources } = sourcesOf(articleTextFromPlainText(text));
    expect(sources).toHaveLength(1);
    expect(sources[0]!.citedAt).toHaveLength(2);
  });
});

describe('credits', () => {
  const credits = (blocks: { text: string; kind: 'paragraph' | 'caption' }[]) => findCredits(articleTextFromBlocks(blocks));

  test.each([
    ['photographer/agency via distributor', 'Soldiers at the base. ZAKERIA HASHIMI/AFP via Getty Images', { photographer: 'Zakeria Hashimi', agency: 'AFP', distributor: 'Getty Images' }],
    ['agency photo/photographer', 'The president speaks. AP Photo/Evan Vucci', { photographer: 'Evan Vucci', agency: 'AP' }],
    ['photographer/agency', 'Protesters in Kabul. (Photo by Jane Smith/Reuters)', { photographer: 'Jane Smith', agency: 'Reuters' }],
    ['agency/distributor without a photographer', 'The airfield at dawn. AFP/Getty Images', { agency: 'AFP', distributor: 'Getty Images' }],
    ['photographer for an outlet', 'A market in Herat. Photo by Jane Smith for The New York Times', { photographer: 'Jane Smith', agency: 'The New York Times' }],
  ])('image credit: %s', (_name, caption, parts) => {
    const found = credits([{ text: caption, kind: 'caption' }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'image', ...parts });
  });

  test.each([
    ['a dateline', 'KABUL, Afghanistan (AP) — The last troops left on Friday.', 'Associated Press'],
    ['a Reuters dateline', '(Reuters) - The last troops left on Friday.', 'Reuters'],
    ['a contribution line', 'The Associated Press contributed to this report.', 'Associated Press'],
  ])('wire sign: %s', (_name, paragraph, agency) => {
    const found = credits([{ text: paragraph, kind: 'paragraph' }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'wire', agency });
  });

  test('a wire story rests on its agency', () => {
    const { sources } = sourcesOf(articleTextFromPlainText('KABUL, Afghanistan (AP) — The last troops left on Friday.'));
    expect(sources.map((s) => [s.name, s.kind])).toEqual([['Associated Press', 'agency']]);
  });

  test.each([
    ['a slash inside a sentence', 'Eerie video credited to Reuters/Libya showed the fighters in the streets.'],
    ['a date range', 'Sales rose in Jan/Feb and fell after.'],
    ['plain text', 'The troops left on Friday.'],
  ])('no credit in %s', (_name, paragraph) => {
    expect(credits([{ text: paragraph, kind: 'paragraph' }])).toEqual([]);
  });
});
