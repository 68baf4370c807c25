import { describe, expect, test } from 'vitest';
import { readableFrames } from '../../../src/page/framed-documents';
import { parsePage } from './parse-page';

// linkedom loads no frames: each frame's document is set by hand, as a browser would show it.
function pageWithFrames(frames: { id: string; doc: Document | 'cross-origin' | null }[]): Document {
  const doc = parsePage(`<html><body><main>${frames.map((f) => `<iframe id="${f.id}" src="/${f.id}.html"></iframe>`).join('')}</main></body></html>`);
  for (const f of frames) {
    const el = doc.getElementById(f.id)!;
    Object.defineProperty(el, 'contentDocument', {
      get: () => {
        if (f.doc === 'cross-origin') throw new Error('SecurityError: blocked a frame with another origin');
        return f.doc;
      },
    });
  }
  return doc;
}
const inner = (): Document => parsePage('<html><body><p>A story.</p></body></html>');

describe('readableFrames', () => {
  test.each([
    ['a same-origin frame', [{ id: 'a', doc: inner() }], ['a']],
    ['a cross-origin frame (its document throws)', [{ id: 'a', doc: 'cross-origin' as const }], []],
    ['a frame not loaded (no document)', [{ id: 'a', doc: null }], []],
    ['one of each', [{ id: 'x', doc: 'cross-origin' as const }, { id: 'a', doc: inner() }, { id: 'n', doc: null }], ['a']],
  ])('%s', (_name, frames, ids) => {
    expect(readableFrames(pageWithFrames(frames)).map((f) => f.frame.id)).toEqual(ids);
  });

  test('largest first, and frames of no area left out', () => {
    const doc = pageWithFrames([{ id: 'small', doc: inner() }, { id: 'big', doc: inner() }, { id: 'none', doc: inner() }]);
    const areas: Record<string, number> = { small: 100, big: 10_000, none: 0 };
    expect(readableFrames(doc, (el) => areas[el.id]!).map((f) => f.frame.id)).toEqual(['big', 'small']);
  });

  test('the url is the frame document\'s, else its src', () => {
    const located = inner();
    Object.defineProperty(located, 'location', { value: { href: 'https://example.com/story.html' } });
    const urls = readableFrames(pageWithFrames([{ id: 'a', doc: inner() }, { id: 'b', doc: located }])).map((f) => f.url);
    expect(urls).toEqual(['/a.html', 'https://example.com/story.html']);
  });
});
