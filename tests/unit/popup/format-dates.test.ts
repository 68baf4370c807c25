import { describe, expect, test } from 'vitest';
import { formatPageDate, isDifferentDate, relativeTime } from '../../../src/popup/format-dates';

// A fixed clock: 2024-03-10 12:00 UTC.
const NOW = Date.UTC(2024, 2, 10, 12, 0);

describe('formatPageDate', () => {
  test.each([
    // The page's time zone is honoured and the instant is shown in the reader's zone.
    ['2021-07-02T09:14:00-04:00', 'en-GB', 'Europe/London', '2 Jul 2021, 14:14'],
    ['2021-07-02T09:14:00-04:00', 'en-US', 'America/New_York', 'Jul 2, 2021, 9:14 AM'],
    ['2021-07-02T09:14:00-04:00', 'en-GB', 'Asia/Tokyo', '2 Jul 2021, 22:14'],
    ['2021-07-02T23:30:00Z', 'en-GB', 'Asia/Tokyo', '3 Jul 2021, 08:30'],
    // A date without a time is that calendar day everywhere, never the day before in the Americas.
    ['2021-07-02', 'en-US', 'America/Los_Angeles', 'Jul 2, 2021'],
    ['2021-07-02', 'en-GB', 'Pacific/Kiritimati', '2 Jul 2021'],
    ['2021-07-02', 'de-DE', 'Europe/Berlin', '02.07.2021'],
  ])('%s in %s, %s → %s', (iso, locale, timeZone, absolute) => {
    expect(formatPageDate(iso, { locale, timeZone, now: NOW })?.absolute).toBe(absolute);
  });

  test.each([
    ['2021-07-02T09:14:00-04:00', '3 years ago'],
    ['2024-03-10T09:00:00Z', '3 hours ago'],
    ['2024-03-10T11:59:30Z', 'this minute'],
    ['2024-02-20T12:00:00Z', '3 weeks ago'],
    ['2024-03-09', 'yesterday'],
    ['2024-03-10', 'today'],
    ['2024-03-04', '6 days ago'],
    ['2023-12-10', '3 months ago'],
  ])('%s is "%s" from the fixed clock', (iso, relative) => {
    expect(formatPageDate(iso, { locale: 'en', timeZone: 'UTC', now: NOW })?.relative).toBe(relative);
  });

  test('keeps the ISO value for the datetime attribute and spells out the zone in the full form', () => {
    const d = formatPageDate('2021-07-02T09:14:00-04:00', { locale: 'en-US', timeZone: 'America/New_York', now: NOW });
    expect(d?.iso).toBe('2021-07-02T09:14:00-04:00');
    expect(d?.full).toMatch(/Friday, July 2, 2021.*9:14:00\sAM EDT/);
  });

  test.each(['', 'yesterday', '2021-02-30', 'July 2nd'])('returns null for %j', (iso) => {
    expect(formatPageDate(iso, { now: NOW })).toBeNull();
  });
});

describe('isDifferentDate', () => {
  test.each([
    ['2021-07-02T09:14:00-04:00', '2021-07-02T11:02:00-04:00', true],
    ['2021-07-02T09:14:00-04:00', '2021-07-02T13:14:00Z', false], // the same instant, written in two zones
    ['2021-07-02T09:14:00-04:00', '2021-07-02T09:14:00-04:00', false],
    ['2021-07-02', null, false],
    [null, '2021-07-02', true],
  ] as const)('%s vs %s → %s', (published, modified, expected) => {
    expect(isDifferentDate(published, modified)).toBe(expected);
  });
});

describe('relativeTime', () => {
  test.each([
    [-2 * 86_400_000, 'en', '2 days ago'],
    [-86_400_000, 'en', 'yesterday'],
    [5 * 60_000, 'en', 'in 5 minutes'],
    [-2 * 365.25 * 86_400_000, 'fr', 'il y a 2 ans'],
  ])('%d ms in %s → %s', (diff, locale, expected) => {
    expect(relativeTime(diff, locale)).toBe(expected);
  });
});
