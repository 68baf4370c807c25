import fs from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Where screenshots and other e2e artifacts go. */
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
/** The e2e builds of the extension. */
export const EXTENSION = { chrome: path.join(ROOT, 'dist-e2e/chrome'), firefox: path.join(ROOT, 'dist-e2e/firefox') };
/** Debian's browsers: never a downloaded one. */
export const BROWSERS = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };

/** A fresh temporary folder inside the repo's .tmp (killed runs leave profiles behind otherwise). */
export function tempDir(prefix: string): string {
  const base = path.join(ROOT, '.tmp');
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, prefix));
}

/** Makes sure the artifacts folder exists and returns a path inside it. */
export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
