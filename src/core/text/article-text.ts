import type { ArticleText, BlockKind, TextBlock } from '../annotations';

/** The separator between blocks in ArticleText.text. */
export const BLOCK_SEPARATOR = '\n\n';

/** One block of text before it is placed into an ArticleText. */
export interface BlockInput {
  text: string;
  kind: BlockKind;
}

/** Builds an ArticleText from blocks in reading order, dropping empty ones. */
export function articleTextFromBlocks(inputs: readonly BlockInput[]): ArticleText {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const input of inputs) {
    const t = input.text;
    if (!t.trim()) continue;
    if (blocks.length) text += BLOCK_SEPARATOR;
    blocks.push({ start: text.length, end: text.length + t.length, kind: input.kind });
    text += t;
  }
  return { text, blocks };
}

/**
 * Builds an ArticleText from plain text: blank lines separate paragraphs; a line break inside a
 * paragraph is kept as a space so offsets stay simple.
 */
export function articleTextFromPlainText(plain: string): ArticleText {
  const paragraphs = plain
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim());
  return articleTextFromBlocks(paragraphs.map((text) => ({ text, kind: 'paragraph' as const })));
}

/** The block that contains an offset, or null when the offset falls between blocks. */
export function blockAt(article: ArticleText, offset: number): TextBlock | null {
  let lo = 0;
  let hi = article.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = article.blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset >= b.end) lo = mid + 1;
    else return b;
  }
  return null;
}

/**
 * Builds an ArticleText whose text is exactly the given string (offsets stay valid for callers that
 * hold the raw text): blocks are the non-blank runs between line breaks.
 */
export function articleTextFromRawText(raw: string): ArticleText {
  const blocks: TextBlock[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (lead === m[0].length) continue;
    blocks.push({ start: m.index + lead, end: m.index + m[0].length - trail, kind: 'paragraph' });
  }
  return { text: raw, blocks };
}
