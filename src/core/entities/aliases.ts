/**
 * Common aliases that no spelling rule can join ("America" is the United States), the canonical
 * name and type of each group, and Pressmark's type conventions where they differ from CoNLL's
 * (CoNLL tags movements such as "Taleban" MISC; Pressmark shows them as organizations, and so
 * the social platforms that the 1996 training text predates).
 */
import type { EntityType } from '../annotations';

interface AliasGroup {
  type: EntityType;
  names: readonly string[];
}

const GROUPS: readonly AliasGroup[] = [
  { type: 'place', names: ['United States', 'U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'] },
  { type: 'place', names: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'] },
  { type: 'place', names: ['Soviet Union', 'USSR', 'U.S.S.R.'] },
  { type: 'place', names: ['United Arab Emirates', 'UAE', 'U.A.E.'] },
  { type: 'organization', names: ['United Nations', 'U.N.', 'UN'] },
  { type: 'organization', names: ['European Union', 'EU', 'E.U.'] },
  { type: 'organization', names: ['NATO', 'North Atlantic Treaty Organization', 'Nato'] },
  { type: 'organization', names: ['Agence France-Presse', 'AFP', 'Agence France Presse'] },
  { type: 'organization', names: ['Associated Press', 'AP'] },
  { type: 'organization', names: ['Reuters'] },
  { type: 'organization', names: ['Al-Qaeda', 'al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida'] },
  { type: 'organization', names: ['Taliban', 'Taleban'] },
  { type: 'organization', names: ['Islamic State', 'ISIS', 'ISIL'] },
  { type: 'organization', names: ['Hamas'] },
  { type: 'organization', names: ['Hezbollah', 'Hizbollah'] },
  { type: 'organization', names: ['Boko Haram'] },
  { type: 'organization', names: ['al-Shabaab', 'Al-Shabaab', 'al-Shabab'] },
  // Platforms that statements are made on: organizations, which 1996 newswire never saw.
  ...['Twitter', 'Facebook', 'YouTube', 'Instagram', 'TikTok', 'WhatsApp', 'Telegram', 'LinkedIn', 'Reddit', 'Snapchat'].map(
    (name) => ({ type: 'organization' as const, names: [name] }),
  ),
];

// Grouping asks for the key of the same few forms thousands of times per article (every pair of
// groups, every merge), and three regex replaces each time were a large share of the entity stage.
const KEYS = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** Normalises a name for alias lookups: typographic marks straightened, possessive and spaces dropped. */
export function aliasKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = name
      .replace(/[’‘]/g, "'")
      .replace(/'s$/i, '')
      .replace(/[\s-]+/g, ' ')
      .trim()
      .toLowerCase();
    if (KEYS.size >= MEMO_LIMIT) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

const BY_KEY = new Map<string, AliasGroup>();
for (const g of GROUPS) for (const n of g.names) BY_KEY.set(aliasKey(n), g);

/** The canonical name of a known alias group ("U.S." → "United States"), or null. */
export function canonicalAlias(name: string): string | null {
  return BY_KEY.get(aliasKey(name))?.names[0] ?? null;
}

/** The type of a known alias group, or null. */
export function aliasType(name: string): EntityType | null {
  return BY_KEY.get(aliasKey(name))?.type ?? null;
}

/** Every written form of the alias group of a name (empty when it has none). */
export function aliasForms(name: string): readonly string[] {
  return BY_KEY.get(aliasKey(name))?.names ?? [];
}

const PLACE_HEADS = new Set(
  'airport airbase base province river lake mountains mountain island islands valley street avenue square bridge strait sea ocean gulf peninsula desert canal bay county district region state park'.split(' '),
);
const ORGANIZATION_HEADS = new Set('images press agency news network ministry army party bank university council committee'.split(' '));

const HEAD_TYPES = new Map<string, EntityType | null>();

/** The type a name's last word implies ("… International Airport" is a place), or null. */
export function headType(name: string): EntityType | null {
  let t = HEAD_TYPES.get(name);
  if (t === undefined) {
    t = computeHeadType(name);
    if (HEAD_TYPES.size >= MEMO_LIMIT) HEAD_TYPES.clear();
    HEAD_TYPES.set(name, t);
  }
  return t;
}

function computeHeadType(name: string): EntityType | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const head = words.at(-1)!.toLowerCase();
  if (PLACE_HEADS.has(head)) return 'place';
  if (ORGANIZATION_HEADS.has(head)) return 'organization';
  return null;
}
