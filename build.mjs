// Builds Pressmark: dist/chrome and dist/firefox (each loadable unpacked) with a zip of each, and the
// command-line tool (dist/cli). Flags: --watch (rebuild on change), --cli-only (just the CLI and the
// Node library for scripts), --e2e (also dist-e2e/: the same extension with host access to
// 127.0.0.1 granted up front, as a reader who allowed that site would have it, plus a test hook).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { zipFolder } from './scripts/lib/zip.mjs';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const cliOnly = args.has('--cli-only');
const withE2e = args.has('--e2e');
const root = path.dirname(new URL(import.meta.url).pathname);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', target: ['es2022'], sourcemap: false };

/** The Node builds: the CLI and a library of the core for scripts (bench, eval, fuzz). */
function nodeBuilds() {
  return [
    { ...common, entryPoints: [path.join(root, 'src/cli/main.ts')], outfile: path.join(root, 'dist/cli/pressmark.mjs'), platform: 'node', format: 'esm', packages: 'external' },
    { ...common, entryPoints: [path.join(root, 'src/cli/lib.ts')], outfile: path.join(root, 'dist/node/lib.mjs'), platform: 'node', format: 'esm', packages: 'external' },
  ];
}

/** The extension's scripts for one browser target. */
function extensionBuilds(target, outdir, e2e) {
  const define = {
    'process.env.NODE_ENV': '"production"',
    __BROWSER__: JSON.stringify(target),
    __E2E__: JSON.stringify(e2e),
    __VERSION__: JSON.stringify(pkg.version),
  };
  const base = { ...common, platform: 'browser', format: 'iife', minify: true, define, jsx: 'automatic', jsxImportSource: 'preact' };
  return [
    { ...base, entryPoints: { content: path.join(root, 'src/content/index.ts') }, outdir },
    { ...base, entryPoints: { background: path.join(root, 'src/background/index.ts') }, outdir },
    { ...base, entryPoints: { popup: path.join(root, 'src/popup/index.tsx') }, outdir },
    { ...base, entryPoints: { options: path.join(root, 'src/options/index.tsx') }, outdir },
  ];
}

/** The manifest for one target: Chrome reads `service_worker`, Firefox reads `scripts`. */
function manifestFor(target, e2e) {
  const m = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  m.version = pkg.version;
  if (target === 'chrome') {
    delete m.background.scripts;
    delete m.browser_specific_settings;
  } else {
    delete m.background.service_worker;
  }
  if (e2e) m.host_permissions = ['http://127.0.0.1/*'];
  return m;
}

/** Static files: html pages, css, icons, manifest and the models script. */
async function writeStatic(target, outdir, e2e) {
  fs.mkdirSync(path.join(outdir, 'icons'), { recursive: true });
  for (const f of fs.readdirSync(path.join(root, 'icons'))) if (f.endsWith('.png')) fs.copyFileSync(path.join(root, 'icons', f), path.join(outdir, 'icons', f));
  for (const f of ['popup/popup.html', 'popup/popup.css', 'options/options.html', 'content/content.css']) {
    fs.copyFileSync(path.join(root, 'src', f), path.join(outdir, path.basename(f)));
  }
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifestFor(target, e2e), null, 2));
  fs.writeFileSync(path.join(outdir, 'models.js'), await modelsScript());
}

/**
 * models.js: the committed model files as one script that sets globalThis.pressmarkModels. The
 * quote model's tables of weights go in their compact form (src/core/quotes/compact-weights.ts):
 * a worker reads two strings per table much faster than 75,000 object properties.
 */
async function modelsScript() {
  const dir = path.join(root, 'models');
  const entries = [];
  if (fs.existsSync(dir)) {
    const { compactQuotesModel } = await compactor();
    const models = fs.readFileSync(path.join(root, 'src/core/models.ts'), 'utf8');
    for (const [, name, file] of models.matchAll(/(\w+): '([\w.-]+\.json)'/g)) {
      const p = path.join(dir, file);
      if (!fs.existsSync(p)) continue;
      const text = fs.readFileSync(p, 'utf8').trim();
      entries.push(`${JSON.stringify(name)}:${name === 'quotes' ? JSON.stringify(compactQuotesModel(JSON.parse(text))) : text}`);
    }
  }
  // Loaded by the background only (the service worker imports it; Firefox's page adds it as a script).
  return `globalThis.pressmarkModels=globalThis.pressmarkModels||{${entries.join(',')}};\n`;
}

/** The compact-weights module, bundled for this script (build.mjs runs before any TypeScript is built). */
let compactorModule = null;
async function compactor() {
  if (!compactorModule) {
    const out = await esbuild.build({ entryPoints: [path.join(root, 'src/core/quotes/compact-weights.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error' });
    compactorModule = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  }
  return compactorModule;
}

async function buildTarget(target, outRoot, e2e) {
  const outdir = path.join(outRoot, target);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  await Promise.all(extensionBuilds(target, outdir, e2e).map((o) => esbuild.build(o)));
  await writeStatic(target, outdir, e2e);
  if (!e2e) zipFolder(outdir, path.join(outRoot, `pressmark-${target}-${pkg.version}.zip`));
}

async function buildAll() {
  const t0 = Date.now();
  await Promise.all(nodeBuilds().map((o) => esbuild.build(o)));
  if (!cliOnly) {
    for (const target of ['chrome', 'firefox']) {
      await buildTarget(target, path.join(root, 'dist'), false);
      if (withE2e) await buildTarget(target, path.join(root, 'dist-e2e'), true);
    }
  }
  console.log(`built ${cliOnly ? 'the CLI' : 'dist/chrome, dist/firefox, their zips and the CLI'}${withE2e ? ' (+ dist-e2e)' : ''} in ${Date.now() - t0} ms`);
}

await buildAll();
if (watch) {
  console.log('watching src/, models/, manifest.json for changes…');
  let timer = null;
  for (const dir of ['src', 'models']) {
    fs.watch(path.join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => buildAll().catch((e) => console.error(e.message)), 150);
    });
  }
  fs.watch(path.join(root, 'manifest.json'), () => buildAll().catch((e) => console.error(e.message)));
}
