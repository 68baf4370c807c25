import { describe, expect, test } from 'vitest';
import type { TextBlock } from '../../../src/core/annotations';
import { spanContext, spanPlace } from '../../../src/popup/span-place';

// headline | caption | p1 | heading | p2 | list-item
const blocks: TextBlock[] = [
  { kind: 'headline', start: 0, end: 10 },
  { kind: 'caption', start: 12, end: 30 },
  { kind: 'paragraph', start: 32, end: 60 },
  { kind: 'heading', start: 62, end: 70 },
  { kind: 'paragraph', start: 72, end: 100 },
  { kind: 'list-item', start: 102, end: 120 },
];

describe('spanPlace', () => {
  test.each([
    [0, 'headline', 'headline'],
    [15, 'caption', 'caption'],
    [32, '¶ 1', 'paragraph 1'],
    [59, '¶ 1', 'paragraph 1'],
    [64, 'heading', 'heading'],
    [80, '¶ 2', 'paragraph 2'],
    [110, '¶ 3', 'paragraph 3'],
    [61, 'text', 'in the text'], // in the gap between blocks
  ])('offset %d → %s', (start, label, description) => {
    expect(spanPlace(blocks, { start, end: start + 1 })).toEqual({ label, description });
  });
});

describe('spanContext', () => {
  const text = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.';
  test('cuts on word boundaries and marks the cuts', () => {
    const start = text.indexOf('seven');
    expect(spanContext(text, { start, end: start + 5 }, 30)).toBe('…five six seven eight nine…');
  });
  test('keeps a short text whole', () => {
    expect(spanContext('A short one.', { start: 2, end: 7 }, 120)).toBe('A short one.');
  });
});
