/**
 * The page's <meta> tags as one look-up table: keys are lower-cased `property`, `name`, `itemprop`
 * and `http-equiv` values with "." and ":" unified ("dc.title" and "DC:Title" are both "dc:title");
 * a property attribute may name several keys ("dc:title og:title").
 */

/** Meta tag values by key, in document order. */
export type MetaTable = Map<string, string[]>;

/** Reads the given <meta> elements (those with content) into a MetaTable. */
export function readMetaTags(metas: readonly Element[]): MetaTable {
  const table: MetaTable = new Map();
  // Keys set by a `property` attribute (RDFa, as OpenGraph defines it) outrank the same key
  // under `name`: values from names are dropped once a property gives the key.
  const fromProperty = new Set<string>();
  const add = (key: string, value: string, isProperty = false): void => {
    const k = key.trim().toLowerCase().replace(/\./g, ':').replace(/\s*:\s*/g, ':');
    if (!k) return;
    if (isProperty && !fromProperty.has(k)) {
      fromProperty.add(k);
      table.set(k, [value]);
      return;
    }
    if (!isProperty && fromProperty.has(k)) return;
    const list = table.get(k);
    if (list) list.push(value);
    else table.set(k, [value]);
  };
  for (const meta of metas) {
    const raw = meta.getAttribute('content');
    if (raw === null) continue;
    const value = unescapeEntities(raw).trim();
    if (!value) continue;
    const property = meta.getAttribute('property');
    if (property) for (const p of property.split(/\s+/)) add(p, value, true);
    const name = meta.getAttribute('name');
    if (name) add(name, value);
    const itemprop = meta.getAttribute('itemprop');
    if (itemprop) for (const p of itemprop.split(/\s+/)) add(`itemprop:${p}`, value);
    const equiv = meta.getAttribute('http-equiv');
    if (equiv) add(`http-equiv:${equiv}`, value);
  }
  return table;
}

/** The first value under any of the keys, tried in order; null when none is present. */
export function firstMeta(table: MetaTable, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const v = table.get(key);
    if (v && v[0]) return { key, value: v[0] };
  }
  return null;
}

/** All values under any of the keys, in key order. */
export function allMeta(table: MetaTable, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) for (const v of table.get(key) ?? []) out.push(v);
  return out;
}

const NAMED: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes the HTML entities that pages double-escape in attribute values ("&amp;#39;"). */
export function unescapeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&(quot|amp|apos|lt|gt|nbsp);/g, (_, name: string) => NAMED[name] ?? '')
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      const n = parseInt(hex ?? dec ?? '', hex ? 16 : 10);
      return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
    });
}
