// Runs `web-ext lint` on dist/firefox and fails when it reports any error (warnings are printed).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/shared.mjs';

const bin = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
const r = spawnSync(bin, ['lint', '-s', path.join(ROOT, 'dist/firefox'), '--self-hosted', '-o', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(`web-ext lint gave no JSON report:\n${r.stdout}\n${r.stderr}`);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
console.log(`web-ext lint dist/firefox: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit(report.summary.errors ? 1 : 0);
