import { describe, expect, test } from 'vitest';
import { familyGivenName, isAgencyName, isBoilerplateAuthor, organisationCredit, parseAuthorNames } from '../../../src/page/author-names';
import { findDateInText, normalizeDate } from '../../../src/page/dates';
import { classifyTokens } from '../../../src/page/element-hints';
import { parseLenient } from '../../../src/page/json-ld';

describe('normalizeDate keeps the time and zone a page gives, and invents none', () => {
  test.each([
    ['2021-07-02T09:14:00-04:00', '2021-07-02T09:14:00-04:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000000'],
    ['2018-04-05T06:00', '2018-04-05T06:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'],
    ['2024-06-25', '2024-06-25'],
    ['20190428', '2019-04-28'],
    ['Wed, 20 Nov 2019 10:00:00 GMT', '2019-11-20T10:00:00Z'],
    ['1574244000', '2019-11-20T10:00:00Z'],
    ['July 2, 2021', '2021-07-02'],
    ['not a date', null],
    ['2019-13-45', null],
  ])('%s → %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });
});

test.each([
  ['Published July 2, 2021', '2021-07-02'],
  ['Updated: Jan. 5 2020 at 3pm', '2020-01-05'],
  ['le 30 avril 2015 à 07:19', '2015-04-30'],
  ['2. Juli 2021', '2021-07-02'],
  ['Posted 2021/07/02', '2021-07-02'],
  ['By Jane Doe', null],
])('findDateInText(%s) is %s', (text, date) => {
  expect(findDateInText(text)).toBe(date);
});

describe('author names are people', () => {
  test.each([
    ['Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    ['By Brenda  Goodman, MA\n WebMD Health News', ['Brenda Goodman']],
    ['Alexandre Hervaud, Jérémy Piette', ['Alexandre Hervaud', 'Jérémy Piette']],
    ['By Lucas Nolan 22 Dec 2016', ['Lucas Nolan']],
    ['Reuters Staff', []],
    ['The Associated Press', []],
    ['AFP', []],
    ['Editorial Team', []],
    ['https://www.facebook.com/janedoe', []],
    ['@janedoe', []],
    ['Follow Author', []],
    ['Sarah E. Needleman', ['Sarah E. Needleman']],
    ['By DANICA KIRKA and JILL LAWLESSAssociated Press', ['DANICA KIRKA', 'JILL LAWLESS']],
    ['By\n\t\t\tScott Cunningham', ['Scott Cunningham']],
    ['TOM KRISHER, AP Auto Writer', ['TOM KRISHER']],
    ['Troy L. Smith, cleveland.com', ['Troy L. Smith']],
    ['Sandee LaMotte, CNN', ['Sandee LaMotte']],
    ['Ana Ruiz (anaruiz_88)', ['Ana Ruiz']],
    ['Richard (R.J.) Eskow', ['Richard (R.J.) Eskow']],
  ])('%j → %j', (raw, names) => {
    expect(parseAuthorNames(raw)).toEqual(names);
  });

  test.each([
    ['Kooman, F.', 'F. Kooman'],
    ['Jong, Michiel de', 'Michiel de Jong'],
    ['Needleman, Sarah E.', 'Sarah E. Needleman'],
    ['Jane Doe, John Roe', null],
    ['Goodman, MA', null],
    ['Ana Ruiz', null],
  ])('familyGivenName(%j) is %j', (raw, name) => {
    expect(familyGivenName(raw)).toBe(name);
  });

  test.each([
    ['BBC News', 'BBC News'],
    ['By Reuters', 'Reuters'],
    ['Par AFP\n 22 avril 2015', 'AFP'],
    ['Mac & i', 'Mac & i'],
    ['Staff', null],
    ['Editorial Team', null],
    ['Admin', null],
    ['https://www.facebook.com/harbour', null],
    ['x'.repeat(80), null],
  ])('organisationCredit(%j) is %j', (raw, name) => {
    expect(organisationCredit(raw)).toBe(name);
  });

  test.each([
    ['Reuters', true],
    ['The Associated Press', true],
    ['Reuters Staff', false],
    ['BBC News', false],
  ])('isAgencyName(%s) is %s', (name, agency) => {
    expect(isAgencyName(name)).toBe(agency);
  });

  test.each([
    ['Staff', true],
    ['Times Staff', true],
    ['Reuters', true],
    ['Jane Staffordshire', false],
    ['BBC News', false],
  ])('isBoilerplateAuthor(%s) is %s', (name, boilerplate) => {
    expect(isBoilerplateAuthor(name)).toBe(boilerplate);
  });
});

describe('class and id hints', () => {
  test.each([
    ['share-bar', 'junk'],
    ['related-stories', 'junk'],
    ['PromoSmall', 'junk'],
    ['NewsletterModule-header', 'junk'],
    ['article-comments', 'junk'],
    ['sr-only', 'junk'],
    ['article-body', 'content'],
    ['ArticleBody-articleBody', 'content'],
    ['post-content entry-content', 'content'],
    ['banner-headline', 'none'],
    ['has-sidebar', 'none'],
    ['InlineImage-imageEmbedCaption', 'caption'],
    ['wp-caption-text', 'caption'],
    ['byline', 'byline'],
    ['entry-meta', 'byline'],
    ['col-md-8', 'none'],
  ])('%s is %s', (names, hint) => {
    expect(classifyTokens(names)).toBe(hint);
  });
});

test.each([
  ['{"a":1}', { a: 1 }],
  ['{"a":"line\nbreak"}', { a: 'line\nbreak' }],
  ['{"a":[1,2,],}', { a: [1, 2] }],
  ['/* note */ {"a":1}', { a: 1 }],
  ['{"a":1}{"b":2}', [{ a: 1 }, { b: 2 }]],
  ['{"a":', undefined],
  ['', undefined],
])('parseLenient(%j)', (raw, value) => {
  expect(parseLenient(raw)).toEqual(value);
});
