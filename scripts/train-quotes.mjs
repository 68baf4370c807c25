#!/usr/bin/env node
// Trains the quote finder's model (cue lexicon, cue classifier, content-end boundaries) on PolNeAR
// train from ../shared/data and writes models/quotes.json. Usage: node scripts/train-quotes.mjs [OUT] [THRESHOLD]
import * as esbuild from 'esbuild';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const outfile = path.resolve('.tmp/train-quotes/train.mjs');
fs.mkdirSync(path.dirname(outfile), { recursive: true });
await esbuild.build({ entryPoints: ['scripts/train/quotes/train.ts'], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
await import(pathToFileURL(outfile).href);
