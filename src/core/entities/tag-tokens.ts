/** IOB2 tagging of pre-split token lines, for `pressmark entities --jsonl`. */
import { collectDocEvidence } from './doc-features';
import type { SentenceInfo } from './features';
import { bilouToIob2 } from './labels';
import { entityTagger } from './load-model';

/**
 * Document context of a token line. With `sentences` (every line of the document, in order) and
 * `index` (this line's place), both passes see the whole document. With `doc` alone, lines of one
 * document must come in order: the second pass then sees the lines tagged so far.
 */
export interface TagContext {
  doc: string | number;
  sentences?: readonly (readonly string[])[];
  index?: number;
}

let wholeDoc: { key: readonly (readonly string[])[]; tags: string[][] } | null = null;
let stream: { doc: string | number; infos: SentenceInfo[]; first: Int32Array[] } | null = null;

/** Tags tokens with IOB2 tags (PER, ORG, LOC, MISC), one per token; all O when no model is registered. */
export function tagTokens(tokens: readonly string[], doc?: TagContext): string[] {
  const tagger = entityTagger();
  if (!tagger || tokens.length === 0) return tokens.map(() => 'O');
  if (doc?.sentences && doc.index !== undefined && doc.sentences[doc.index]?.length === tokens.length) {
    if (!wholeDoc || wholeDoc.key !== doc.sentences) {
      const out = tagger.tagDocument(doc.sentences.map((s) => tagger.sentenceInfo(s)));
      wholeDoc = { key: doc.sentences, tags: out.map((r) => bilouToIob2(r.labels)) };
    }
    return wholeDoc.tags[doc.index]!;
  }
  const info = tagger.sentenceInfo(tokens);
  const first = tagger.tagSentence(info);
  if (!doc) return bilouToIob2(first.labels);
  if (!stream || stream.doc !== doc.doc) stream = { doc: doc.doc, infos: [], first: [] };
  stream.infos.push(info);
  stream.first.push(first.labels);
  const ev = collectDocEvidence(stream.infos, stream.first);
  return bilouToIob2(tagger.secondPass(ev, info, first).labels);
}
