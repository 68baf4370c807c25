import { beforeEach, describe, expect, test, vi } from 'vitest';

// The keyboard commands over a fake extension API: which messages reach the tab, and what the
// toolbar button shows. The browser's own shortcut handling is not scriptable in tests.
const calls: Array<[string, unknown]> = [];
let contentPresent = false;
let injectFails = false;

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      sendMessage: vi.fn(async (_tabId: number, message: { kind: string }) => {
        calls.push(['sendMessage', message]);
        if (!contentPresent) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (message.kind === 'pm:annotate') return { state: 'annotated', annotations: { entities: [1, 2], quotes: [1] } };
        return { state: 'working' };
      }),
      get: vi.fn(async () => ({ url: 'https://news.example/a' })),
    },
    scripting: {
      insertCSS: vi.fn(async () => undefined),
      executeScript: vi.fn(async () => {
        calls.push(['inject', null]);
        if (injectFails) throw new Error('Cannot access contents of the page.');
        contentPresent = true;
      }),
    },
    action: {
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setBadgeText: vi.fn(async (d: { text: string }) => void calls.push(['badge', d.text])),
      setTitle: vi.fn(async (d: { title: string }) => void calls.push(['title', d.title])),
    },
  },
}));

const { runCommand, isCommandName } = await import('../../../src/background/commands');

const tab = (url: string) => ({ id: 7, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false }) as never;
const kinds = (): string[] => calls.filter(([k]) => k === 'sendMessage').map(([, m]) => (m as { kind: string }).kind);

beforeEach(() => {
  calls.length = 0;
  contentPresent = false;
  injectFails = false;
});

describe('runCommand', () => {
  test('on a restricted page: no injection, a dash on the button and the reason as its title', async () => {
    await runCommand('annotate-page', tab('chrome://settings'));
    expect(calls.find(([k]) => k === 'inject')).toBeUndefined();
    expect(calls).toContainEqual(['badge', '–']);
    expect(calls.find(([k]) => k === 'title')![1]).toMatch(/browser page/);
  });

  test('annotate-page injects and annotates, and shows the count of marks', async () => {
    await runCommand('annotate-page', tab('https://news.example/a'));
    expect(calls.some(([k]) => k === 'inject')).toBe(true);
    expect(kinds()).toContain('pm:annotate');
    expect(calls).toContainEqual(['badge', '3']);
  });

  test('annotate-page where the browser refuses injection: a message, not an error', async () => {
    injectFails = true;
    await expect(runCommand('annotate-page', tab('https://news.example/a'))).resolves.toBeUndefined();
    expect(calls).toContainEqual(['badge', '–']);
    expect(calls.find(([k]) => k === 'title')![1]).toMatch(/no access to this page/);
  });

  test('toggle-highlights never starts an annotation: with no content script nothing is sent but the check', async () => {
    await runCommand('toggle-highlights', tab('https://news.example/a'));
    expect(kinds()).toEqual(['pm:get-state']);
    contentPresent = true;
    calls.length = 0;
    await runCommand('toggle-highlights', tab('https://news.example/a'));
    expect(kinds()).toEqual(['pm:get-state', 'pm:toggle-all']);
  });

  test.each([
    ['next-mention', 1],
    ['previous-mention', -1],
  ] as const)('%s annotates a page not yet annotated, then steps (direction %i)', async (command, direction) => {
    await runCommand(command, tab('https://news.example/a'));
    expect(calls.some(([k]) => k === 'inject')).toBe(true);
    const step = calls.find(([k, m]) => k === 'sendMessage' && (m as { kind: string }).kind === 'pm:step-mention');
    expect(step?.[1]).toEqual({ kind: 'pm:step-mention', direction });
  });
});

test.each([
  ['annotate-page', true],
  ['next-mention', true],
  ['_execute_action', false],
  ['delete-everything', false],
])('isCommandName(%s) = %s', (name, expected) => {
  expect(isCommandName(name)).toBe(expected);
});
