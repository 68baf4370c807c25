/**
 * Publication dates as ISO 8601: machine dates from metadata keep their time and zone as given
 * (never invented); dates written for readers ("Published July 2, 2021") become calendar dates.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, januar: 1, enero: 1, janeiro: 1, gennaio: 1,
  feb: 2, february: 2, février: 2, fevrier: 2, februar: 2, febrero: 2, fevereiro: 2, febbraio: 2,
  mar: 3, march: 3, mars: 3, märz: 3, marz: 3, marzo: 3, março: 3, marco: 3,
  apr: 4, april: 4, avril: 4, abril: 4, aprile: 4,
  may: 5, mai: 5, mayo: 5, maio: 5, maggio: 5,
  jun: 6, june: 6, juin: 6, juni: 6, junio: 6, junho: 6, giugno: 6,
  jul: 7, july: 7, juillet: 7, juli: 7, julio: 7, julho: 7, luglio: 7,
  aug: 8, august: 8, août: 8, aout: 8, agosto: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, setembro: 9, settembre: 9,
  oct: 10, october: 10, octobre: 10, oktober: 10, octubre: 10, outubro: 10, ottobre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11, novembro: 11,
  dec: 12, december: 12, décembre: 12, decembre: 12, dezember: 12, diciembre: 12, dezembro: 12, dicembre: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Normalises a machine-readable date (meta tags, JSON-LD, <time datetime>) to ISO 8601, keeping
 * the time and zone only where given; null when it is not a date.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    // Unix time stamps (seconds or milliseconds) are instants in UTC.
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().replace('.000Z', 'Z');
  }
  // 2021-07-02, 2021-07-02T09:14, 2017-11-03 03:01:00.000000, 2021-11-01T10:52:50+0100, 20190428
  const iso =
    /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    if (!isValidDate(Number(y), Number(mo), Number(d))) return null;
    let out = `${y}-${mo}-${d}`;
    if (h !== undefined && mi !== undefined) {
      out += `T${pad(Number(h))}:${mi}`;
      if (sec !== undefined) out += `:${sec}${frac ?? ''}`;
      if (zone) out += formatZone(zone);
    }
    return out;
  }
  // RFC 2822 and other forms JavaScript reads with an explicit zone ("Wed, 20 Nov 2019 10:00:00 GMT").
  if (/\d{1,2}:\d{2}/.test(s) && /(?:GMT|UTC|Z|[+-]\d{4})\b/.test(s)) {
    const date = new Date(s);
    if (!Number.isNaN(date.getTime())) return date.toISOString().replace('.000Z', 'Z');
  }
  return findDateInText(s);
}

function formatZone(zone: string): string {
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return '';
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

const MONTH_NAME = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
// "July 2, 2021", "Jul. 2 2021", "2 July 2021", "2. Juli 2021", "2 de julho de 2021"
const MONTH_FIRST = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?(${MONTH_NAME})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'i');
const NUMERIC = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;

/** The first calendar date written in a line of text, as YYYY-MM-DD; null when there is none. */
export function findDateInText(text: string): string | null {
  let m = MONTH_FIRST.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    const y = Number(m[3]);
    const d = Number(m[2]);
    if (month && isValidDate(y, month, d)) return `${y}-${pad(month)}-${pad(d)}`;
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    const y = Number(m[3]);
    const d = Number(m[1]);
    if (month && isValidDate(y, month, d)) return `${y}-${pad(month)}-${pad(d)}`;
  }
  m = NUMERIC.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}
