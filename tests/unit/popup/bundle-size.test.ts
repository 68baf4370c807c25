import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

// The popup must open fast on slow machines: its bundle stays within 60 KB gzipped.
test('popup bundle is at most 60 KB gzipped (scripts/bench-popup.mjs)', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const out = execFileSync(process.execPath, [path.join(root, 'scripts/bench-popup.mjs'), '--json'], { encoding: 'utf8' });
  const report = JSON.parse(out) as { budgetGzipBytes: number; bundles: { name: string; gzipBytes: number }[] };
  const popup = report.bundles.find((b) => b.name === 'popup');
  expect(report.budgetGzipBytes).toBe(60 * 1024);
  expect(popup?.gzipBytes).toBeGreaterThan(1000); // a real bundle, not an empty build
  expect(popup?.gzipBytes).toBeLessThanOrEqual(report.budgetGzipBytes);
});
