import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { isAnnotations } from '../../../src/core/annotations';
import { jsonLines, ROOT, runCli } from './run-cli';

// The five JSON-lines and file commands are a contract other tools drive: shapes must stay stable.
const rich = fs.readFileSync(path.join(ROOT, 'tests/fixtures/bagram-rich.html'), 'utf8');
const seed = fs.readFileSync(path.join(ROOT, 'tests/fixtures/bagram-article.txt'), 'utf8');

describe('pressmark annotate --jsonl', () => {
  test('gives {"id", ...Annotations} per page and an {"id","error"} line for a bad one, in order', () => {
    const input = [JSON.stringify({ id: 'a', html: rich, url: 'https://example.com/a' }), '{not json', JSON.stringify({ id: 'c', html: 42 }), JSON.stringify({ id: 'd', html: '<p>hi</p>' })].join('\n');
    const r = runCli(['annotate', '--jsonl'], input);
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]!.id).toBe('a');
    expect(isAnnotations(out[0])).toBe(true);
    expect((out[0] as { article: { text: string } }).article.text).toContain('Bagram');
    expect(typeof out[1]!.error).toBe('string');
    expect(out[2]).toMatchObject({ id: 'c', error: expect.stringContaining('html') });
    expect(out[3]).toMatchObject({ id: 'd', error: expect.stringContaining('no article'), metadata: expect.any(Object) });
  });
});

describe('pressmark entities --jsonl', () => {
  test('gives one IOB2 tag per token, same order, for every line', () => {
    const lines = [['Fawad', 'Aman', 'said', 'on', 'Twitter', '.'], [], ['NATO']].map((tokens) => JSON.stringify({ tokens }));
    const r = runCli(['entities', '--jsonl'], lines.join('\n'));
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout) as { tags: string[] }[];
    expect(out.map((o) => o.tags.length)).toEqual([6, 0, 1]);
    for (const o of out) for (const t of o.tags) expect(t).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
  });
});

describe('pressmark entities --jsonl with documents', () => {
  test('keeps one output line per input line, in order, across doc groups and bad lines', () => {
    const lines = [
      JSON.stringify({ tokens: ['KABUL', '1996-08-30'], doc: 1 }),
      JSON.stringify({ tokens: ['Taleban', 'fighters', 'left', 'Kabul', '.'], doc: 1 }),
      '{"tokens": 5, "doc": 1}',
      'not json',
      JSON.stringify({ tokens: ['Fawad', 'Aman', 'spoke', '.'], doc: 2 }),
      JSON.stringify({ tokens: ['Reuters'] }),
    ];
    const r = runCli(['entities', '--jsonl'], lines.join('\n'));
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout) as { tags?: string[]; error?: string }[];
    expect(out).toHaveLength(6);
    expect(out.map((o) => (o.tags ? o.tags.length : 'error'))).toEqual([2, 5, 'error', 'error', 4, 1]);
    expect(out[1]!.tags![3]).toBe('B-LOC');
    expect(out[4]!.tags!.slice(0, 2)).toEqual(['B-PER', 'I-PER']);
  });
});

describe('pressmark quotes --jsonl', () => {
  test('gives quotes with offsets into the given text', () => {
    const r = runCli(['quotes', '--jsonl'], JSON.stringify({ id: 'seed', text: seed }));
    expect(r.status).toBe(0);
    const [out] = jsonLines(r.stdout) as { id: string; quotes: { start: number; end: number; speaker: { start: number; end: number; name: string } | null; cue: { start: number; end: number } | null }[] }[];
    expect(out!.id).toBe('seed');
    expect(out!.quotes.length).toBeGreaterThan(0);
    for (const q of out!.quotes) {
      expect(q.end).toBeGreaterThan(q.start);
      expect(q.end).toBeLessThanOrEqual(seed.length);
      if (q.speaker) expect(seed.slice(q.speaker.start, q.speaker.end).length).toBeGreaterThan(0);
      if (q.cue) expect(q.cue.end).toBeGreaterThan(q.cue.start);
    }
    expect(out!.quotes.some((q) => seed.slice(q.start, q.end).includes('officially handed over'))).toBe(true);
  });
});

describe('pressmark summarize --jsonl', () => {
  test.each([1, 3, 5])('gives %i sentences taken from the article', (n) => {
    const r = runCli(['summarize', '--jsonl', '--sentences', String(n)], JSON.stringify({ id: 's', article: seed }));
    expect(r.status).toBe(0);
    const [out] = jsonLines(r.stdout) as { id: string; summary: string[] }[];
    expect(out!.summary).toHaveLength(n);
    for (const s of out!.summary) expect(seed).toContain(s);
  });
});

describe('pressmark annotate PAGE.html', () => {
  test('text format is a readable report with headline and sections', () => {
    const r = runCli(['annotate', 'tests/fixtures/bagram-rich.html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Last US And NATO Forces Leave Bagram Airbase In Afghanistan/);
    for (const section of ['## Summary', '## Quotes', '## Cited sources', '## Entities']) expect(r.stdout).toContain(section);
  });

  test('json format is the Annotations', () => {
    const r = runCli(['annotate', 'tests/fixtures/bagram-bare.html', '--format', 'json', '--url', 'https://example.com/x']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as unknown;
    expect(isAnnotations(a)).toBe(true);
    expect((a as { url: string }).url).toBe('https://example.com/x');
  });

  test('html format bakes the quote highlights into a copy without scripts', () => {
    const r = runCli(['annotate', 'tests/fixtures/bagram-rich.html', '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    const { document } = parseHTML(r.stdout) as unknown as { document: Document };
    const quoted = Array.from(document.querySelectorAll('mark.pm-quote')).map((m) => m.textContent).join('');
    expect(quoted).toContain('The Bagram military base was officially handed over to the Ministry of National Defense.');
    expect(Array.from(document.querySelectorAll('style')).some((st) => st.textContent?.includes('mark.pm-quote'))).toBe(true);
    expect(document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  test.each([
    [['annotate', 'no-such-file.html'], 1, /no such file/],
    [['annotate', 'tests/fixtures/no-article.html'], 3, /no article found/],
    [['annotate', 'tests/fixtures/bagram-rich.html', '--format', 'pdf'], 2, /--format/],
    [['frobnicate'], 2, /unknown command/],
    [['entities'], 2, /--jsonl/],
  ])('%j exits %i with a clear message', (args, status, message) => {
    const r = runCli(args);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
  });
});
