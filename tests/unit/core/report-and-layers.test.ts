import { describe, expect, test } from 'vitest';
import { ANNOTATIONS_VERSION, emptyMetadata, isAnnotations, type Annotations, type Entity, type Quote } from '../../../src/core/annotations';
import { highlightLayers } from '../../../src/core/highlight-layers';
import { annotationsToMarkdown, countWords, groupBySpeaker } from '../../../src/core/report/markdown';

const text = 'Aman said "we left" on Twitter. NATO agreed.';
const entity = (id: string, name: string, type: Entity['type'], start: number, end: number, salience = 1): Entity => ({
  id, name, type, aliases: [], confidence: 0.9, salience, mentions: [{ start, end, text: text.slice(start, end), confidence: 0.9 }],
});
const quote = (id: string, start: number, end: number, speaker: Quote['speaker']): Quote => ({
  id, start, end, text: text.slice(start, end), direct: true, partial: false, speaker, cue: null, channel: null, confidence: 0.8,
});
const annotations: Annotations = {
  version: ANNOTATIONS_VERSION,
  url: 'https://example.com/a',
  article: { title: 'T', text, blocks: [{ start: 0, end: text.length, kind: 'paragraph' }], language: 'en' },
  metadata: { ...emptyMetadata(), headline: 'Troops leave', publisher: 'Example News', authors: ['Jane Doe'] },
  entities: [entity('e1', 'Fawad Aman', 'person', 0, 4, 2), entity('e2', 'Twitter', 'organization', 23, 30), entity('e3', 'NATO', 'organization', 32, 36, 3)],
  quotes: [quote('q1', 11, 18, { name: 'Fawad Aman', entityId: 'e1', start: 0, end: 4, kind: 'named' }), quote('q2', 32, 44, null)],
  sources: [{ name: 'Twitter', kind: 'platform', citedAt: [{ start: 23, end: 30 }] }],
  credits: [],
  summary: { method: 'extractive', sentences: [{ start: 0, end: 31, text: text.slice(0, 31) }] },
  notices: [],
  timings: {},
};

describe('isAnnotations', () => {
  test.each([
    [annotations, true],
    [{ ...annotations, version: 99 }, false],
    [null, false],
    [{ version: ANNOTATIONS_VERSION, article: {} }, false],
  ])('%#', (value, expected) => expect(isAnnotations(value)).toBe(expected));
});

describe('highlightLayers', () => {
  test('puts each mention in its type layer and quotes with their speakers in the quote layers, sorted', () => {
    const layers = highlightLayers(annotations);
    expect(layers['pm-person']).toEqual([{ start: 0, end: 4, ref: 'e1' }]);
    expect(layers['pm-organization'].map((s) => s.ref)).toEqual(['e2', 'e3']);
    expect(layers['pm-quote'].map((s) => s.ref)).toEqual(['q1', 'q2']);
    expect(layers['pm-speaker']).toEqual([{ start: 0, end: 4, ref: 'q1' }]);
    expect(layers['pm-place']).toEqual([]);
  });
});

describe('annotationsToMarkdown', () => {
  const md = annotationsToMarkdown(annotations);
  test('leads with the headline and the publication facts', () => {
    expect(md.split('\n')[0]).toBe('# Troops leave');
    expect(md).toContain('- **Publisher:** Example News');
    expect(md).toContain('- **Authors:** Jane Doe');
  });
  test('groups quotes by speaker with unattributed last, and sorts entities by salience', () => {
    expect(md.indexOf('### Fawad Aman')).toBeLessThan(md.indexOf('### Unattributed'));
    const entities = md.slice(md.indexOf('## Entities'));
    expect(entities.indexOf('- NATO')).toBeLessThan(entities.indexOf('- Twitter'));
    expect(md).toContain('- Twitter (platform, cited 1×)');
  });
});

describe('groupBySpeaker and countWords', () => {
  test('groups in order of first quote', () => {
    expect([...groupBySpeaker(annotations.quotes).keys()]).toEqual(['Fawad Aman', 'Unattributed']);
  });
  test.each([
    ['', 0],
    ['one two', 2],
    ["Kabul's airport, 100,000 troops", 5],
  ])('countWords(%j) = %i', (t, n) => expect(countWords(t)).toBe(n));
});
