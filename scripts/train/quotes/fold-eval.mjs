#!/usr/bin/env node
// Scores the quote finder the way `npm run eval -- quotes` does (the CLI over {"id","text"} lines and
// ../shared/eval/score-quotes.mjs), on held-out train folds or on dev.
// usage: node scripts/train/quotes/fold-eval.mjs dev|0|1 [--train] [--models DIR]
//   fold K: trains models on the other four fifths of train (scripts/train-quotes.mjs --fold K) into
//   .tmp/quotes-folds/K/ (only with --train or when missing), then scores fold K of train.
//   Extra environment (QUOTES_ACCEPT, ...) is passed to the trainer.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const which = args.find((x) => !x.startsWith('--')) ?? 'dev';
const ROOT = process.cwd();
const data = '/work/shared/data/quotes';
const work = path.join(ROOT, '.tmp', 'quotes-folds', which);
fs.mkdirSync(work, { recursive: true });
const run = (cmd, argv, input) => {
  const r = spawnSync(cmd, argv, { input, encoding: 'utf8', maxBuffer: 1 << 30, env: process.env });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
let gold;
let models = path.join(ROOT, 'models');
if (which === 'dev') gold = path.join(data, 'polnear.dev.jsonl');
else {
  const k = Number(which);
  const lines = fs.readFileSync(path.join(data, 'polnear.train.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  gold = path.join(work, 'gold.jsonl');
  fs.writeFileSync(gold, lines.filter((_, i) => i % 5 === k).join('\n') + '\n');
  models = path.join(work, 'models');
  fs.mkdirSync(models, { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'models'))) {
    if (f === 'quotes.json') continue;
    fs.copyFileSync(path.join(ROOT, 'models', f), path.join(models, f));
  }
  const qm = path.join(models, 'quotes.json');
  if (args.includes('--train') || !fs.existsSync(qm)) process.stderr.write(run(process.execPath, ['scripts/train-quotes.mjs', qm, '--fold', String(k)]));
}
const mi = args.indexOf('--models');
if (mi >= 0) models = path.resolve(args[mi + 1]);
const input = fs.readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => { const { id, text } = JSON.parse(l); return JSON.stringify({ id, text }); }).join('\n') + '\n';
const pred = path.join(work, 'pred.jsonl');
fs.writeFileSync(pred, run(process.execPath, ['bin/pressmark.mjs', 'quotes', '--jsonl', '--models', models], input));
process.stdout.write(`== ${which}\n` + run(process.execPath, ['/work/shared/eval/score-quotes.mjs', gold, pred]));
