// Trains the entity tagger: `npm run train:entities`. Reads CoNLL-2003 train (fit) and dev (tune),
// writes models/entities.json. Fixed seed; a few minutes on two cores.
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './train/entities/bundle.mjs';
import { FeatureIndex, featurize } from './train/entities/featurize.mjs';
import { Perceptron, rng } from './train/entities/perceptron.mjs';
import { scoreTags, formatScore } from './train/entities/score.mjs';

const DATA = path.resolve(root, '../shared/data');
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? '1']));
const EPOCHS = Number(args.get('epochs') ?? 12);
const SEED = 20240601;

function readJsonl(p) {
  return fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const core = await loadCore();
const train = readJsonl(path.join(DATA, 'entities/conll2003.train.jsonl'));
const dev = readJsonl(path.join(DATA, 'entities/conll2003.dev.jsonl'));
log(`train ${train.length} sentences, dev ${dev.length}`);

const lexicon = { info: () => 0 };
const gazetteer = { types: () => 0, maxLength: 1 };
const fx = new core.FeatureExtractor(lexicon, gazetteer);
const L = core.LABEL_COUNT;
const index = new FeatureIndex();

const prep = (rows) => rows.map((r) => ({ info: fx.sentenceInfo(r.tokens.map(core.straighten)), gold: core.iob2ToBilou(r.tags), tags: r.tags }));
const trainS = prep(train);
const devS = prep(dev);
for (const s of trainS) s.x = featurize(core, fx, index, s.info);
index.grow = false;
for (const s of devS) s.x = featurize(core, fx, index, s.info);
log(`features ${index.size}`);

const model = new Perceptron(index.size, L, core.allowedTransition);
const rand = rng(SEED);
const order = trainS.map((_, i) => i);
let best = { f: -1 };
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  for (const k of order) {
    const s = trainS[k];
    if (s.x.n === 0) continue;
    const pred = model.predict(s.x);
    let wrong = false;
    for (let i = 0; i < pred.length; i++) if (pred[i] !== s.gold[i]) wrong = true;
    if (wrong) {
      errors++;
      model.update(s.x, s.gold, pred);
    }
    model.tick();
  }
  model.average();
  const pred = devS.map((s) => core.bilouToIob2(model.predict(s.x, true)));
  const sc = scoreTags(devS.map((s) => s.tags), pred);
  log(`epoch ${epoch}: train errors ${errors}; dev ${formatScore(sc)}`);
  if (sc.ALL.f > best.f) best = { f: sc.ALL.f, epoch };
}
log(`best dev F1 ${(best.f * 100).toFixed(2)} at epoch ${best.epoch}`);
