import { tagTokens } from '../core/entities/index';
import { readJsonLines, safely, writeJsonLine, type InputLine } from './jsonl';

function tokensOf(record: Record<string, unknown>): string[] {
  const tokens = record.tokens;
  if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === 'string')) throw new Error('"tokens" must be an array of strings');
  return tokens as string[];
}

const docOf = (line: InputLine): string | number | undefined => {
  const doc = line.ok ? line.record.doc : undefined;
  return typeof doc === 'string' || typeof doc === 'number' ? doc : undefined;
};

// Without "doc", neighbouring lines of a stream usually come from one text: read them in windows of
// this many lines, so a name's other mentions still inform its type.
const WINDOW = 64;

/**
 * `pressmark entities --jsonl`: one {"tags"} line per {"tokens"} line, in order. Consecutive lines of
 * the same "doc" (when given) are tagged together, so a name is read with the rest of its document.
 */
export async function runEntitiesJsonl(): Promise<void> {
  let group: InputLine[] = [];
  const flush = async (): Promise<void> => {
    const doc = group.length ? docOf(group[0]!) : undefined;
    const valid = group.map((l) => {
      if (!l.ok) return null;
      try {
        return tokensOf(l.record);
      } catch {
        return null;
      }
    });
    const sentences = valid.map((t) => t ?? []);
    for (let i = 0; i < group.length; i++) {
      const line = group[i]!;
      if (!line.ok) {
        await writeJsonLine({ id: line.id, error: line.error });
        continue;
      }
      await writeJsonLine(
        safely(line.record, (record) => {
          const tokens = tokensOf(record);
          return { tags: doc === undefined ? tagTokens(tokens) : tagTokens(tokens, { doc, sentences, index: i }) };
        }),
      );
    }
    group = [];
  };
  let windowNo = 0;
  let inWindow = 0;
  for await (const line of readJsonLines()) {
    let doc = docOf(line);
    if (doc === undefined) {
      if (inWindow >= WINDOW) {
        windowNo++;
        inWindow = 0;
      }
      inWindow++;
      doc = `\u0000window-${windowNo}`;
      if (line.ok) line.record.doc = doc;
    }
    if (group.length && doc !== docOf(group[0]!)) await flush();
    group.push(line);
  }
  await flush();
}
