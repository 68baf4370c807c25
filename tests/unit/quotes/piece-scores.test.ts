import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { acceptanceFeatures, acceptanceProbability } from '../../../src/core/quotes/acceptance';
import { analyze, type QuoteAnalysis } from '../../../src/core/quotes/analysis';
import { findAttributions } from '../../../src/core/quotes/attributions';
import { boundaryFeatures, boundaryScore, startFeatures, startScore } from '../../../src/core/quotes/content-end';
import { cueFeatures, cueScore } from '../../../src/core/quotes/cue-features';
import { findCues, type QuotesModel } from '../../../src/core/quotes/cue-model';
import { score, sigmoid } from '../../../src/core/quotes/linear-model';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

// The scorers that add features piece by piece must give exactly score() over the joined names,
// at every position of a real article (the seed article) and of texts with quotation marks.
const model = JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')) as QuotesModel;
const texts: [string, string][] = [
  ['the seed article', fs.readFileSync('tests/fixtures/bagram-article.txt', 'utf8')],
  ['quotations and odd tokens', '“We will not leave,” said Sen. Ted Cruz, R-Texas, on Friday. He told CNN: “It is over | done = true.” The U.S. official, who spoke on condition of anonymity, added that talks would go on, according to Reuters.'],
];
const analyses: [string, QuoteAnalysis][] = texts.map(([name, text]) => [name, analyze(articleTextFromPlainText(text))]);

describe('piece-wise scores equal scores over the feature names', () => {
  test.each(analyses)('cue scores in %s', (_name, a) => {
    for (let i = 0; i < a.tokens.length; i++) expect(cueScore(a, i, model.cue)).toBe(score(model.cue, cueFeatures(a, i)));
  });

  test.each(analyses)('statement start scores in %s', (_name, a) => {
    let checked = 0;
    for (const u of a.units) {
      for (let cue = u.tokStart; cue < u.tokEnd - 1; cue++) {
        for (let k = cue + 1; k < Math.min(u.tokEnd, cue + 9); k++) {
          expect(startScore(a, cue, cue + 1, k, u.tokEnd, model.contentStart)).toBe(score(model.contentStart, startFeatures(a, cue, cue + 1, k, u.tokEnd)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  test.each(analyses)('statement end scores in %s', (_name, a) => {
    for (const u of a.units) {
      for (let start = u.tokStart; start < u.tokEnd; start++) {
        for (const cue of ['-', 'said', a.lower[start]!]) {
          for (let j = start + 1; j <= u.tokEnd; j++) {
            expect(boundaryScore(a, start, j, u.tokEnd, cue, model.contentEnd)).toBe(score(model.contentEnd, boundaryFeatures(a, start, j, u.tokEnd, cue)));
          }
        }
      }
    }
  });

  test.each(analyses)('acceptance probabilities in %s', (_name, a) => {
    const th = { direct: model.cueThresholdDirect, indirect: model.cueThreshold };
    const raw = findAttributions(a, findCues(a, model, Math.min(th.direct, th.indirect)), model, th);
    expect(raw.length).toBeGreaterThan(1);
    for (const r of raw) expect(acceptanceProbability(a, r, model.accept!)).toBe(sigmoid(score(model.accept!, acceptanceFeatures(a, r))));
  });
});
