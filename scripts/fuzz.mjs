// The long fuzz run (`npm run fuzz`): generated and mutated pages (tests/unit/fuzz/page-generator.ts)
// through the core (linkedom parse + detectArticle + annotate, in a worker thread) and through the
// built command (`pressmark annotate --jsonl`, one page at a time, timed from write to answer).
// Fails (exit 1) when any page throws, breaks the Annotations contract
// (tests/unit/fuzz/check-annotations.ts) or takes over the time bound. A page that runs past the
// hang limit is stopped (the worker or the command is restarted) so the run always ends. Failing
// pages are saved under .tmp/fuzz/failures/ to reproduce.
//
// usage: node scripts/fuzz.mjs [--pages N] [--seed S] [--only I] [--no-cli] [--no-core] [--no-data]
//                              [--bound-ms M] [--hang-ms H]
// Seed pages for mutation: tests/fixtures/*.html, plus the article sets in /work/shared/data when
// present (read at run time, never copied into the repo).
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import zlib from 'node:zlib';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const libOut = path.join(root, '.tmp/fuzz/fuzz-lib.mjs');
const DATA = process.env.PRESSMARK_DATA ?? '/work/shared/data/articles';

/** The pages mutations start from: the fixtures, and the article sets when present. */
function seedPages(withData) {
  const pages = [];
  const fixtures = path.join(root, 'tests/fixtures');
  for (const f of fs.readdirSync(fixtures).sort()) if (f.endsWith('.html')) pages.push(fs.readFileSync(path.join(fixtures, f), 'utf8'));
  if (withData) {
    for (const set of ['dev', 'readability-tests']) {
      const dir = path.join(DATA, set);
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).sort()) {
        const file = path.join(dir, name, 'page.html.gz');
        if (fs.existsSync(file)) pages.push(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
      }
    }
  }
  return pages;
}

const urlOf = (seed, i) => `https://fuzz.example/${seed}/${i}`;

