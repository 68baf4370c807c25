import { expect, test } from 'vitest';
import type { HighlightCategory } from '../../../src/core/highlight-layers';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-schema';
import { initialVisibility } from '../../../src/popup/visibility-state';

const settings = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, misc: false } };

test.each<[string, HighlightCategory[] | undefined, Record<HighlightCategory, boolean>]>([
  ['the settings when the page does not say', undefined, { person: true, organization: true, place: true, misc: false, quote: true }],
  ['what the page reports over the settings', ['person', 'quote'], { person: false, organization: true, place: true, misc: true, quote: false }],
  ['all shown when the page hides none', [], { person: true, organization: true, place: true, misc: true, quote: true }],
])('switches start from %s', (_, hidden, expected) => {
  expect(initialVisibility(settings, hidden)).toEqual(expected);
});
