import type { SourceKind } from '../annotations';

/**
 * Names of well-known news agencies, outlets and platforms with their short forms. Exact lists:
 * they decide the kind of a source and merge "AFP" with "Agence France-Presse".
 */
interface Known {
  name: string;
  kind: SourceKind;
  aliases: string[];
}

const KNOWN: Known[] = [
  { name: 'Associated Press', kind: 'agency', aliases: ['AP', 'The Associated Press', 'AP News'] },
  { name: 'Reuters', kind: 'agency', aliases: ['Thomson Reuters'] },
  { name: 'Agence France-Presse', kind: 'agency', aliases: ['AFP', 'Agence France Presse', 'France-Presse'] },
  { name: 'Bloomberg', kind: 'agency', aliases: ['Bloomberg News'] },
  { name: 'United Press International', kind: 'agency', aliases: ['UPI'] },
  { name: 'Deutsche Presse-Agentur', kind: 'agency', aliases: ['dpa', 'DPA'] },
  { name: 'EFE', kind: 'agency', aliases: ['Agencia EFE'] },
  { name: 'ANSA', kind: 'agency', aliases: [] },
  { name: 'Xinhua', kind: 'agency', aliases: ['Xinhua News Agency'] },
  { name: 'Kyodo News', kind: 'agency', aliases: ['Kyodo'] },
  { name: 'Interfax', kind: 'agency', aliases: [] },
  { name: 'TASS', kind: 'agency', aliases: [] },
  { name: 'PA Media', kind: 'agency', aliases: ['Press Association', 'PA'] },
  { name: 'The Canadian Press', kind: 'agency', aliases: ['Canadian Press', 'CP'] },
  { name: 'Australian Associated Press', kind: 'agency', aliases: ['AAP'] },
  { name: 'ANI', kind: 'agency', aliases: ['Asian News International'] },
  { name: 'Press Trust of India', kind: 'agency', aliases: ['PTI'] },
  { name: 'Getty Images', kind: 'agency', aliases: ['Getty'] },
  { name: 'Twitter', kind: 'platform', aliases: ['X'] },
  { name: 'Facebook', kind: 'platform', aliases: [] },
  { name: 'Instagram', kind: 'platform', aliases: [] },
  { name: 'YouTube', kind: 'platform', aliases: [] },
  { name: 'TikTok', kind: 'platform', aliases: [] },
  { name: 'Telegram', kind: 'platform', aliases: [] },
  { name: 'Reddit', kind: 'platform', aliases: [] },
  { name: 'LinkedIn', kind: 'platform', aliases: [] },
  { name: 'Truth Social', kind: 'platform', aliases: [] },
  { name: 'Threads', kind: 'platform', aliases: [] },
  { name: 'Bluesky', kind: 'platform', aliases: [] },
  { name: 'WhatsApp', kind: 'platform', aliases: [] },
  { name: 'Weibo', kind: 'platform', aliases: [] },
  { name: 'CNN', kind: 'outlet', aliases: [] },
  { name: 'BBC', kind: 'outlet', aliases: ['BBC News'] },
  { name: 'The New York Times', kind: 'outlet', aliases: ['New York Times', 'NYT', 'the Times'] },
  { name: 'The Washington Post', kind: 'outlet', aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', kind: 'outlet', aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'Fox News', kind: 'outlet', aliases: ['Fox'] },
  { name: 'NBC News', kind: 'outlet', aliases: ['NBC'] },
  { name: 'ABC News', kind: 'outlet', aliases: ['ABC'] },
  { name: 'CBS News', kind: 'outlet', aliases: ['CBS'] },
  { name: 'NPR', kind: 'outlet', aliases: [] },
  { name: 'MSNBC', kind: 'outlet', aliases: [] },
  { name: 'Politico', kind: 'outlet', aliases: ['POLITICO'] },
  { name: 'Al Jazeera', kind: 'outlet', aliases: [] },
  { name: 'The Guardian', kind: 'outlet', aliases: ['Guardian'] },
  { name: 'USA Today', kind: 'outlet', aliases: ['USA TODAY'] },
  { name: 'Axios', kind: 'outlet', aliases: [] },
  { name: 'The Hill', kind: 'outlet', aliases: [] },
  { name: 'Financial Times', kind: 'outlet', aliases: ['FT'] },
  { name: 'The Economist', kind: 'outlet', aliases: [] },
  { name: 'Le Monde', kind: 'outlet', aliases: [] },
  { name: 'Der Spiegel', kind: 'outlet', aliases: ['Spiegel'] },
  { name: 'Breitbart News', kind: 'outlet', aliases: ['Breitbart'] },
  { name: 'HuffPost', kind: 'outlet', aliases: ['Huffington Post', 'The Huffington Post'] },
  { name: 'CNBC', kind: 'outlet', aliases: [] },
  { name: 'Univision', kind: 'outlet', aliases: [] },
  { name: 'Telemundo', kind: 'outlet', aliases: [] },
];

const BY_KEY = new Map<string, Known>();
for (const k of KNOWN) for (const n of [k.name, ...k.aliases]) BY_KEY.set(key(n), k);

/** A comparison key for a source name: lower case, no leading article, single spaces. */
export function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[’']s$/, '')
    .trim();
}

/** The well-known source a name stands for, or null. */
export function knownSource(name: string): { name: string; kind: SourceKind } | null {
  const k = BY_KEY.get(key(name));
  return k ? { name: k.name, kind: k.kind } : null;
}

// Words in a name that mark a news outlet ("The Daily Caller", "WOR710 Radio", "Fox Business Network").
const OUTLET_WORDS = /\b(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle|Magazine|Daily|Weekly|Review|Press|Radio|TV|Television|Network|Broadcasting|Channel|Courier|Observer|Independent|Inquirer|Examiner|Register|Sentinel|Standard|Star|Mail|Express|Mirror|Sun|Bulletin|Dispatch|Monitor|Reporter|Caller|Beast|Atlantic|Wire|Insider)\b/;

// Head words of a document or report cited as a source.
const DOCUMENT_WORDS = /\b(?:report|reports|study|studies|survey|poll|polls|analysis|statement|document|documents|filing|filings|memo|letter|records|data|audit|review|estimate|estimates|assessment|investigation|indictment|complaint|transcript|cable|email|emails|book|paper|white paper|census)\b/i;

// Head words of officials and unnamed sources.
const OFFICIAL_WORDS = /\b(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|aide|aides|diplomat|diplomats|officer|officers|minister|ministry|representative|adviser|advisers|authorities)\b/i;

/** The kind of a source from its name, falling back to what the entity type says. */
export function kindOf(name: string, entityType: string | null): SourceKind {
  const known = knownSource(name);
  if (known) return known.kind;
  if (OUTLET_WORDS.test(name) && /^\p{Lu}|^the\s+\p{Lu}/u.test(name)) return 'outlet';
  if (DOCUMENT_WORDS.test(name) && !/^\p{Lu}/u.test(name.replace(/^(?:a|an|the)\s+/i, ''))) return 'document';
  if (DOCUMENT_WORDS.test(name.split(/\s+/).pop() ?? '')) return 'document';
  if (OFFICIAL_WORDS.test(name)) return 'official';
  if (entityType === 'person') return 'person';
  return 'organization';
}
