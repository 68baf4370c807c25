import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The page cannot reach in and the extension makes no request of its own: no code from strings, no
// page text turned into markup, no network API, no remote scripts, styles or fonts, no listener
// for window messages. Every source file under src/ is scanned (comments removed, so a comment may
// name what it avoids); each exception is listed below with the reason it is safe.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');

interface Rule {
  id: string;
  pattern: RegExp;
  why: string;
  /** File kinds the rule reads; code files when not given. */
  files?: RegExp;
}

const CODE = /\.(?:ts|tsx|mts|js|mjs)$/;
// The start of a module name in an import or require ("from 'node:", "require('", "import('").
const MODULE = String.raw`(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|^\s*import\s*)['"](?:node:)?`;
const RULES: Rule[] = [
  { id: 'eval', pattern: /(?<![\w$.])eval\s*\(/, why: 'runs a string as code' },
  { id: 'new-function', pattern: /\bnew\s+Function\s*\(/, why: 'runs a string as code' },
  { id: 'string-timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/, why: 'runs a string as code' },
  { id: 'html-assignment', pattern: /\.(?:inner|outer)HTML\s*\+?=(?!=)/, why: 'turns text into markup' },
  { id: 'dangerously-set-inner-html', pattern: /dangerouslySetInnerHTML/, why: 'turns text into markup' },
  { id: 'insert-adjacent-html', pattern: /\binsertAdjacentHTML\s*\(/, why: 'turns text into markup' },
  { id: 'document-write', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/, why: 'turns text into markup' },
  { id: 'contextual-fragment', pattern: /\bcreateContextualFragment\s*\(/, why: 'turns text into markup' },
  { id: 'fetch', pattern: /\bfetch\s*\(/, why: 'a network request' },
  { id: 'xhr', pattern: /\bXMLHttpRequest\b/, why: 'a network request' },
  { id: 'websocket', pattern: /\bWebSocket\b/, why: 'a network connection' },
  { id: 'send-beacon', pattern: /\bsendBeacon\b/, why: 'a network request' },
  { id: 'event-source', pattern: /\bEventSource\b/, why: 'a network connection' },
  { id: 'webrtc', pattern: /\bRTCPeerConnection\b|\bWebTransport\b/, why: 'a network connection' },
  { id: 'import-scripts', pattern: /\bimportScripts\s*\(/, why: 'loads code by address' },
  { id: 'script-element', pattern: /createElement\s*\(\s*['"`]script['"`]/, why: 'loads code by address' },
  { id: 'dynamic-import-url', pattern: /\bimport\s*\(\s*['"`]https?:/, why: 'remote code' },
  { id: 'window-message', pattern: /addEventListener\s*\(\s*['"`]message['"`]|\bonmessage\s*=/, why: 'listens to messages any page can send' },
  { id: 'external-messages', pattern: /\bonMessageExternal\b|\bonConnectExternal\b/, why: 'accepts messages from other extensions or web pages' },
  { id: 'node-network', pattern: new RegExp(`${MODULE}(?:http|https|http2|net|tls|dgram)['"]`, 'm'), why: 'a network module' },
  { id: 'node-process', pattern: new RegExp(`${MODULE}child_process['"]`, 'm'), why: 'runs programs' },
  { id: 'node-fs', pattern: new RegExp(`${MODULE}fs(?:/promises)?['"]`, 'm'), why: 'reads or writes files' },
  { id: 'remote-url-in-markup', pattern: /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*['"]?(?:https?:)?\/\//i, why: 'loads a remote resource', files: /\.html$/ },
  { id: 'inline-script', pattern: /<script(?![^>]*\bsrc=)[^>]*>\s*\S/i, why: 'inline code (and the CSP forbids it)', files: /\.html$/ },
  { id: 'remote-css', pattern: /url\(\s*['"]?(?:https?:)?\/\/|@import\b/i, why: 'loads a remote style or font', files: /\.css$/ },
];

/** Exceptions: file (relative to the repo), rule, and why this use is safe. */
const ALLOWED: { file: string; rule: string; why: string }[] = [
  { file: 'src/cli/main.ts', rule: 'node-fs', why: 'the command-line tool reads the page file it is given' },
  { file: 'src/cli/node-models.ts', rule: 'node-fs', why: 'the command-line tool reads the packaged model files' },
  {
    file: 'src/background/core-runner.ts',
    rule: 'import-scripts',
    why: "Chrome's service worker loads the packaged models.js (a constant file name inside the extension; the CSP allows 'self' only)",
  },
  {
    file: 'src/background/core-runner.ts',
    rule: 'script-element',
    why: "Firefox's background page adds a script element for the packaged models.js (a constant file name; the CSP allows 'self' only)",
  },
  {
    file: 'src/page/detect-article.ts',
    rule: 'window-message',
    why: 'port1.onmessage of a MessageChannel created on the spot to yield between detection slices: a private port no page can reach, and the message carries nothing',
  },
];

/** The code with comments removed (string and template contents kept), line breaks preserved. */
export function stripComments(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end < 0 ? code.length : end + 2;
      out += code.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function htmlWithoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** Every breach of the rules in one file's text: rule id and line number. */
export function scan(file: string, text: string): { rule: string; line: number }[] {
  const isCode = CODE.test(file);
  const body = isCode ? stripComments(text) : file.endsWith('.html') ? htmlWithoutComments(text) : text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '));
  const hits: { rule: string; line: number }[] = [];
  for (const rule of RULES) {
    if (rule.files ? !rule.files.test(file) : !isCode) continue;
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g');
    for (let m = re.exec(body); m; m = re.exec(body)) hits.push({ rule: rule.id, line: body.slice(0, m.index).split('\n').length });
  }
  return hits;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(?:ts|tsx|mts|js|mjs|html|css)$/.test(e.name) ? [p] : [];
  });
}

describe('the scanner', () => {
  test.each([
    ['a.ts', 'eval("1")', 'eval'],
    ['a.ts', 'const f = new Function("return 1")', 'new-function'],
    ['a.ts', 'setTimeout("go()", 1)', 'string-timer'],
    ['a.ts', 'el.innerHTML = page.title', 'html-assignment'],
    ['a.ts', 'el.outerHTML += x', 'html-assignment'],
    ['a.tsx', '<div dangerouslySetInnerHTML={{ __html: t }} />', 'dangerously-set-inner-html'],
    ['a.ts', 'el.insertAdjacentHTML("beforeend", t)', 'insert-adjacent-html'],
    ['a.ts', 'document.write(t)', 'document-write'],
    ['a.ts', 'await fetch(url)', 'fetch'],
    ['a.ts', 'globalThis.fetch (url)', 'fetch'],
    ['a.ts', 'new XMLHttpRequest()', 'xhr'],
    ['a.ts', 'new WebSocket("wss://x")', 'websocket'],
    ['a.ts', 'navigator.sendBeacon(u, d)', 'send-beacon'],
    ['a.ts', 'importScripts("https://cdn.example/x.js")', 'import-scripts'],
    ['a.ts', "document.createElement('script')", 'script-element'],
    ['a.ts', "window.addEventListener('message', f)", 'window-message'],
    ['a.ts', 'chrome.runtime.onMessageExternal.addListener(f)', 'external-messages'],
    ['a.ts', "import http from 'node:http'", 'node-network'],
    ['a.ts', "import fs from 'fs'", 'node-fs'],
    ['a.ts', "const cp = require('child_process')", 'node-process'],
    ['a.ts', "const x = 1;\nimport 'node:fs';", 'node-fs'],
    ['a.ts', "const h = await import('node:https')", 'node-network'],
    ['a.html', '<script src="https://cdn.example/x.js"></script>', 'remote-url-in-markup'],
    ['a.html', '<link rel="stylesheet" href="//fonts.example/css">', 'remote-url-in-markup'],
    ['a.html', '<script>alert(1)</script>', 'inline-script'],
    ['a.css', "@font-face { src: url('https://fonts.example/a.woff2') }", 'remote-css'],
  ])('flags %s: %s', (file, code, rule) => {
    expect(scan(file, code).map((h) => h.rule)).toContain(rule);
  });

  test.each([
    ['a.ts', '// never use eval( or innerHTML = here'],
    ['a.ts', '/* fetch( is not used */ const x = 1;'],
    ['a.ts', 'await page.evaluate("1")'],
    ['a.ts', 'if (el.innerHTML === "") return;'],
    ['a.ts', 'const html = doc.documentElement.outerHTML;'],
    ['a.ts', 'el.textContent = page.title'],
    ['a.ts', "if (scheme !== 'http' && scheme !== 'https') return null;"],
    ['a.html', '<!-- <script src="https://x"></script> --><script src="popup.js"></script>'],
    ['a.css', "::highlight(pm-person) { background: #3b82f6 } /* url(https://x) */"],
  ])('passes %s: %s', (file, code) => {
    expect(scan(file, code)).toEqual([]);
  });

  test('comment removal keeps strings that look like comments', () => {
    expect(stripComments('const u = "http://x"; // note')).toBe('const u = "http://x"; ');
  });
});

describe('src/ keeps the rules', () => {
  const files = sourceFiles(SRC);
  const found = files.flatMap((f) => {
    const rel = path.relative(ROOT, f);
    return scan(rel, fs.readFileSync(f, 'utf8')).map((h) => ({ file: rel, ...h }));
  });

  test('there are sources to scan', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test('no breach outside the allow-list', () => {
    const breaches = found
      .filter((h) => !ALLOWED.some((a) => a.file === h.file && a.rule === h.rule))
      .map((h) => `${h.file}:${h.line} ${h.rule} (${RULES.find((r) => r.id === h.rule)!.why})`);
    expect(breaches).toEqual([]);
  });

  test('every allow-list entry is still needed (the list stays honest)', () => {
    const stale = ALLOWED.filter((a) => !found.some((h) => h.file === a.file && h.rule === a.rule)).map((a) => `${a.file} ${a.rule}`);
    expect(stale).toEqual([]);
  });
});

describe('the manifest keeps the extension closed', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
  const directive = (name: string): string[] => (new RegExp(`(?:^|;)\\s*${name}\\s+([^;]*)`).exec(csp)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);

  test("extension pages run only the packaged scripts: script-src 'self', nothing unsafe, no remote host", () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-|https?:|\*/);
    expect(directive('object-src')).toEqual(["'none'"]);
  });

  test("extension pages cannot connect anywhere (connect-src 'none')", () => {
    expect(directive('connect-src')).toEqual(["'none'"]);
  });

  test('no page or other extension can message it, and it holds no host access until the reader grants it', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
