/**
 * Common aliases that no spelling rule can join ("America" is the United States), and the
 * canonical name of each group. Keys are compared after `aliasKey` normalisation.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['United States', 'U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
  ['United Nations', 'U.N.', 'UN'],
  ['European Union', 'EU', 'E.U.'],
  ['Soviet Union', 'USSR', 'U.S.S.R.'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['Agence France-Presse', 'AFP', 'Agence France Presse'],
  ['Associated Press', 'AP'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['Al-Qaeda', 'al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida'],
];

/** Normalises a name for alias lookups: typographic marks straightened, possessive and spaces dropped. */
export function aliasKey(name: string): string {
  return name
    .replace(/[’‘]/g, "'")
    .replace(/'s$/i, '')
    .replace(/[\s-]+/g, ' ')
    .trim()
    .toLowerCase();
}

const CANONICAL = new Map<string, string>();
for (const g of GROUPS) for (const n of g) CANONICAL.set(aliasKey(n), g[0]!);

/** The canonical name of a known alias group ("U.S." → "United States"), or null. */
export function canonicalAlias(name: string): string | null {
  return CANONICAL.get(aliasKey(name)) ?? null;
}

/** Whether the canonical name is the short one people read (keep "NATO", not its long form). */
export function preferShortForm(canonical: string): boolean {
  return canonical === 'North Atlantic Treaty Organization';
}
