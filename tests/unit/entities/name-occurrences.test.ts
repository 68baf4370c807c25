import { describe, expect, test } from 'vitest';
import { nameScanner, overlapTest } from '../../../src/core/entities/name-occurrences';

/** The regular expression the scanner stands in for. */
function byRegex(names: string[], text: string): { index: number; name: string }[] {
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(esc).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ index: m.index!, name: m[0] }));
}

describe('nameScanner', () => {
  test.each([
    [['Kabul'], 'In Kabul, Kabulis met. Kabul2 and Kabul.'],
    [['U.S.', 'US'], 'The U.S. and the US.Army and U.S.A and US'],
    [['Bagram Airfield', 'Bagram'], 'Bagram Airfield is near Bagram. Bagram Airfields'],
    [['Mojahid', 'Mujahid'], 'Mujahid said; xMujahid; Mujahid.x; Mujahid.'],
    [['AFP', 'Agence France-Presse'], 'AFP/Getty (Agence France-Presse) and AFPs'],
    [['Élysée', 'Zoë'], 'éÉlysée, Élysée! Zoë’s Zoëx 1Zoë'],
    [['Ab'], 'Ab𝐀Ab 𝐀Ab Ab𝟎 Ab. Ab.𝐀 Ab'],
    [['C++', 'C'], 'C++ and C and C+'],
    [['Taliban'], ''],
  ])('finds what the regular expression finds: %j in %j', (names, text) => {
    const expected = byRegex(names, text);
    expect(nameScanner(names)(text)).toEqual(expected);
  });

  test('tries names in the given order at each position', () => {
    expect(nameScanner(['New', 'New York'])('New York')).toEqual([{ index: 0, name: 'New' }]);
    expect(nameScanner(['New York', 'New'])('New York')).toEqual([{ index: 0, name: 'New York' }]);
  });
});

describe('overlapTest', () => {
  const spans = [
    { start: 10, end: 20 },
    { start: 0, end: 3 },
    { start: 12, end: 40 },
    { start: 50, end: 51 },
  ];
  const brute = (s: number, e: number): boolean => spans.some((m) => m.start < e && s < m.end);
  const overlaps = overlapTest(spans);
  test.each([
    [0, 1], [3, 10], [3, 11], [20, 30], [40, 50], [41, 49], [49, 50], [50, 51], [51, 60], [-5, 0], [39, 41],
  ])('[%i, %i) overlaps exactly when some span does', (s, e) => {
    expect(overlaps(s, e)).toBe(brute(s, e));
  });
  test('no spans: nothing overlaps', () => {
    expect(overlapTest([])(0, 100)).toBe(false);
  });
});
