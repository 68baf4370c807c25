// The long fuzz run (`npm run fuzz`): generated and mutated pages (tests/unit/fuzz/page-generator.ts)
// through the core (linkedom parse + detectArticle + annotate, in a child process of this script)
// and through the built command (`pressmark annotate --jsonl`, one JSON line at a time), the two
// side by side. Fails (exit 1) when any page throws, breaks the Annotations contract
// (tests/unit/fuzz/check-annotations.ts) or takes over the time bound. A page that runs past the
// hang limit is stopped (its process restarted) so the run always ends. Failing pages are saved
// under .tmp/fuzz/failures/ to reproduce with --only.
//
// Time: each page's CPU time (the runner process's threads, from /proc/PID/task/*/schedstat) is held
// to the bound, and its wall time is reported beside it. The machines here share 2 cores among
// several engineers: wall time measured 2-5 times the CPU time under their load, so it tells more
// about the neighbours than about the page. Where /proc is missing, wall time is used for both.
// Both runners first annotate the fixtures a few times, so start-up and JIT warm-up are not
// charged to the first pages.
//
// usage: node scripts/fuzz.mjs [--pages N] [--seed S] [--only I] [--no-cli] [--no-core] [--data]
//                              [--bound-ms M] [--hang-ms H]
// Seed pages for mutation: tests/fixtures/*.html; with --data also the article sets in
// /work/shared/data (read at run time, never copied into the repo).
import * as esbuild from 'esbuild';
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const libOut = path.join(root, '.tmp/fuzz/fuzz-lib.mjs');
const DATA = process.env.PRESSMARK_DATA ?? '/work/shared/data/articles';
const WARM_UP_ROUNDS = 3;

/** The pages mutations start from: the fixtures, and with `withData` the article sets. */
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

