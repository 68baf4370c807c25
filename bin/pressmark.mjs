#!/usr/bin/env node
// Entry point of the `pressmark` command: runs the CLI bundle built by `npm run build`.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/pressmark.mjs', import.meta.url);
if (!fs.existsSync(fileURLToPath(bundle))) {
  process.stderr.write('pressmark: the command-line tool is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
await import(bundle.href);
