import { elementHint } from './element-hints';
import type { PageBlock, PageContainer, PageLayout } from './segment-page';

/** The container chosen as the article and how strongly the page supports it. */
export interface RootChoice {
  container: PageContainer;
  /** Sum of block values inside the container (about: characters of article-like prose). */
  score: number;
}

// Sentence punctuation of the scripts news is written in; prose has it, teaser titles and menus rarely.
// Characters each block costs: containers of real paragraphs beat ones that gather many short lines.
const FIXED_COST = 25;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const SENTENCE_END = /[.!?。！？…:;»"”'’)\]]\s*$|[.!?]\s|[。！？，、]/;

/**
 * How much a block looks like article prose, in characters: positive for sentences with few links,
 * negative for links, furniture and short labels. A fixed cost per block favours containers of
 * real paragraphs over ones that gather many short lines.
 */
export function blockValue(block: PageBlock, ignoreHints = false): number {
  // A Chinese or Japanese character carries about as much as a short word; count it twice.
  const n = CJK.test(block.text) ? block.text.length * 2 : block.text.length;
  if (block.junkDepth >= 0 && !ignoreHints) return -n;
  if (block.kind === 'heading' || block.kind === 'caption') return block.linkChars > n / 2 ? -n : 0;
  const linkDensity = block.linkChars / n;
  const linkCost = 0.5 * block.linkChars;
  // Table cells (scores, prices) are neutral: a data table inside an article must not sink it.
  const cell = block.tag === 'TD' || block.tag === 'TH';
  if (n < 25) return (cell ? 0 : -0.1 * n) - linkCost;
  // Lines without sentence punctuation are titles and labels unless they are long.
  const prose = SENTENCE_END.test(block.text) ? 1 : n >= 80 ? 0.5 : 0;
  if (!prose) return (cell ? 0 : -0.3 * n) - linkCost;
  return (n - FIXED_COST) * (1 - linkDensity) * prose - linkCost;
}

/**
 * Block values for a whole page. A prose block alone within its grandparent (a teaser card's
 * description under its linked title) counts for little: article paragraphs come in runs of
 * siblings, teaser descriptions one per card.
 */
export function blockValues(layout: PageLayout, ignoreHints = false): number[] {
  const { blocks, containers } = layout;
  const values = blocks.map((b) => blockValue(b, ignoreHints));
  const around = (b: PageBlock): number => {
    const parent = containers[b.container]!.parent;
    if (parent < 0) return b.container;
    const grand = containers[parent]!.parent;
    return grand < 0 ? parent : grand;
  };
  const counts = new Map<number, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (values[i]! <= 0) continue;
    const key = around(blocks[i]!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (let i = 0; i < blocks.length; i++) {
    if (values[i]! > 0 && counts.get(around(blocks[i]!)) === 1) values[i] = values[i]! * ISOLATED;
  }
  return values;
}

const ISOLATED = 0.3;

/** Picks the element whose blocks add up to the most article-like text. */
export function chooseRoot(layout: PageLayout, values: readonly number[]): RootChoice | null {
  const prefix = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) prefix[i + 1] = prefix[i]! + values[i]!;
  let best: RootChoice | null = null;
  for (const c of layout.containers) {
    if (c.end - c.start === 0) continue;
    let score = prefix[c.end]! - prefix[c.start]!;
    if (score <= 0) continue;
    score *= containerFactor(c);
    if (!best || score > best.score) best = { container: c, score };
  }
  return best;
}

// Markup that names the article body gets a small edge over an anonymous wrapper of equal text.
function containerFactor(c: PageContainer): number {
  const hint = elementHint(c.element);
  if (hint === 'content') return 1.1;
  if (c.tag === 'ARTICLE' || c.tag === 'MAIN') return 1.05;
  return 1;
}