if (!isMainThread) {
  // The worker: generates page i itself (no copying of megabytes between threads) and runs the core.
  const { seed, withData } = workerData;
  const { generatePage, checkAnnotations } = await import(libOut);
  const { annotateHtml, registerModelsFrom } = await import(path.join(root, 'dist/node/lib.mjs'));
  registerModelsFrom(path.join(root, 'models'));
  const seeds = seedPages(withData);
  parentPort.on('message', (i) => {
    const page = generatePage(seed, i, seeds);
    const s = performance.now();
    let problems = [];
    try {
      const result = annotateHtml(page.html, urlOf(seed, i), 3);
      if (result.ok) problems = checkAnnotations(result.annotations);
    } catch (e) {
      problems = [`threw ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e)}`];
    }
    parentPort.postMessage({ i, ms: performance.now() - s, problems });
  });
  parentPort.postMessage({ ready: true });
} else {
  await main();
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
  };
  const PAGES = opt('--pages', 10_000);
  const SEED = opt('--seed', 20240702);
  const ONLY = opt('--only', -1);
  const BOUND_MS = opt('--bound-ms', 1000);
  const HANG_MS = opt('--hang-ms', 15_000);
  const withCli = !argv.includes('--no-cli');
  const withCore = !argv.includes('--no-core');
  const withData = !argv.includes('--no-data');

  // The generator and the contract checker are TypeScript shared with the unit test: bundle them.
  await esbuild.build({
    stdin: {
      contents: "export { generatePage } from './tests/unit/fuzz/page-generator.ts'; export { checkAnnotations, checkCliRecord } from './tests/unit/fuzz/check-annotations.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: libOut,
    logLevel: 'warning',
  });
  for (const f of ['dist/node/lib.mjs', 'dist/cli/pressmark.mjs']) {
    if (!fs.existsSync(path.join(root, f))) {
      console.error(`${f} is missing: run \`node build.mjs --cli-only\` (npm run fuzz does)`);
      process.exit(2);
    }
  }
  const { generatePage, checkCliRecord } = await import(libOut);
  const seeds = seedPages(withData);
  const indices = ONLY >= 0 ? [ONLY] : Array.from({ length: PAGES }, (_, i) => i);
  const failures = [];
  const failDir = path.join(root, '.tmp/fuzz/failures');
  const kindOf = (i) => generatePage(SEED, i, seeds).kind;
  const fail = (where, i, what) => {
    const page = generatePage(SEED, i, seeds);
    failures.push({ where, i, kind: page.kind, what });
    fs.mkdirSync(failDir, { recursive: true });
    fs.writeFileSync(path.join(failDir, `${SEED}-${i}.html`), page.html);
  };
  const stats = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    return { max: sorted.at(-1) ?? 0, p99: q(0.99), median: q(0.5) };
  };
  const progress = (what, n, t) => {
    if (indices.length >= 1000 && n % 1000 === 0) console.log(`  ${what}: ${n} pages, ${((performance.now() - t) / 1000).toFixed(0)} s`);
  };
  console.log(`fuzz: seed ${SEED}, ${indices.length} pages (${seeds.length} seed pages for mutation), bound ${BOUND_MS} ms, hang limit ${HANG_MS} ms`);

  // 1. The core, in a worker thread that is replaced when a page hangs.
  let core = null;
  const slow = [];
  if (withCore) {
    const times = [];
    const t0 = performance.now();
    let worker = null;
    let pending = null;
    const startWorker = () =>
      new Promise((resolve, reject) => {
        // A main-thread-sized stack (V8's default, as in a browser tab), so deep recursion fails here too.
        worker = new Worker(new URL(import.meta.url), { workerData: { seed: SEED, withData }, resourceLimits: { stackSizeMb: 1 } });
        worker.on('message', (m) => (m.ready ? resolve() : pending?.(m)));
        worker.on('error', (e) => (pending ? pending({ error: e }) : reject(e)));
      });
    await startWorker();
    for (const i of indices) {
      const answer = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ hang: true }), HANG_MS);
        pending = (m) => {
          clearTimeout(timer);
          resolve(m);
        };
        worker.postMessage(i);
      });
      pending = null;
      if (answer.hang || answer.error) {
        times.push(answer.hang ? HANG_MS : 0);
        fail('core', i, answer.hang ? `still running after ${HANG_MS} ms (stopped)` : `worker died: ${answer.error.message}`);
        await worker.terminate();
        await startWorker();
      } else {
        times.push(answer.ms);
        slow.push({ i, ms: answer.ms });
        if (answer.ms > BOUND_MS) fail('core', i, `took ${answer.ms.toFixed(0)} ms`);
        for (const p of answer.problems) fail('core', i, p);
      }
      progress('core', times.length, t0);
    }
    await worker.terminate();
    core = stats(times);
    console.log(`core: ${times.length} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s; max ${core.max.toFixed(0)} ms, p99 ${core.p99.toFixed(1)} ms, median ${core.median.toFixed(1)} ms`);
  }

  // 2. The built command, one JSON line at a time, restarted when it hangs or dies.
  let cli = null;
  if (withCli) {
    const bin = path.join(root, 'bin/pressmark.mjs');
    const times = [];
    let child = null;
    let lines = null;
    const start = () => {
      child = spawn(process.execPath, [bin, 'annotate', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
      child.stdin.on('error', () => undefined);
      lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    };
    start();
    const t1 = performance.now();
    for (const i of indices) {
      const page = generatePage(SEED, i, seeds);
      const s = performance.now();
      child.stdin.write(JSON.stringify({ id: i, html: page.html, url: urlOf(SEED, i) }) + '\n');
      let timer;
      const next = await Promise.race([lines.next(), new Promise((r) => (timer = setTimeout(() => r({ hang: true }), HANG_MS)))]);
      clearTimeout(timer);
      const ms = performance.now() - s;
      times.push(ms);
      if (next.hang || next.done) {
        fail('cli', i, next.hang ? `no answer after ${HANG_MS} ms (stopped)` : 'the command exited');
        child.kill();
        start();
        continue;
      }
      if (ms > BOUND_MS) fail('cli', i, `took ${ms.toFixed(0)} ms`);
      let record;
      try {
        record = JSON.parse(next.value);
      } catch {
        fail('cli', i, 'printed a line that is not JSON');
        continue;
      }
      if (record.id !== i) fail('cli', i, `answered for id ${record.id}`);
      for (const p of checkCliRecord(record)) fail('cli', i, p);
      progress('cli', times.length, t1);
    }
    child.stdin.end();
    cli = stats(times);
    console.log(`cli:  ${times.length} pages in ${((performance.now() - t1) / 1000).toFixed(1)} s; max ${cli.max.toFixed(0)} ms, p99 ${cli.p99.toFixed(1)} ms, median ${cli.median.toFixed(1)} ms`);
  }

  const kinds = new Map();
  for (const i of indices) {
    const k = kindOf(i).split(':')[0];
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  console.log(`kinds: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  slow.sort((a, b) => b.ms - a.ms);
  if (slow.length) console.log(`slowest (core): ${slow.slice(0, 5).map((s) => `#${s.i} ${kindOf(s.i)} ${s.ms.toFixed(0)} ms`).join('; ')}`);
  const byWhat = new Map();
  for (const f of failures) {
    const key = `${f.where}: ${f.what.replace(/\d+/g, 'N').slice(0, 160)}`;
    const entry = byWhat.get(key) ?? { n: 0, first: f };
    entry.n++;
    byWhat.set(key, entry);
  }
  const failed = new Set(failures.map((f) => `${f.where}:${f.i}`)).size;
  const fmt = (s, k) => (s ? s[k].toFixed(k === 'max' ? 0 : 1) : '-');
  console.log(`pages: ${indices.length}; failures: ${failed} (core ${new Set(failures.filter((f) => f.where === 'core').map((f) => f.i)).size}, command ${new Set(failures.filter((f) => f.where === 'cli').map((f) => f.i)).size}); max ms: core ${fmt(core, 'max')}, command ${fmt(cli, 'max')}; p99 ms: core ${fmt(core, 'p99')}, command ${fmt(cli, 'p99')}`);
  for (const [key, { n, first }] of byWhat) {
    console.log(`  ${n} × ${key}\n      first: --seed ${SEED} --only ${first.i} (${first.kind}): ${first.what.slice(0, 300)}`);
  }
  if (failures.length) console.log(`failing pages saved in ${path.relative(root, failDir)}/`);
  process.exitCode = failures.length ? 1 : 0;
}
