import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Annotations } from '../../../src/core/annotations';
import { registerModelsFrom } from '../../../src/cli/node-models';
import { annotateHtml } from '../../../src/cli/page-pipeline';

// The whole pipeline over the fixture pages (article detection and entity recognizer included):
// the quotes, cited sources and credit the seed article's gold annotation lists.
const gold = JSON.parse(fs.readFileSync('tests/fixtures/bagram-gold.json', 'utf8')) as {
  quotes: { startsWith: string; endsWith: string; speaker: string; cue: string; channel: string | null }[];
  citedSources: string[];
  imageCredit: { photographer: string; agency: string; distributor: string };
};

const pages: Record<string, Annotations> = {};
beforeAll(() => {
  registerModelsFrom('models');
  for (const f of ['bagram-rich.html', 'bagram-bare.html']) {
    const r = annotateHtml(fs.readFileSync(`tests/fixtures/${f}`, 'utf8'), null);
    if (r.ok) pages[f] = r.annotations;
  }
});

describe.each(['bagram-rich.html', 'bagram-bare.html'])('%s', (page) => {
  test('the five quoted passages with their speakers, cues and channels', () => {
    const a = pages[page]!;
    for (const g of gold.quotes) {
      const q = a.quotes.find((x) => x.direct && x.text.startsWith(g.startsWith));
      expect(q, g.startsWith).toBeDefined();
      expect(q!.text.endsWith(g.endsWith)).toBe(true);
      expect(q!.cue?.verb).toBe(g.cue);
      expect(q!.channel?.name ?? null).toBe(g.channel);
      expect(q!.speaker?.name).toContain(g.speaker);
    }
  });

  test('both spellings of the Taliban spokesman are one speaker', () => {
    const a = pages[page]!;
    const mujahid = a.quotes.filter((q) => q.speaker?.name === 'Zabihullah Mujahid');
    expect(mujahid).toHaveLength(3);
    expect(new Set(mujahid.map((q) => q.speaker!.entityId)).size).toBe(1);
  });

  test('cited sources are exactly Twitter, the Associated Press, Agence France-Presse and CNN', () => {
    expect(pages[page]!.sources.map((s) => s.name)).toEqual(gold.citedSources);
  });

  test('the image credit is split into its three parts', () => {
    const images = pages[page]!.credits.filter((c) => c.kind === 'image');
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject(gold.imageCredit);
  });

  test('nothing from the comments', () => {
    expect(pages[page]!.quotes.some((q) => /Finally/.test(q.text))).toBe(false);
  });
});
