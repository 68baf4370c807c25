/** How a publication date is shown: absolute in the reader's locale and zone, plus how long ago. */
export interface ShownDate {
  /** The value for the `datetime` attribute (the page's ISO string). */
  iso: string;
  /** "2 Jul 2021, 15:14" in the reader's locale and time zone; date only when the page gives no time. */
  absolute: string;
  /** "3 years ago", "yesterday", "in 2 hours" in the reader's locale. */
  relative: string;
  /** The same instant spelled out fully, with the time zone (for a tooltip). */
  full: string;
}

/** Options that tests set; the popup leaves them undefined so the browser's locale and zone apply. */
export interface DateFormatOptions {
  locale?: string;
  timeZone?: string;
  now?: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365.25 * 86_400_000],
  ['month', 30.44 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * Formats an ISO 8601 date from the page, or returns null when it cannot be read. A date without a
 * time ("2021-07-02") is a calendar day, not midnight UTC: it is shown as that day in every zone.
 */
export function formatPageDate(iso: string, options: DateFormatOptions = {}): ShownDate | null {
  const { locale, timeZone, now = Date.now() } = options;
  const dateOnly = DATE_ONLY.exec(iso.trim());
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number];
    // Noon UTC keeps the calendar day in every zone when formatted with timeZone UTC below.
    const day = new Date(Date.UTC(y, m - 1, d, 12));
    if (Number.isNaN(day.getTime()) || day.getUTCDate() !== d) return null;
    const fmt = (style: 'medium' | 'full') => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(day);
    const today = calendarDay(now, timeZone);
    const days = Math.round((Date.UTC(y, m - 1, d) - today) / 86_400_000);
    return { iso, absolute: fmt('medium'), relative: relativeDays(days, locale), full: fmt('full') };
  }
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  return {
    iso,
    absolute: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date),
    relative: relativeTime(t - now, locale),
    full: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long', timeZone }).format(date),
  };
}

/** Whether an updated date says something the published date does not (a different instant or day). */
export function isDifferentDate(published: string | null, modified: string | null): boolean {
  if (!modified) return false;
  if (!published) return true;
  if (published.trim() === modified.trim()) return false;
  const a = Date.parse(published);
  const b = Date.parse(modified);
  return Number.isNaN(a) || Number.isNaN(b) || a !== b;
}

/** "3 years ago" for a signed difference in milliseconds (negative is the past). */
export function relativeTime(diffMs: number, locale?: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(diffMs);
  for (const [unit, size] of UNITS) {
    if (abs >= size) return rtf.format(Math.round(diffMs / size), unit);
  }
  return rtf.format(0, 'minute');
}

function relativeDays(days: number, locale?: string): string {
  const abs = Math.abs(days);
  if (abs < 7) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  return relativeTime(days * 86_400_000, locale);
}

// Midnight UTC of the reader's current calendar day, so date-only values compare day to day.
function calendarDay(now: number, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }).formatToParts(new Date(now));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'));
}
