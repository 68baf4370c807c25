import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Entity, Quote } from '../../../src/core/annotations';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { articleTextFromBlocks, articleTextFromPlainText, articleTextFromRawText } from '../../../src/core/text/article-text';

const seedText = fs.readFileSync('tests/fixtures/bagram-article.txt', 'utf8');
const gold = JSON.parse(fs.readFileSync('tests/fixtures/bagram-gold.json', 'utf8')) as {
  quotes: { startsWith: string; endsWith: string; speaker: string; cue: string; channel: string | null; partial?: boolean }[];
  reportedSpeech: { text: string; channel: string }[];
};

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

/** An entity with a mention at every place its names occur, as the entity recognizer groups them. */
function entity(id: string, name: string, type: Entity['type'], text: string, aliases: string[] = []): Entity {
  const mentions = [name, ...aliases].flatMap((n) => [...text.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, text: n, confidence: 1 })));
  return { id, name, type, aliases, mentions, confidence: 1, salience: mentions.length };
}

const seedEntities = (text: string): Entity[] => [
  entity('e1', 'Fawad Aman', 'person', text),
  entity('e2', 'Zabihullah Mujahid', 'person', text, ['Zabiullah Mojahid']),
  entity('e3', 'Taliban', 'organization', text),
  entity('e4', 'Twitter', 'organization', text),
  entity('e5', 'Associated Press', 'organization', text),
  entity('e6', 'Agence France-Presse', 'organization', text),
  entity('e7', 'CNN', 'organization', text),
];

const quotesOf = (text: string, entities: Entity[] = []): Quote[] => findQuotes(articleTextFromPlainText(text), entities);

describe('the seed article', () => {
  const article = articleTextFromRawText(seedText);
  const entities = seedEntities(seedText);
  let quotes: Quote[] = [];
  beforeAll(() => {
    quotes = findQuotes(article, entities);
  });

  test.each(gold.quotes.map((g) => [g.startsWith, g]))('quoted passage "%s…" with its speaker, cue and channel', (_s, g) => {
    const q = quotes.find((x) => x.direct && x.text.startsWith(g.startsWith));
    expect(q, g.startsWith).toBeDefined();
    expect(q!.text.endsWith(g.endsWith)).toBe(true);
    expect(q!.cue?.verb.split(' ')[0]).toBe(g.cue);
    expect(q!.channel?.name ?? null).toBe(g.channel);
    if (g.partial) expect(q!.partial).toBe(true);
    if (g.speaker === 'Taliban') {
      // An unnamed source keeps its description, linked to the organization it speaks for.
      expect(q!.speaker).toMatchObject({ name: 'a Taliban spokesman', kind: 'unnamed', affiliationEntityId: 'e3' });
    } else {
      expect(q!.speaker).toMatchObject({ name: g.speaker, kind: 'named' });
    }
    expect(seedText.slice(q!.speaker!.start!, q!.speaker!.end!)).toMatch(/\S/);
  });

  test('both spellings of Mujahid resolve to one entity', () => {
    const ids = quotes.filter((q) => q.speaker?.name === 'Zabihullah Mujahid').map((q) => q.speaker!.entityId);
    expect(ids).toEqual(['e2', 'e2', 'e2']);
    const spellings = quotes.filter((q) => q.speaker?.entityId === 'e2').map((q) => seedText.slice(q.speaker!.start!, q.speaker!.end!));
    expect(new Set(spellings)).toEqual(new Set(['Zabihullah Mujahid', 'Zabiullah Mojahid']));
  });

  test.each(gold.reportedSpeech.map((r) => [r.text, r]))('reported speech "%s"', (_t, r) => {
    const [speakerWords, , , ...rest] = r.text.split(' ');
    void rest;
    const q = quotes.find((x) => !x.direct && x.channel?.name === r.channel);
    expect(q).toBeDefined();
    expect(q!.speaker).toMatchObject({ kind: 'unnamed' });
    expect(q!.speaker!.name.split(' ')[0]).toBe(speakerWords);
    expect(q!.cue?.verb).toBe('confirmed');
  });

  test('the content of reported speech starts after the audience', () => {
    const q = quotes.find((x) => x.channel?.name === 'Associated Press')!;
    expect(q.text.startsWith('that the handover')).toBe(true);
    const afp = quotes.find((x) => x.channel?.name === 'Agence France-Presse')!;
    expect(afp.text).toBe('the departure of the armed forces');
  });

  test('without entities the speakers keep the names as written', () => {
    const plain = findQuotes(article, []);
    const names = plain.filter((q) => q.direct).map((q) => q.speaker?.name);
    expect(names).toEqual(['Fawad Aman', 'Zabihullah Mujahid', 'a Taliban spokesman', 'Zabiullah Mojahid', 'Zabiullah Mojahid']);
  });
});

