import { beforeEach, describe, expect, test, vi } from 'vitest';

// What tab-colors uses of the extension API: settings from storage, and CSS in and out of tabs.
const calls: string[] = [];
const api = {
  storage: { sync: { get: vi.fn(async () => ({})) } },
  scripting: {
    insertCSS: vi.fn(async (o: { css: string }) => void calls.push(`insert ${o.css.split('::')[0]}`)),
    removeCSS: vi.fn(async (o: { css: string }) => void calls.push(`remove ${o.css.split('::')[0]}`)),
  },
};
vi.mock('webextension-polyfill', () => ({ default: api }));
(globalThis as { __BROWSER__?: string }).__BROWSER__ = 'chrome';
const { applyReaderColors, forgetTabColors } = await import('../../../src/background/tab-colors');

describe('applyReaderColors', () => {
  beforeEach(() => {
    calls.length = 0;
    forgetTabColors(1);
  });

  test('the styles go on the scope; a new scope goes in before the old one comes out', async () => {
    await applyReaderColors(1, 0, '#story');
    await applyReaderColors(1, 0, 'main.article');
    expect(calls).toEqual(['insert #story', 'insert main.article', 'remove #story']);
  });

  test('the same scope and colours again insert nothing; no scope keeps the last one', async () => {
    await applyReaderColors(1, 0, '#story');
    await applyReaderColors(1, 0, '#story');
    await applyReaderColors(1, 0);
    expect(calls).toEqual(['insert #story']);
  });

  test('an unsafe scope falls back to rules on every element', async () => {
    await applyReaderColors(1, 0, 'div{} body');
    expect(calls).toEqual(['insert ']);
  });

  test('onSent is called once the sheet is on its way, before it is in', async () => {
    const order: string[] = [];
    const done = applyReaderColors(1, 0, '#story', () => order.push('sent'));
    await done;
    order.push('done');
    expect(order).toEqual(['sent', 'done']);
    expect(calls).toEqual(['insert #story']);
  });

  test('onSent is called even when nothing needs inserting', async () => {
    await applyReaderColors(1, 0, '#story');
    const sent = vi.fn();
    await applyReaderColors(1, 0, '#story', sent);
    expect(sent).toHaveBeenCalled();
  });
});
