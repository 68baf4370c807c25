#!/usr/bin/env node
// Five-fold cross-validation of the quote finder on PolNeAR train: for each fold K, retrains the
// models on the other four fifths (scripts/train/quotes/fold-eval.mjs K --train) and scores fold K;
// prints each fold and the mean of the four figures. One retrain moves a fold's figures by
// up to about 1 point, so a change is judged on the mean over five folds, not on one or two.
// usage: node scripts/train/quotes/cv-eval.mjs [--no-train] [--folds 0,1,2,3,4]
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const fi = args.indexOf('--folds');
const folds = fi >= 0 ? args[fi + 1].split(',').map(Number) : [0, 1, 2, 3, 4];
const train = !args.includes('--no-train');
const FIGURES = [
  ['direct', /direct quotes, overlap.*F1 ([\d.]+)/],
  ['exact', /direct quotes, exact span.*F1 ([\d.]+)/],
  ['speaker', /speaker right, direct quotes found\s+([\d.]+)%/],
  ['all', /all attributions, overlap.*F1 ([\d.]+)/],
];
const sums = FIGURES.map(() => 0);
for (const k of folds) {
  const r = spawnSync(process.execPath, ['scripts/train/quotes/fold-eval.mjs', String(k), ...(train ? ['--train'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`fold ${k}: ${r.stderr}`);
  const values = FIGURES.map(([, re]) => Number(re.exec(r.stdout)?.[1] ?? NaN));
  values.forEach((v, i) => (sums[i] += v));
  console.log(`fold ${k}  ` + FIGURES.map(([name], i) => `${name} ${values[i].toFixed(2)}`).join('  '));
}
console.log(`mean    ` + FIGURES.map(([name], i) => `${name} ${(sums[i] / folds.length).toFixed(2)}`).join('  '));