describe('speakers', () => {
  test.each([
    ['name before the cue', '"We will leave tomorrow," Aman said.', 'Aman', 'Aman'],
    ['name after the cue', '"We will leave tomorrow," said Fawad Aman, a spokesman.', 'Fawad Aman', 'Fawad Aman'],
    ['title and name in apposition', '"We will leave tomorrow," defense ministry spokesman Fawad Aman said on Twitter.', 'Fawad Aman', 'Fawad Aman'],
    ['a parenthetical between name and cue', '"We will leave tomorrow," Aman, who spoke from Kabul, told reporters.', 'Aman', 'Aman'],
    ['cue before a colon', 'Aman told reporters: "We will leave tomorrow."', 'Aman', 'Aman'],
  ])('%s', (_name, text, speaker, written) => {
    const q = quotesOf(text).find((x) => x.direct)!;
    expect(q.speaker?.name).toBe(speaker);
    expect(text.slice(q.speaker!.start!, q.speaker!.end!)).toBe(written);
  });

  test('a pronoun resolves to the person last named', () => {
    const text = 'Fawad Aman spoke in Kabul on Friday.\n\n"We are done here," he said.';
    const q = quotesOf(text).find((x) => x.direct)!;
    expect(text.slice(q.speaker!.start!, q.speaker!.end!)).toBe('he');
    expect(q.speaker!.name).toBe('Fawad Aman');
  });

  test('"the spokesman" resolves to the person last named in that role', () => {
    const text = '"We are done," defense ministry spokesman Fawad Aman said.\n\nThe minister met officials.\n\n"The base is ours," the spokesman said.';
    const quotes = quotesOf(text).filter((x) => x.direct);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Fawad Aman', 'Fawad Aman']);
    expect(text.slice(quotes[1]!.speaker!.start!, quotes[1]!.speaker!.end!)).toBe('the spokesman');
  });

  test('a quote continuing in the next paragraph keeps the speaker', () => {
    const text = '"We are done," Aman said.\n\n"The base is yours now."';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Aman', 'Aman']);
    expect(quotes[1]!.cue?.verb).toBe('said');
  });

  test('a quote interrupted by its attribution is two pieces with one speaker', () => {
    const text = '"We are done," Aman said, "and the base is yours."';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We are done,', 'Aman'],
      ['and the base is yours.', 'Aman'],
    ]);
  });
});

describe('reported speech', () => {
  test.each([
    ['X said that …', 'The minister said that the troops would leave by Friday.', 'that the troops would leave by Friday', 'The minister'],
    ['X said … without "that"', 'Aman said the troops would leave by Friday.', 'the troops would leave by Friday', 'Aman'],
    ['according to X, …', 'According to Reuters, the troops left on Friday.', 'the troops left on Friday', 'Reuters'],
    ['…, according to X', 'The troops left on Friday, according to Reuters.', 'The troops left on Friday', 'Reuters'],
    ['X told Y that …', 'Aman told CNN that the troops had left.', 'that the troops had left', 'Aman'],
    ['…, X said.', 'The troops left on Friday, Aman said.', 'The troops left on Friday', 'Aman'],
    ['X warned …', 'The minister warned that the fighting would resume.', 'that the fighting would resume', 'The minister'],
  ])('%s', (_name, text, content, speaker) => {
    const q = quotesOf(text).find((x) => !x.direct);
    expect(q, text).toBeDefined();
    expect(q!.text).toBe(content);
    expect(q!.speaker?.name).toBe(speaker);
  });

  test('a channel is marked: told CNN', () => {
    const q = quotesOf('Aman told CNN that the troops had left.')[0]!;
    expect(q.channel?.name).toBe('CNN');
  });
});

describe('what is not a quote', () => {
  test.each([
    ['a scare quote around one word', 'The so-called "experts" were wrong about the timing.'],
    ['a title of a work', 'She appeared on "Good Morning America" last week.'],
    ['a nickname', 'The strongman, known as "The Butcher" to his enemies, fled.'],
    ['apostrophes', "The Taliban's exit from Bagram didn't surprise anyone."],
  ])('%s', (_name, text) => {
    expect(quotesOf(text).filter((q) => q.direct)).toEqual([]);
  });

  test('nothing in, nothing out', () => {
    expect(quotesOf('')).toEqual([]);
    expect(quotesOf('The troops left on Friday.')).toEqual([]);
  });
});

describe('offsets', () => {
  test('every quote, speaker, cue and channel points at its text', () => {
    const article = articleTextFromRawText(seedText);
    for (const q of findQuotes(article, seedEntities(seedText))) {
      expect(seedText.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(seedText.slice(q.cue.start, q.cue.end)).toBe(q.cue.verb);
      if (q.channel) expect(seedText.slice(q.channel.start, q.channel.end)).toBe(q.channel.name);
    }
  });
});

describe('blockquotes', () => {
  test('a blockquote after "X wrote:" is that speaker\'s quotation', () => {
    const article = articleTextFromBlocks([
      { text: 'Defense ministry spokesman Fawad Aman wrote on Twitter:', kind: 'paragraph' },
      { text: 'The Bagram military base was officially handed over to the Ministry of National Defense.', kind: 'blockquote' },
    ]);
    const quotes = findQuotes(article, []);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ direct: true, text: 'The Bagram military base was officially handed over to the Ministry of National Defense.', speaker: { name: 'Fawad Aman' }, cue: { verb: 'wrote' } });
    expect(quotes[0]!.channel?.name).toBe('Twitter');
  });
});
