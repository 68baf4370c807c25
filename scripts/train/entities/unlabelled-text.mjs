// The unlabelled news text that word clusters and capitalisation statistics are learned from:
// PolNeAR articles, the CNN/DailyMail sample, the article pages' truth texts and the CoNLL training
// sentences (used as text only). Nothing of it is shipped: only cluster ids keyed by word hashes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

function readJsonl(p) {
  return fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Returns an array of token arrays (one per paragraph or sentence), tokenized like the tagger's input. */
export function unlabelledSentences(core, dataDir) {
  const out = [];
  const addText = (text) => {
    for (const para of String(text).split(/\n+/)) {
      const toks = core.entityTokens(para).map((t) => t.text);
      if (toks.length) out.push(toks);
    }
  };
  for (const f of ['quotes/polnear.train.jsonl', 'quotes/polnear.dev.jsonl']) {
    const p = path.join(dataDir, f);
    if (fs.existsSync(p)) for (const r of readJsonl(p)) addText(r.text);
  }
  const cnn = path.join(dataDir, 'summaries/cnndm-sample.dev.jsonl');
  if (fs.existsSync(cnn)) for (const r of readJsonl(cnn)) addText(r.article);
  for (const sub of ['articles/dev', 'articles/readability-tests']) {
    const dir = path.join(dataDir, sub);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name, 'truth.json');
      if (!fs.existsSync(p)) continue;
      const t = JSON.parse(fs.readFileSync(p, 'utf8'));
      if (t.articleBody) addText(t.articleBody);
    }
  }
  const train = path.join(dataDir, 'entities/conll2003.train.jsonl');
  for (const r of readJsonl(train)) out.push(r.tokens);
  void zlib;
  return out;
}
