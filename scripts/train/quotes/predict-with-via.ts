// Diagnostic: the quote finder's predictions over {"id","text"} lines, each with the structure that
// produced it ("via"), so span misses can be counted per structure. Bundled and run by
// scripts/train/quotes/via-misses.mjs; not part of the CLI.
import fs from 'node:fs';
import { registerModel } from '../../../src/core/models';
import { articleTextFromRawText } from '../../../src/core/text/article-text';
import { recognizeEntities } from '../../../src/core/entities/index';
import { analyze } from '../../../src/core/quotes/analysis';
import { findCues, quotesModel } from '../../../src/core/quotes/cue-model';
import { findAttributions } from '../../../src/core/quotes/attributions';
import { acceptAttributions } from '../../../src/core/quotes/acceptance';
import { dropNestedAttributions } from '../../../src/core/quotes/nested-attributions';

const [inPath, modelsDir, outPath] = process.argv.slice(2) as [string, string, string];
registerModel('quotes', JSON.parse(fs.readFileSync(`${modelsDir}/quotes.json`, 'utf8')));
registerModel('entities', JSON.parse(fs.readFileSync(`${modelsDir}/entities.json`, 'utf8')));
const out: string[] = [];
for (const line of fs.readFileSync(inPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const article = articleTextFromRawText(text);
  void recognizeEntities;
  const a = analyze(article);
  const model = quotesModel();
  const thresholds = { direct: model?.cueThresholdDirect ?? 0.5, indirect: model?.cueThreshold ?? 0.5 };
  const cues = findCues(a, model, Math.min(thresholds.direct, thresholds.indirect));
  const raw = dropNestedAttributions(acceptAttributions(a, findAttributions(a, cues, model, thresholds), model?.accept, { direct: model?.acceptThresholdDirect ?? 0, indirect: model?.acceptThreshold ?? 0 }));
  const byStart = new Map(a.quotes.map((m) => [m.start, m]));
  const quotes = raw.flatMap((r) =>
    r.pieces.map((p) => {
      const m = byStart.get(p.start);
      const span = m && m.end === p.end && m.innerEnd > m.innerStart ? { start: m.innerStart, end: m.innerEnd } : p;
      const t = a.tokens;
      const speaker = r.speaker ? { start: t[r.speaker.tokStart]!.start, end: t[r.speaker.tokEnd - 1]!.end } : null;
      const cue = r.cue ? { start: t[r.cue[0]]!.start, end: t[r.cue[1] - 1]!.end } : null;
      return { ...span, via: r.via, direct: r.direct, partial: r.partial, pieces: r.pieces.length, speaker, cue };
    }),
  );
  out.push(JSON.stringify({ id, quotes }));
}
fs.writeFileSync(outPath, out.join('\n') + '\n');
