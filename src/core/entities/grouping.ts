/**
 * Groups mentions into entities: known aliases, acronyms defined in the text ("Resolute Support
 * Mission (RSM)"), short forms of a name already seen ("Mujahid"), spelling variants of one name
 * ("Zabiullah Mojahid"), and names written in capitals in credits ("ZAKERIA HASHIMI").
 */
import type { Entity, EntityType, Mention } from '../annotations';
import { aliasKey, aliasType, canonicalAlias, headType } from './aliases';
import type { RawMention } from './mentions';

const TYPE_NAMES: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];

interface Group {
  mentions: RawMention[];
  /** Surface forms (display text) seen. */
  forms: Set<string>;
  canonical: string | null;
  typeVotes: number[];
}

/** The display form of a mention: straight apostrophes kept as written, possessive dropped. */
export function surfaceForm(text: string): string {
  return text.replace(/['’]s$/u, '').replace(/\s+/g, ' ').trim();
}

function words(form: string): string[] {
  return form.split(/[\s]+/).filter(Boolean);
}

function squash(form: string): string {
  return form.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Levenshtein distance, bounded: returns max + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Whether two multi-word names are spellings of one name: same first letters, each word close. */
export function spellingVariants(a: string, b: string): boolean {
  return spellingVariantWords(words(a.toLowerCase()), words(b.toLowerCase()));
}

/** spellingVariants over the lower-cased words of the two names. */
function spellingVariantWords(wa: readonly string[], wb: readonly string[]): boolean {
  if (wa.length !== wb.length) return false;
  let changed = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i]!;
    const y = wb[i]!;
    if (x === y) continue;
    if (x[0] !== y[0] || Math.min(x.length, y.length) < 5) return false;
    const d = editDistance(x, y, 2);
    if (d > (Math.min(x.length, y.length) >= 8 ? 2 : 1)) return false;
    changed++;
  }
  return changed > 0;
}

/** The letters an acronym of a name would use: initials of capitalised words (and of hyphen parts). */
function initials(form: string): string {
  return words(form)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.split('-').map((p) => p.charAt(0)).join(''))
    .join('')
    .toUpperCase();
}

/** Whether `acronym` (e.g. "RSM", "U.S.") abbreviates `name`. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const a = acronymLetters(acronym);
  return a !== null && initialsMatch(a, initials(name), latinInitials);
}

/** The letters of a form that could be an acronym ("U.S." → "US"), else null. */
function acronymLetters(form: string): string | null {
  const a = form.replace(/\./g, '');
  return a.length < 2 || a !== a.toUpperCase() || !/^\p{Lu}+$/u.test(a) ? null : a;
}

const latinInitials = (full: string): string => full.replace(/[^A-Z]/g, '');

/** Whether acronym letters match a name's initials (all of them, or their Latin capitals). */
function initialsMatch(a: string, full: string, latin: (full: string) => string): boolean {
  return full === a || (full.length > a.length && latin(full) === a);
}

/** Whether a name is written in capitals (a credit line), not an acronym. */
function shouted(form: string): boolean {
  return /\p{Lu}{2}/u.test(form) && form === form.toUpperCase() && words(form).some((w) => w.length > 4) && /\s/.test(form);
}

function titleCase(form: string): string {
  return form.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/** `fn` with each answer kept in `memory` (one grouping run's worth), so it is computed once per key. */
function remembered<K, V>(fn: (key: K) => V, memory = new Map<K, V>()): (key: K) => V {
  return (key) => {
    let v = memory.get(key);
    if (v === undefined) memory.set(key, (v = fn(key)));
    return v;
  };
}

/**
 * Groups raw mentions (in text order) into entities with ids e1, e2, … in order of first mention.
 * Salience counts mentions, an early first mention and a mention in a headline block.
 */
export function groupMentions(mentions: readonly RawMention[], textLength: number): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // Every mention is compared with every form of every group: each form is squashed and split once.
  const squashOf = remembered(squash);
  const wordsOf = remembered(words);
  const lowerWordsOf = remembered((form: string) => words(form.toLowerCase()));
  const acronymOf = remembered(acronymLetters);
  const initialsOf = remembered(initials);
  const latinOf = remembered(latinInitials);
  const capitalisedWords = remembered((form: string) => wordsOf(form).every((w) => /^\p{Lu}/u.test(w)));
  const find = (m: RawMention, form: string): Group | null => {
    const key = aliasKey(form);
    const canon = canonicalAlias(form);
    if (canon) for (const g of groups) if (g.canonical === canon) return g;
    const exact = byKey.get(key);
    if (exact) return exact;
    const sq = squashOf(form);
    const ws = wordsOf(form);
    const acr = acronymOf(form);
    for (const g of groups) {
      const gType = majorType(g);
      for (const f of g.forms) {
        if (squashOf(f) === sq) return g;
        if (acr !== null && gType !== 0 && initialsMatch(acr, initialsOf(f), latinOf)) return g;
        if (gType !== m.type) continue;
        if (spellingVariantWords(lowerWordsOf(form), lowerWordsOf(f))) return g;
        const fw = wordsOf(f);
        // A short form of a longer name seen before: "Mujahid", "Bagram".
        if (ws.length < fw.length && containsRun(fw, ws) && capitalisedWords(form)) {
          if (m.type === 0 ? ws.length === 1 && (fw.at(-1) === ws[0] || fw[0] === ws[0]) : true) return g;
        }
      }
    }
    return null;
  };
  for (const m of mentions) {
    const form = surfaceForm(m.text);
    if (!form) continue;
    let g = find(m, form);
    if (!g) {
      g = { mentions: [], forms: new Set(), canonical: canonicalAlias(form), typeVotes: [0, 0, 0, 0] };
      groups.push(g);
    }
    g.mentions.push(m);
    g.forms.add(form);
    g.typeVotes[m.type]! += m.confidence;
    byKey.set(aliasKey(form), g);
  }
  return mergeShortForms(groups).map((g, i) => toEntity(g, i, textLength));
}

