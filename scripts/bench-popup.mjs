// Sizes of the popup and options bundles, built exactly as build.mjs builds them (minified IIFE,
// production defines), raw and gzipped, against the popup's budget of 60 KB gzipped.
// Usage: node scripts/bench-popup.mjs [--json]   (exit status 1 when over budget)
import * as esbuild from 'esbuild';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BUDGET_GZIP_BYTES = 60 * 1024;

const define = { 'process.env.NODE_ENV': '"production"', __BROWSER__: '"chrome"', __E2E__: 'false', __VERSION__: '"bench"' };
const results = [];
for (const [name, entry] of [['popup', 'src/popup/index.tsx'], ['options', 'src/options/index.tsx']]) {
  const out = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    minify: true,
    target: ['es2022'],
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define,
    metafile: true,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  const inputs = Object.entries(out.metafile.outputs[Object.keys(out.metafile.outputs)[0]].inputs)
    .map(([file, info]) => ({ file, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5);
  results.push({ name, rawBytes: code.length, gzipBytes: zlib.gzipSync(code, { level: 9 }).length, largestInputs: inputs });
}
const popup = results.find((r) => r.name === 'popup');
const ok = popup.gzipBytes <= BUDGET_GZIP_BYTES;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budgetGzipBytes: BUDGET_GZIP_BYTES, ok, bundles: results }));
} else {
  for (const r of results) {
    console.log(`${r.name}.js: ${(r.rawBytes / 1024).toFixed(1)} KB raw, ${(r.gzipBytes / 1024).toFixed(1)} KB gzipped`);
    for (const i of r.largestInputs) console.log(`    ${(i.bytes / 1024).toFixed(1).padStart(6)} KB  ${i.file}`);
  }
  console.log(`popup budget: ${(BUDGET_GZIP_BYTES / 1024).toFixed(0)} KB gzipped: ${ok ? 'within' : 'OVER'}`);
}
process.exitCode = ok ? 0 : 1;
