/**
 * Author names from the strings pages give ("By Jane Doe and John Roe", "Brenda Goodman, MA",
 * "Reuters Staff"): split into names, stripped of prefixes, credentials, dates and handles, and
 * with newsroom and wire-agency boilerplate dropped, since an author is a person.
 */

// "By", "Written by", "Par" … before the names.
const PREFIX =
  /^\s*(?:(?:written|words|posted|reported|text|story|photos?|edited|updated)\s+by|by|von|par|por|di|door|av|af|przez|от|автор|作者|文)\s*[:：]?\s+/i;
// Words that join two names.
const JOINERS = /\s*(?:[,;|/&+]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\ben\b|\bi\b|\bwith\b|\bavec\b|\bmit\b|\bcon\b|\s[–—-]\s)\s*/i;
// Credentials after a name ("Brenda Goodman, MA").
const CREDENTIAL = /^(?:ma|ms|msc|md|mph|phd|ph\.?d\.?|rn|bsn|dds|jr\.?|sr\.?|ii|iii|iv|esq\.?|mba|cfa|cpa|rd|ld|lcsw)$/i;
const BOILERPLATE =
  /^(?:the\s+)?(?:(?:[\w.'-]+\s+){0,3}(?:staff|staffers|editors?|editorial(?:\s+(?:staff|team|board|desk))?|desk|news\s*desk|web\s*desk|newsroom|team|reporters?|correspondents?|bureau)|admin(?:istrator)?|webmaster|guest|anonymous|unknown|agenc(?:y|ies)|wires?(?:\s+(?:service|reports?))?|(?:the\s+)?associated\s+press|ap|reuters|afp|agence\s+france[-\s]presse|dpa|ansa|efe|pti|ians|ani|xinhua|upi|tass|kyodo|yonhap|bloomberg(?:\s+news)?|cnn\s+wire|press\s+association|pa(?:\s+media)?|aap|canadian\s+press|the\s+canadian\s+press)(?:\s+(?:staff|reports?|news))?$/i;
const DATE_TAIL =
  /\s*(?:[,|•·-]\s*)?(?:(?:updated|published|posted|on)\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}).*$/i;

/** Whether a name is newsroom or agency boilerplate ("Staff", "Reuters", "Editorial Team"). */
export function isBoilerplateAuthor(name: string): boolean {
  return BOILERPLATE.test(name.trim());
}

/** Splits one author string into clean names; [] when it holds no person. */
export function parseAuthorNames(raw: string): string[] {
  // A visible byline's later lines hold roles, outlets and dates ("WebMD Health News").
  let text = raw.replace(/\u00a0/g, ' ').split(/\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  text = text
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/gi, ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(PREFIX, '');
  text = text.replace(DATE_TAIL, '');
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
  if (/\d{3,}/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 6) return false;
  // At least one letter; not a lone lower-case word ("more", "follow").
  if (!/\p{L}/u.test(s)) return false;
  if (words.length === 1 && /^\p{Ll}+$/u.test(s) && !/[\u3040-\u9fff]/.test(s)) return false;
  return !/^(?:follow|share|email|twitter|facebook|more|view|profile|bio|author|authors|posted|updated|published)\b/i.test(s);
}
