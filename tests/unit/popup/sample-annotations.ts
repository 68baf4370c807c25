import { ANNOTATIONS_VERSION, emptyMetadata, type Annotations, type Entity, type Quote, type Span } from '../../../src/core/annotations';
import { articleTextFromBlocks } from '../../../src/core/text/article-text';

// A small article written for these tests, with every offset computed from the text itself.
const article = articleTextFromBlocks([
  { kind: 'headline', text: 'Harbour bridge reopens after repairs' },
  { kind: 'caption', text: 'The bridge at dawn. JANE ROE/AFP via Getty Images' },
  { kind: 'paragraph', text: 'The harbour bridge in Porto reopened on Monday, the city council said.' },
  { kind: 'paragraph', text: '"We are proud of the crews," mayor Ana Brito told Reuters. Traffic resumed at noon.' },
  { kind: 'paragraph', text: 'A council engineer described the work as "a careful job." Ana Brito thanked residents.' },
  { kind: 'paragraph', text: '"It will last fifty years," said Brito.' },
]);
const text = article.text;

/** The span of the n-th occurrence (0-based) of `needle` in the sample text. */
export function spanOf(needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} is not in the sample text`);
  }
  return { start: at, end: at + needle.length };
}

const mention = (needle: string, nth = 0) => ({ ...spanOf(needle, nth), text: needle, confidence: 0.9 });

/** The sample's entities: two people (one with an alias), two organizations, one place. */
export const sampleEntities = (): Entity[] => [
  { id: 'e1', name: 'Ana Brito', type: 'person', aliases: ['Brito'], mentions: [mention('Ana Brito'), mention('Ana Brito', 1), mention('Brito', 2)], confidence: 0.9, salience: 0.9 },
  { id: 'e2', name: 'Jane Roe', type: 'person', aliases: [], mentions: [mention('JANE ROE')], confidence: 0.8, salience: 0.2 },
  { id: 'e3', name: 'Reuters', type: 'organization', aliases: [], mentions: [mention('Reuters')], confidence: 0.9, salience: 0.5 },
  { id: 'e4', name: 'city council', type: 'organization', aliases: [], mentions: [mention('city council')], confidence: 0.7, salience: 0.6 },
  { id: 'e5', name: 'Porto', type: 'place', aliases: [], mentions: [mention('Porto')], confidence: 0.95, salience: 0.7 },
];

/** The sample's quotes: two by Ana Brito (spelled two ways), one by an unnamed council engineer. */
export const sampleQuotes = (): Quote[] => [
  {
    id: 'q1',
    ...spanOf('We are proud of the crews,'),
    text: 'We are proud of the crews,',
    direct: true,
    partial: false,
    speaker: { name: 'Ana Brito', entityId: 'e1', description: 'mayor', kind: 'named', ...spanOf('Ana Brito') },
    cue: { ...spanOf('told'), verb: 'told' },
    channel: { ...spanOf('Reuters'), name: 'Reuters', entityId: 'e3' },
    confidence: 0.9,
  },
  {
    id: 'q2',
    ...spanOf('a careful job.'),
    text: 'a careful job.',
    direct: true,
    partial: true,
    speaker: { name: 'A council engineer', kind: 'unnamed', affiliationEntityId: 'e4' },
    cue: { ...spanOf('described'), verb: 'described' },
    channel: null,
    confidence: 0.7,
  },
  {
    id: 'q3',
    ...spanOf('It will last fifty years,'),
    text: 'It will last fifty years,',
    direct: true,
    partial: false,
    speaker: { name: 'Brito', entityId: 'e1', kind: 'named', ...spanOf('Brito', 2) },
    cue: { ...spanOf('said'), verb: 'said' },
    channel: null,
    confidence: 0.8,
  },
];

/** A complete Annotations value over the sample article; `change` overrides any top-level part. */
export function sampleAnnotations(change: Partial<Annotations> = {}): Annotations {
  return {
    version: ANNOTATIONS_VERSION,
    url: 'https://news.example/bridge?utm_source=x',
    article: { title: 'Harbour bridge reopens after repairs', text, blocks: article.blocks, language: 'en' },
    metadata: {
      ...emptyMetadata(),
      headline: 'Harbour bridge reopens after repairs',
      authors: ['Maria Silva', 'João Costa'],
      publisher: 'Example News',
      published: '2024-03-04T08:00:00Z',
      modified: '2024-03-04T10:30:00Z',
      canonicalUrl: 'https://news.example/bridge',
    },
    entities: sampleEntities(),
    quotes: sampleQuotes(),
    sources: [
      { name: 'Reuters', kind: 'agency', entityId: 'e3', citedAt: [spanOf('Reuters')] },
      { name: 'city council', kind: 'organization', entityId: 'e4', citedAt: [spanOf('city council'), spanOf('council engineer')] },
    ],
    credits: [{ kind: 'image', ...spanOf('JANE ROE/AFP via Getty Images'), text: 'JANE ROE/AFP via Getty Images', photographer: 'Jane Roe', agency: 'AFP', distributor: 'Getty Images' }],
    summary: {
      method: 'extractive',
      sentences: [
        { ...spanOf('The harbour bridge in Porto reopened on Monday, the city council said.'), text: 'The harbour bridge in Porto reopened on Monday, the city council said.' },
        { ...spanOf('Traffic resumed at noon.'), text: 'Traffic resumed at noon.' },
      ],
    },
    notices: [],
    timings: {},
    ...change,
  };
}
