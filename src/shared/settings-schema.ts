import type { HighlightCategory } from '../core/highlight-layers';

/** Version of the stored settings; migrateSettings upgrades anything older. */
export const SETTINGS_VERSION = 1;

/** The reader's settings, synced through storage.sync. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** 'click': annotate when the reader asks; 'auto': annotate by itself on allowedSites. */
  runMode: 'click' | 'auto';
  /** Origins ("https://www.example.com") the reader allowed for automatic annotation. */
  allowedSites: string[];
  /** Which highlight categories are painted. */
  categories: Record<HighlightCategory, boolean>;
  /** Highlight colour per category, as #rrggbb. */
  colors: Record<HighlightCategory, string>;
  /** Summary length in sentences, 1 to 5. */
  summarySentences: number;
  /** Offer Chrome's on-device summarizer ("key points") where it exists. */
  onDeviceSummarizer: boolean;
}

/** The settings of a new install. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  runMode: 'click',
  allowedSites: [],
  categories: { person: true, organization: true, place: true, misc: true, quote: true },
  colors: { person: '#3b82f6', organization: '#ea580c', place: '#16a34a', misc: '#9333ea', quote: '#facc15' },
  summarySentences: 3,
  onDeviceSummarizer: true,
};

const CATEGORIES: HighlightCategory[] = ['person', 'organization', 'place', 'misc', 'quote'];

/**
 * Turns whatever storage holds (any older version, partial or damaged values) into valid current
 * Settings, keeping every value the reader set that is still valid.
 */
export function migrateSettings(raw: unknown): Settings {
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  if (typeof raw !== 'object' || raw === null) return s;
  const r = raw as Record<string, unknown>;
  if (r.runMode === 'click' || r.runMode === 'auto') s.runMode = r.runMode;
  if (Array.isArray(r.allowedSites)) {
    s.allowedSites = [...new Set(r.allowedSites.filter((x): x is string => typeof x === 'string' && /^https?:\/\/[^/]+$/.test(x)))];
  }
  const cats = r.categories as Record<string, unknown> | undefined;
  const colors = r.colors as Record<string, unknown> | undefined;
  for (const c of CATEGORIES) {
    if (typeof cats?.[c] === 'boolean') s.categories[c] = cats[c] as boolean;
    const col = colors?.[c];
    if (typeof col === 'string' && /^#[0-9a-f]{6}$/i.test(col)) s.colors[c] = col.toLowerCase();
  }
  const n = r.summarySentences;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5) s.summarySentences = n;
  if (typeof r.onDeviceSummarizer === 'boolean') s.onDeviceSummarizer = r.onDeviceSummarizer;
  return s;
}