/**
 * A short form seen before its long form ("Bagram" … "Bagram Air Base") joins the long form's
 * group when both end up with the same type; the merged group keeps the earlier position.
 */
function mergeShortForms(groups: Group[]): Group[] {
  const alive = [...groups];
  // The scan restarts after every merge and compares every pair, so a group's type and a form's
  // words are remembered (a merged group's type is recomputed: its forms and votes changed).
  const types = new Map<Group, EntityType>();
  const typeOf = remembered(entityType, types);
  const wordsOf = remembered(words);
  const capitalised = remembered((form: string) => /^\p{Lu}/u.test(form));
  // Pairs found not to join stay so until one of them changes: only the merged group changes.
  const apart = new Map<Group, Set<Group>>();
  const joins = (short: Group, long: Group): boolean => {
    if (apart.get(short)?.has(long)) return false;
    for (const sf of short.forms) {
      if (!capitalised(sf)) continue;
      const sw = wordsOf(sf);
      for (const lf of long.forms) {
        const lw = wordsOf(lf);
        if (sw.length < lw.length && (lw[0] === sw[0] || lw.at(-1) === sw.at(-1)) && containsRun(lw, sw)) return true;
      }
    }
    let set = apart.get(short);
    if (!set) apart.set(short, (set = new Set()));
    set.add(long);
    return false;
  };
  // "The Bagram military base … Bagram Air Base": a lone word the tagger took for a person, used as
  // the first word of a place's or organisation's name, is that name. People are named short by
  // their last word, so a first word alone is rarely the person; and a person named more often than
  // the longer name ("Trump" … "Trump Tower") stays a person.
  const namesLong = (short: Group, long: Group): boolean => {
    const lt = typeOf(long);
    if (typeOf(short) !== 'person' || (lt !== 'place' && lt !== 'organization')) return false;
    if (short.mentions.length > long.mentions.length) return false;
    const sws = [...short.forms].map(wordsOf);
    if (!sws.every((sw) => sw.length === 1 && capitalised(sw[0]!))) return false;
    return [...long.forms].some((lf) => {
      const lw = wordsOf(lf);
      return lw.length >= 2 && sws.some((sw) => sw[0] === lw[0]);
    });
  };
  for (let i = 0; i < alive.length; i++) {
    const short = alive[i]!;
    for (let j = 0; j < alive.length; j++) {
      const long = alive[j]!;
      if (i === j) continue;
      const sameType = typeOf(short) === typeOf(long);
      if (sameType ? !joins(short, long) : !namesLong(short, long)) continue;
      const into = short.mentions[0]!.start < long.mentions[0]!.start ? short : long;
      const from = into === short ? long : short;
      for (const m of from.mentions) into.mentions.push(m);
      into.mentions.sort((a, b) => a.start - b.start);
      for (const f of from.forms) into.forms.add(f);
      if (sameType) for (let t = 0; t < 4; t++) into.typeVotes[t]! += from.typeVotes[t]!;
      else {
        // Across types the short form's votes go to the long name's type, which the group keeps.
        const votes = [...long.typeVotes];
        votes[TYPE_NAMES.indexOf(typeOf(long))]! += short.typeVotes.reduce((x, y) => x + y, 0);
        into.typeVotes = votes;
      }
      into.canonical ??= from.canonical;
      types.delete(into);
      apart.delete(into);
      for (const set of apart.values()) set.delete(into);
      alive.splice(alive.indexOf(from), 1);
      i = -1;
      break;
    }
  }
  return alive;
}

function containsRun(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j++) ok = hay[i + j] === needle[j];
    if (ok) return true;
  }
  return false;
}

function majorType(g: Group): number {
  let best = 0;
  for (let t = 1; t < 4; t++) if (g.typeVotes[t]! > g.typeVotes[best]!) best = t;
  return best;
}

/** The entity type: a known alias group's, else a telling head word's, else the tagger's vote. */
function entityType(g: Group): EntityType {
  const forms = [...g.forms];
  for (const f of forms) {
    const t = aliasType(f);
    if (t) return t;
  }
  const voted = TYPE_NAMES[majorType(g)]!;
  if (voted === 'misc') return voted;
  for (const f of forms) {
    const t = headType(f);
    if (t) return t;
  }
  return voted;
}

function toEntity(g: Group, i: number, textLength: number): Entity {
  const type = entityType(g);
  const forms = [...g.forms];
  let name: string;
  if (g.canonical) name = g.canonical;
  else {
    // The fullest form: most letters, then the earliest, preferring forms not written in capitals.
    name = forms.reduce((best, f) => {
      const score = (x: string): number => squash(x).length - (shouted(x) ? 500 : 0);
      return score(f) > score(best) ? f : best;
    });
    if (shouted(name)) name = titleCase(name);
  }
  const aliases = forms.filter((f) => f !== name);
  const mentions: Mention[] = g.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    confidence: round(m.confidence),
  }));
  const best = Math.max(...g.mentions.map((m) => m.confidence));
  const confidence = 1 - (1 - best) * Math.pow(0.8, g.mentions.length - 1);
  const first = g.mentions[0]!.start;
  const inHeadline = g.mentions.some((m) => m.block.kind === 'headline');
  const salience = Math.log2(1 + g.mentions.length) + (1 - first / Math.max(1, textLength)) + (inHeadline ? 1 : 0);
  return {
    id: `e${i + 1}`,
    name,
    type,
    aliases,
    mentions,
    confidence: round(confidence),
    salience: round(salience),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
