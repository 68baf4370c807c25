import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { annotateHtml } from '../../../src/cli/page-pipeline';
import { registerModelsFrom } from '../../../src/cli/node-models';
import { emptyMetadata, type Annotations } from '../../../src/core/annotations';
import { annotate } from '../../../src/core/annotate';
import { articleTextFromBlocks } from '../../../src/core/text/article-text';
import { checkAnnotations, checkCliRecord } from './check-annotations';
import { generatePage, STRUCTURE_KINDS } from './page-generator';

// The fuzz test with a fixed budget: a fixed seed, a few dozen generated and mutated pages through
// the core and through the built command, and random text blocks straight into annotate. The long
// run is `npm run fuzz` (scripts/fuzz.mjs), which also holds every page to the time bound.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEED = 20240702;
const FIXTURES = fs
  .readdirSync(path.join(ROOT, 'tests/fixtures'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => fs.readFileSync(path.join(ROOT, 'tests/fixtures', f), 'utf8'));
const CORE_PAGES = Array.from({ length: 48 }, (_, i) => i);
const CLI_PAGES = Array.from({ length: 16 }, (_, i) => 1000 + i);

registerModelsFrom(path.join(ROOT, 'models'));

describe('the page generator', () => {
  test('page i of a seed is always the same page, and pages differ', () => {
    expect(generatePage(SEED, 7, FIXTURES)).toEqual(generatePage(SEED, 7, FIXTURES));
    expect(generatePage(SEED, 7, FIXTURES).html).not.toBe(generatePage(SEED, 8, FIXTURES).html);
    expect(generatePage(SEED, 7, FIXTURES).html).not.toBe(generatePage(SEED + 1, 7, FIXTURES).html);
  });

  test('a few hundred pages cover every structure kind and mutate the fixtures', () => {
    const kinds = new Set(Array.from({ length: 400 }, (_, i) => generatePage(SEED, i, FIXTURES).kind.split(':')[0]));
    for (const k of STRUCTURE_KINDS) expect(kinds).toContain(k);
    expect(kinds).toContain('mutated');
  });
});

describe('the contract checker finds breaches', () => {
  const text = 'Ann said “hi 😀” to Bob.';
  const base = (): Annotations => annotate(articleTextFromBlocks([{ text, kind: 'paragraph' }]), { metadata: emptyMetadata() });
  const mention = (start: number, end: number, t: string) => ({ id: 'e1', name: 'X', type: 'person' as const, aliases: [], confidence: 0.9, salience: 1, mentions: [{ start, end, text: t, confidence: 0.9 }] });
  test.each([
    ['a span past the text', (a: Annotations) => void (a.entities = [mention(20, 40, 'x')]), /outside text/],
    ['a span that splits an emoji', (a: Annotations) => void (a.entities = [mention(13, 14, text.slice(13, 14))]), /surrogate pair/],
    ['a mention whose text is not its span', (a: Annotations) => void (a.entities = [mention(0, 3, 'Bob')]), /not its span/],
    ['a confidence above 1', (a: Annotations) => void (a.entities = [{ ...mention(0, 3, 'Ann'), confidence: 7 }]), /not in 0\.\.1/],
    ['a speaker linked to a missing entity', (a: Annotations) => void (a.quotes = [{ id: 'q1', start: 9, end: 17, text: text.slice(9, 17), direct: true, partial: false, speaker: { name: 'Ann', kind: 'named', entityId: 'e9' }, cue: null, channel: null, confidence: 0.5 }]), /missing entity/],
    ['a non-finite timing', (a: Annotations) => void (a.timings.total = Number.NaN), /timing total/],
  ])('%s', (_, breakIt, message) => {
    const a = base();
    expect(checkAnnotations(a)).toEqual([]);
    breakIt(a);
    expect(checkAnnotations(a).join('\n')).toMatch(message);
  });

  test('the command\'s "no article found" is an answer, any other error a failure', () => {
    expect(checkCliRecord({ id: 1, error: 'no article found: nothing here' })).toEqual([]);
    expect(checkCliRecord({ id: 1, error: 'Maximum call stack size exceeded' })).toEqual(['error: Maximum call stack size exceeded']);
  });
});

describe('generated and mutated pages through the core (linkedom + detectArticle + annotate)', () => {
  test.each(CORE_PAGES)('page %i', (i) => {
    const page = generatePage(SEED, i, FIXTURES);
    const result = annotateHtml(page.html, `https://fuzz.example/${i}`, 3);
    if (result.ok) expect(checkAnnotations(result.annotations), page.kind).toEqual([]);
    else expect(result.reason, page.kind).toMatch(/\S/);
  });

  test.each([
    ['5,000 nested divs', `<html><body>${'<div>'.repeat(5000)}${'<p>The minister said on Tuesday that the government would not change its plans for the new airport.</p>'.repeat(8)}</body></html>`],
    ['20,000 unclosed inline elements', `<html><body><article>${'<span><b>word '.repeat(20_000)}</article></body></html>`],
  ])('a page of %s is read without running out of stack', (_, html) => {
    const result = annotateHtml(html, null, 3);
    expect(result.ok).toBe(true);
    if (result.ok) expect(checkAnnotations(result.annotations)).toEqual([]);
  });
});

describe('generated and mutated pages through `pressmark annotate --jsonl`', () => {
  test('every page gets its own well-formed answer', () => {
    const pages = CLI_PAGES.map((i) => ({ i, page: generatePage(SEED, i, FIXTURES) }));
    const input = pages.map(({ i, page }) => JSON.stringify({ id: i, html: page.html, url: `https://fuzz.example/${i}` })).join('\n') + '\n';
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/pressmark.mjs'), 'annotate', '--jsonl'], { input, encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
    expect(r.status, r.stderr).toBe(0);
    const records = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((x) => x.id)).toEqual(CLI_PAGES);
    for (const [k, record] of records.entries()) expect(checkCliRecord(record), pages[k]!.page.kind).toEqual([]);
  });
});

describe('random text straight into annotate (fast-check)', () => {
  // Text made of the characters that break text code: quotes, bidi controls, surrogates (paired and
  // lone), combining marks, line breaks, CJK and capitalised words that look like names.
  const piece = fc.oneof(
    fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '「', '」', ' ', ' ', '\n', '\u202e', '\u200f', '\u200d', '\u0301', '😀', '👩‍👩‍👧', '\ud800', '\udc00', '.', '!', '?', '…', ',', ':', '—', '(', ')', '部长', 'שלום'),
    fc.constantFrom('said', 'told', 'according to', 'The', 'Minister', 'Maria Lopez', 'NATO', 'U.S.', 'Reuters', 'and', 'the', 'of'),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const block = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));
  const kind = fc.constantFrom('paragraph', 'heading', 'blockquote', 'caption', 'preformatted', 'list-item', 'headline') as fc.Arbitrary<'paragraph'>;

  test('never throws and keeps the Annotations contract', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: block, kind }), { maxLength: 12 }), (blocks) => {
        const a = annotate(articleTextFromBlocks(blocks), { metadata: emptyMetadata() });
        expect(checkAnnotations(a)).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