/** CPU time (ms) used so far by every thread of a process, or null without /proc. */
function cpuMs(pid) {
  try {
    const dir = `/proc/${pid}/task`;
    let ns = 0;
    for (const tid of fs.readdirSync(dir)) {
      try {
        ns += Number(fs.readFileSync(`${dir}/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // A thread that ended between the listing and the read.
      }
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}

/** A runner process answering one page at a time, restarted when it hangs or dies. */
class Runner {
  constructor(name, start, hangMs) {
    this.name = name;
    this.startFn = start;
    this.hangMs = hangMs;
  }

  async start() {
    this.proc = await this.startFn();
  }

  /** Sends page i; resolves with the answer, its CPU and wall time, or a hang. */
  async run(i, send, receive) {
    const cpu0 = cpuMs(this.proc.pid);
    const t0 = performance.now();
    let timer;
    const answer = await Promise.race([
      (async () => {
        send(this.proc, i);
        return receive(this.proc);
      })(),
      new Promise((resolve) => (timer = setTimeout(() => resolve({ hang: true }), this.hangMs))),
    ]);
    clearTimeout(timer);
    const wallMs = performance.now() - t0;
    const cpu1 = cpuMs(this.proc.pid);
    const cpu = cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : wallMs;
    if (answer.hang || answer.dead) {
      this.proc.kill('SIGKILL');
      await this.start();
    }
    return { ...answer, wallMs, cpuMs: cpu };
  }
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
  const HANG_MS = opt('--hang-ms', 20_000);
  const withCli = !argv.includes('--no-cli');
  const withCore = !argv.includes('--no-core');
  const withData = argv.includes('--data');

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
  const failDir = path.join(root, '.tmp/fuzz/failures');
  const failures = [];
  const fail = (where, i, kind, what) => {
    failures.push({ where, i, kind, what });
    fs.mkdirSync(failDir, { recursive: true });
    fs.writeFileSync(path.join(failDir, `${SEED}-${i}.html`), generatePage(SEED, i, seeds).html);
  };
  console.log(`fuzz: seed ${SEED}, ${indices.length} pages (${seeds.length} seed pages for mutation), bound ${BOUND_MS} ms of CPU per page, hang limit ${HANG_MS} ms`);

  // The core runner: this script in a child process, over IPC.
  const core = new Runner(
    'core',
    () =>
      new Promise((resolve, reject) => {
        const p = fork(new URL(import.meta.url).pathname, ['--core-runner', '--seed', String(SEED), ...(withData ? ['--data'] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        p.once('message', (m) => (m.ready ? resolve(p) : reject(new Error('core runner did not start'))));
        p.once('error', reject);
      }),
    HANG_MS,
  );
  const coreSend = (p, i) => p.send(i);
  const coreReceive = (p) =>
    new Promise((resolve) => {
      const onMessage = (m) => {
        p.off('exit', onExit);
        resolve(m);
      };
      const onExit = () => {
        p.off('message', onMessage);
        resolve({ dead: true });
      };
      p.once('message', onMessage);
      p.once('exit', onExit);
    });

  // The command runner: the built CLI reading JSON lines.
  const bin = path.join(root, 'bin/pressmark.mjs');
  const cli = new Runner(
    'cli',
    async () => {
      const p = spawn(process.execPath, [bin, 'annotate', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
      p.stdin.on('error', () => undefined);
      p.lines = readline.createInterface({ input: p.stdout })[Symbol.asyncIterator]();
      for (let r = 0; r < WARM_UP_ROUNDS; r++) {
        for (const html of seeds.slice(0, 3)) {
          p.stdin.write(JSON.stringify({ id: 'warm-up', html }) + '\n');
          await p.lines.next();
        }
      }
      return p;
    },
    HANG_MS,
  );
  let current = null; // the page being run, generated once for the command and the report
  const cliSend = (p, i) => p.stdin.write(JSON.stringify({ id: i, html: current.html, url: urlOf(SEED, i) }) + '\n');
  const cliReceive = async (p) => {
    const next = await p.lines.next();
    if (next.done) return { dead: true };
    try {
      return { record: JSON.parse(next.value) };
    } catch {
      return { bad: next.value.slice(0, 200) };
    }
  };

  const started = performance.now();
  await Promise.all([withCore ? core.start() : null, withCli ? cli.start() : null]);
  const times = { core: { cpu: [], wall: [] }, cli: { cpu: [], wall: [] } };
  const perKind = new Map();
  const slowest = [];
  for (const [n, i] of indices.entries()) {
    current = generatePage(SEED, i, seeds);
    const kind = current.kind;
    const [c, l] = await Promise.all([withCore ? core.run(i, coreSend, coreReceive) : null, withCli ? cli.run(i, cliSend, cliReceive) : null]);
    if (c) {
      times.core.cpu.push(c.cpuMs);
      times.core.wall.push(c.wallMs);
      const k = kind.split(':')[0];
      const e = perKind.get(k) ?? { n: 0, cpu: 0 };
      e.n++;
      e.cpu += c.cpuMs;
      perKind.set(k, e);
      slowest.push({ i, kind, cpu: c.cpuMs, wall: c.wallMs });
      if (c.hang) fail('core', i, kind, `still running after ${HANG_MS} ms (stopped)`);
      else if (c.dead) fail('core', i, kind, 'the core runner died');
      else {
        if (c.cpuMs > BOUND_MS) fail('core', i, kind, `took ${c.cpuMs.toFixed(0)} ms of CPU (${c.wallMs.toFixed(0)} ms wall)`);
        for (const p of c.problems) fail('core', i, kind, p);
      }
    }
    if (l) {
      times.cli.cpu.push(l.cpuMs);
      times.cli.wall.push(l.wallMs);
      if (l.hang) fail('cli', i, kind, `no answer after ${HANG_MS} ms (stopped)`);
      else if (l.dead) fail('cli', i, kind, 'the command exited');
      else if (l.bad !== undefined) fail('cli', i, kind, `printed a line that is not JSON: ${l.bad}`);
      else {
        if (l.cpuMs > BOUND_MS) fail('cli', i, kind, `took ${l.cpuMs.toFixed(0)} ms of CPU (${l.wallMs.toFixed(0)} ms wall)`);
        if (l.record.id !== i) fail('cli', i, kind, `answered for id ${l.record.id}`);
        for (const p of checkCliRecord(l.record)) fail('cli', i, kind, p);
      }
    }
    if (indices.length >= 1000 && (n + 1) % 1000 === 0) console.log(`  ${n + 1} pages, ${((performance.now() - started) / 1000).toFixed(0)} s, ${failures.length} failures so far`);
  }
  if (withCore) core.proc.kill();
  if (withCli) cli.proc.stdin.end();

  const stats = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    return { max: sorted.at(-1) ?? 0, p99: q(0.99), median: q(0.5) };
  };
  const line = (name, t) => {
    if (!t.cpu.length) return;
    const c = stats(t.cpu);
    const w = stats(t.wall);
    console.log(`${name}: ${t.cpu.length} pages; CPU ms max ${c.max.toFixed(0)}, p99 ${c.p99.toFixed(1)}, median ${c.median.toFixed(1)}; wall ms max ${w.max.toFixed(0)}, p99 ${w.p99.toFixed(1)}, median ${w.median.toFixed(1)}`);
  };
  console.log(`ran in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  line('core', times.core);
  line('cli ', times.cli);
  console.log(`kinds (core CPU s, pages): ${[...perKind].sort((a, b) => b[1].cpu - a[1].cpu).map(([k, e]) => `${k} ${(e.cpu / 1000).toFixed(1)} (${e.n})`).join(', ')}`);
  slowest.sort((a, b) => b.cpu - a.cpu);
  console.log(`slowest (core): ${slowest.slice(0, 5).map((s) => `#${s.i} ${s.kind} ${s.cpu.toFixed(0)} ms CPU / ${s.wall.toFixed(0)} ms wall`).join('; ')}`);
  const byWhat = new Map();
  for (const f of failures) {
    const key = `${f.where}: ${f.what.replace(/\d+(\.\d+)?/g, 'N').slice(0, 160)}`;
    const entry = byWhat.get(key) ?? { n: 0, first: f };
    entry.n++;
    byWhat.set(key, entry);
  }
  const pagesFailed = (where) => new Set(failures.filter((f) => f.where === where).map((f) => f.i)).size;
  const fmt = (t, k) => (t.cpu.length ? stats(t.cpu)[k].toFixed(k === 'max' ? 0 : 1) : '-');
  console.log(
    `pages: ${indices.length}; failures: ${new Set(failures.map((f) => f.i)).size} (core ${pagesFailed('core')}, command ${pagesFailed('cli')}); max ms: core ${fmt(times.core, 'max')}, command ${fmt(times.cli, 'max')}; p99 ms: core ${fmt(times.core, 'p99')}, command ${fmt(times.cli, 'p99')} (CPU)`,
  );
  for (const [key, { n, first }] of byWhat) console.log(`  ${n} × ${key}\n      first: --seed ${SEED} --only ${first.i} (${first.kind}): ${first.what.slice(0, 300)}`);
  if (failures.length) console.log(`failing pages saved in ${path.relative(root, failDir)}/`);
  process.exitCode = failures.length ? 1 : 0;
}

if (process.argv.includes('--core-runner')) {
  // The core runner: generates page i itself (no copying of megabytes between processes), runs the
  // core and checks the result.
  const seed = Number(process.argv[process.argv.indexOf('--seed') + 1]);
  const { generatePage, checkAnnotations } = await import(libOut);
  const { annotateHtml, registerModelsFrom } = await import(path.join(root, 'dist/node/lib.mjs'));
  registerModelsFrom(path.join(root, 'models'));
  const seeds = seedPages(process.argv.includes('--data'));
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const html of seeds.slice(0, 3)) annotateHtml(html, null, 3);
  process.on('message', (i) => {
    const page = generatePage(seed, i, seeds);
    const s = performance.now();
    let problems = [];
    try {
      const result = annotateHtml(page.html, urlOf(seed, i), 3);
      if (result.ok) problems = checkAnnotations(result.annotations);
    } catch (e) {
      problems = [`threw ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e)}`];
    }
    process.send({ i, wallMs: performance.now() - s, problems, kind: page.kind });
  });
  process.send({ ready: true });
} else {
  await main();
}
