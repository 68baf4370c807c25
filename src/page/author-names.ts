/**
 * Author names from the strings pages give ("By Jane Doe and John Roe", "Brenda Goodman, MA",
 * "Reuters Staff"): split into names, stripped of prefixes, credentials, dates and handles, and
 * with newsroom and wire-agency boilerplate dropped, since an author is a person.
 */

// "By", "Written by", "Par" … before the names.
const PREFIX =
  /^\s*(?:(?:written|words|posted|reported|text|story|photos?|edited|updated)\s+by|by|von|par|por|di|door|av|af|przez|от|автор|作者|文)\s*[:：]?\s+/i;
// Words that join two names; case-sensitive, so the initial in "Sarah E. Needleman" stays.
const JOINERS = /\s*(?:[,;|/&+]|\b(?:and|And|AND|und|et|y|e|og|en|i|with|avec|mit|con)\b(?!\.)|\s[–—-]\s)\s*/;
// Credentials after a name ("Brenda Goodman, MA").
const CREDENTIAL = /^(?:ma|ms|msc|md|mph|phd|ph\.?d\.?|rn|bsn|dds|jr\.?|sr\.?|ii|iii|iv|esq\.?|mba|cfa|cpa|rd|ld|lcsw)$/i;
// Generic newsroom credits that name nobody ("Staff", "Editorial Team", "Admin").
const GENERIC_CREDIT =
  /^(?:the\s+)?(?:(?:[\w.'-]+\s+){0,3}(?:staff|staffers|editors?|editorial(?:\s+(?:staff|team|board|desk))?|desk|news\s*desk|web\s*desk|newsroom|team|reporters?|correspondents?|bureau|writers?|columnists?|contributors?|producers?|photographers?|analysts?|critics?|interns?)|admin(?:istrator)?|webmaster|guest|anonymous|unknown|agenc(?:y|ies)|wires?(?:\s+(?:service|reports?))?)(?:\s+(?:staff|reports?|news))?$/i;
// Wire agencies: organisations, so never a person, but a real credit when a page names no one else.
const AGENCY =
  /^(?:(?:the\s+)?associated\s+press|ap|reuters|afp|agence\s+france[-\s]presse|dpa|ansa|efe|pti|ians|ani|xinhua|upi|tass|kyodo|yonhap|bloomberg(?:\s+news)?|cnn\s+wire|press\s+association|pa(?:\s+media)?|aap|(?:the\s+)?canadian\s+press)(?:\s+(?:staff|reports?|news))?$/i;
const DATE_TAIL =
  /\s*(?:[,|•·-]\s*)?(?:(?:updated|published|posted|on)\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}).*$/i;

const TRAILING_AGENCY = /\s+(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|bloomberg news|dpa)\s*$/i;

/** Whether a name is newsroom or agency boilerplate ("Staff", "Reuters", "Editorial Team"). */
export function isBoilerplateAuthor(name: string): boolean {
  const n = name.trim();
  return GENERIC_CREDIT.test(n) || AGENCY.test(n);
}

/** Whether a credit names a wire agency ("Reuters", "AFP", "The Associated Press"). */
export function isAgencyName(name: string): boolean {
  const n = name.trim();
  return AGENCY.test(n) && !/staff$/i.test(n);
}

/**
 * An author credit as one name, for crediting an organisation ("BBC News", "Mac & i", "By
 * Reuters"): the first line without its "By" and dates; null for generic credits ("Staff",
 * "Editorial Team", "Admin"), links, handles and text too long to be a name.
 */
export function organisationCredit(raw: string): string | null {
  const line = raw.replace(/\u00a0/g, ' ').replace(/^\s*(by|von|par|por|door)\s*\n\s*/i, '$1 ').split(/\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  const text = line.replace(/\s+/g, ' ').replace(PREFIX, '').replace(DATE_TAIL, '').replace(/[\s,;:|•·–—-]+$/, '').trim();
  if (!text || text.length > 60 || text.split(' ').length > 6 || !/\p{L}/u.test(text)) return null;
  if (/https?:\/\/|www\.|@/i.test(text) || GENERIC_CREDIT.test(text)) return null;
  return text;
}

/**
 * A name written "Family, Given" as Dublin Core and citation tags do ("Jong, Michiel de",
 * "Kooman, F."), in reading order ("Michiel de Jong", "F. Kooman"); null when the value has
 * another shape (several names, a name in reading order, a name with credentials).
 */
export function familyGivenName(raw: string): string | null {
  const m = /^\s*(\p{Lu}[\p{L}'’-]+)\s*,\s*((?:\p{Lu}\.\s*|\p{Lu}[\p{L}'’-]+\s*)+(?:\s*\p{Ll}{1,4})*)\s*$/u.exec(raw);
  if (!m) return null;
  const given = m[2]!.trim();
  if (CREDENTIAL.test(given) || /^\p{Lu}{2,}$/u.test(given)) return null;
  return `${given} ${m[1]}`;
}

/** Splits one author string into clean names; [] when it holds no person. */
export function parseAuthorNames(raw: string): string[] {
  // A visible byline's later lines hold roles, outlets and dates ("WebMD Health News").
  // "By" on a line of its own belongs to the name on the next line.
  let text = raw.replace(/\u00a0/g, ' ').replace(/^\s*(by|von|par|por|door)\s*\n\s*/i, '$1 ').split(/\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  text = text
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/gi, ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(PREFIX, '');
  text = text.replace(DATE_TAIL, '');
  // A user name after the display name ("藍天 (stevenhgm)") is a handle, like "@stevenhgm".
  text = text.replace(/\s*\([a-z0-9_.-]+\)$/, '');
  if (isBoilerplateAuthor(text)) return [];
  // Text of two elements run together: "JILL LAWLESSAssociated Press"; then a wire's name after
  // the last author is a credit line, not a co-author.
  text = text.replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1 $2').replace(TRAILING_AGENCY, '');
  const names: string[] = [];
  for (let part of text.split(JOINERS)) {
    part = part
      .replace(PREFIX, '')
      .replace(/^@\S+$/, '')
      .replace(/[\s,;:|•·–—-]+$/g, '')
      .replace(/^[\s,;:|•·–—-]+/g, '')
      .trim();
    if (!part || CREDENTIAL.test(part)) continue;
    if (!isNameLike(part) || isBoilerplateAuthor(part)) continue;
    if (!names.some((n) => n.toLowerCase() === part.toLowerCase())) names.push(part);
  }
  return names;
}

/** Names from several author strings, deduplicated in order. */
export function mergeAuthorNames(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const name of parseAuthorNames(v)) {
      if (!out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}

function isNameLike(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  // "Cleveland.com", "NJ Advance Media for NJ.com": a site, not a person.
  if (/\.(?:com|net|org|co|de|fr|uk|in|au|ca|es|it|ru|br)\b/i.test(s)) return false;
  if (/\d{3,}/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 6) return false;
  // At least one letter; not a lone lower-case word ("more", "follow").
  if (!/\p{L}/u.test(s)) return false;
  if (words.length === 1 && /^\p{Ll}+$/u.test(s) && !/[\u3040-\u9fff]/.test(s)) return false;
  // One word in capitals is an outlet, a call sign or a credential ("CNN", "KWCH", "RDN").
  if (words.length === 1 && /^[\p{Lu}\d&.-]+$/u.test(s)) return false;
  return !/^(?:follow|share|email|twitter|facebook|more|view|profile|bio|author|authors|posted|updated|published)\b/i.test(s);
}
