import { describe, expect, test } from 'vitest';
import { entityTokens } from '../../../src/core/entities/entity-tokens';

const texts = (s: string): string[] => entityTokens(s).map((t) => t.text);

describe('entityTokens', () => {
  test.each([
    ["Kabul's airport", ['Kabul', "'s", 'airport']],
    ['Kabul’s airport', ['Kabul', '’s', 'airport']],
    ['a NATO-led mission', ['a', 'NATO', '-', 'led', 'mission']],
    ['pro-Taliban fighters', ['pro', '-', 'Taliban', 'fighters']],
    ['Agence France-Presse said', ['Agence', 'France-Presse', 'said']],
    ['Al-Qaeda', ['Al-Qaeda']],
    ['a two-decade-long war', ['a', 'two-decade-long', 'war']],
    ["they don't", ['they', 'do', "n't"]],
    ['the U.S. embassy', ['the', 'U.S.', 'embassy']],
    ['ZAKERIA HASHIMI/AFP', ['ZAKERIA', 'HASHIMI', '/', 'AFP']],
    ['Mr. Bashir met Apple Inc. officials.', ['Mr.', 'Bashir', 'met', 'Apple', 'Inc.', 'officials', '.']],
    ['It ended. Then', ['It', 'ended', '.', 'Then']],
    ['Donald J. Trump and al-Bashir', ['Donald', 'J.', 'Trump', 'and', 'al-Bashir']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets point back into the text, with a base offset', () => {
    const text = 'Kabul’s NATO-led base';
    for (const t of entityTokens(text, 100)) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
  });
});
