import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Builds the CLI once before the unit tests, so the CLI contract tests run the real command. */
export default function setup(): void {
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../build.mjs'), '--cli-only'], { stdio: 'inherit' });
}
