import { describe, expect, test } from 'vitest';
import { isContextInvalidated, Lifecycle, makeAliveCheck } from '../../../src/content/lifecycle';

describe('Lifecycle', () => {
  test('while the extension lives nothing is torn down', () => {
    const life = new Lifecycle(() => true);
    const calls: string[] = [];
    life.onTeardown(() => calls.push('x'));
    expect(life.check()).toBe(true);
    expect(calls).toEqual([]);
    expect(life.signal.aborted).toBe(false);
  });

  test('once orphaned: teardown steps run once, newest first, then every listener is aborted', () => {
    let alive = true;
    const life = new Lifecycle(() => alive);
    const calls: string[] = [];
    let abortedDuringSteps: boolean | null = null;
    life.onTeardown(() => calls.push('highlights'));
    life.onTeardown(() => {
      abortedDuringSteps = life.signal.aborted;
      calls.push('listener');
    });
    life.onTeardown(() => {
      throw new Error('one failing step does not stop the others');
    });
    alive = false;
    expect(life.check()).toBe(false);
    expect(life.check()).toBe(false);
    expect(calls).toEqual(['listener', 'highlights']);
    expect(abortedDuringSteps).toBe(false);
    expect(life.signal.aborted).toBe(true);
  });

  test('an explicit teardown (context invalidated on a send) does the same', () => {
    const life = new Lifecycle(() => true);
    let n = 0;
    life.onTeardown(() => n++);
    life.teardown();
    life.teardown();
    expect(n).toBe(1);
    expect(life.check()).toBe(false);
  });
});

describe('makeAliveCheck', () => {
  test('reads the runtime captured at start: a later global runtime does not revive an orphan', () => {
    const g = globalThis as { chrome?: { runtime?: { id?: string } } };
    const saved = g.chrome;
    try {
      const runtime: { id?: string } = { id: 'abc' };
      g.chrome = { runtime };
      const alive = makeAliveCheck();
      expect(alive()).toBe(true);
      delete runtime.id; // what Chrome does to an orphaned script's runtime
      g.chrome = { runtime: { id: 'abc' } }; // a new copy of the extension in the same scope
      expect(alive()).toBe(false);
    } finally {
      g.chrome = saved;
    }
  });
});

describe('isContextInvalidated', () => {
  test.each([
    ['Extension context invalidated.', true],
    ["can't access dead object", true],
    ['Could not establish connection. Receiving end does not exist.', false],
    ['The message port closed before a response was received.', false],
  ])('%s → %s', (message, expected) => {
    expect(isContextInvalidated(new Error(message))).toBe(expected);
  });
});
