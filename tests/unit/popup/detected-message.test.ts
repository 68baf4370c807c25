import { expect, test } from 'vitest';
import { isToContent, isToPopup } from '../../../src/messages';
import { sampleAnnotations } from './sample-annotations';

const metadata = sampleAnnotations().metadata;

test.each([
  ['a detection report', { kind: 'pm:detected', metadata, words: 12, url: 'https://news.example/a' }, true],
  ['no metadata', { kind: 'pm:detected', metadata: null, words: 12, url: 'https://news.example/a' }, false],
  ['words as text', { kind: 'pm:detected', metadata, words: '12', url: 'https://news.example/a' }, false],
  ['no url', { kind: 'pm:detected', metadata, words: 12 }, false],
  ['another kind', { kind: 'pm:annotated', entities: 1, quotes: 2 }, false],
  ['not an object', 'pm:detected', false],
  ['null', null, false],
])('isToPopup: %s → %s', (_, value, expected) => {
  expect(isToPopup(value)).toBe(expected);
});

test('a detection report is not a message for the content script', () => {
  expect(isToContent({ kind: 'pm:detected', metadata, words: 12, url: 'https://news.example/a' })).toBe(false);
});
