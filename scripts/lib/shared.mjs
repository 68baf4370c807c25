// Where ../shared is (the evaluation data and scorers beside the repo), and a clear message when it is not.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const SHARED = path.resolve(process.env.PRESSMARK_SHARED ?? path.join(ROOT, '..', 'shared'));

/** Returns the absolute path of a shared file or folder, or null when it is missing. */
export function sharedPath(...parts) {
  const p = path.join(SHARED, ...parts);
  return fs.existsSync(p) ? p : null;
}

/** Exits with a clear message when ../shared (or a part of it) is absent. */
export function requireShared(...parts) {
  const p = sharedPath(...parts);
  if (!p) {
    console.error(`pressmark: ${path.join(SHARED, ...parts)} is missing.\n` +
      'The evaluation data and scorers live beside the repository in ../shared (data/, eval/); ' +
      'set PRESSMARK_SHARED=/path/to/shared if they are elsewhere. Nothing was measured.');
    process.exit(2);
  }
  return p;
}
