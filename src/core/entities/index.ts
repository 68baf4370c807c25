/**
 * Named entities of an article: a trained two-pass tagger (see ./tagger.ts and
 * scripts/train-entities.mjs) finds mentions; rules spread each name over its other occurrences
 * and group mentions into entities with canonical names.
 */
import type { ArticleText, Entity } from '../annotations';
import { aliasForms, aliasKey, canonicalAlias } from './aliases';
import { groupMentions, isAcronymOf, surfaceForm } from './grouping';
import { entityTagger } from './load-model';
import { findMentions, isFurniture, type RawMention } from './mentions';
import { nameScanner, overlapTest } from './name-occurrences';

export { tagTokens, type TagContext } from './tag-tokens';

/** Mentions weaker than this are dropped: a wrong highlight costs more than a missing one. */
const MIN_MENTION_CONFIDENCE = 0.35;
/** Entities whose best evidence is weaker than this are dropped. */
const MIN_ENTITY_CONFIDENCE = 0.45;
/** A headline mention must be this sure unless the body names the same thing. */
const MIN_HEADLINE_CONFIDENCE = 0.9;

/** Recognizes named entities in the article and groups their mentions; [] when no model is registered. */
export function recognizeEntities(article: ArticleText): Entity[] {
  const tagger = entityTagger();
  if (!tagger || !article.text.trim()) return [];
  let mentions = findMentions(article, tagger).filter((m) => m.confidence >= MIN_MENTION_CONFIDENCE);
  mentions = filterHeadlines(mentions).map((m) => creditName(article, m));
  mentions = addDefinedAcronyms(article, mentions);
  mentions = spreadNames(article, mentions);
  return groupMentions(mentions, article.text.length)
    .filter((e) => e.confidence >= MIN_ENTITY_CONFIDENCE)
    .map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

const isTitleBlock = (m: RawMention): boolean => m.block.kind === 'headline' || m.block.kind === 'heading';

/** Title-case headlines capitalise every word: keep only what the body confirms or what is certain. */
function filterHeadlines(mentions: RawMention[]): RawMention[] {
  const body = new Set<string>();
  for (const m of mentions) {
    if (isTitleBlock(m)) continue;
    const f = surfaceForm(m.text);
    body.add(aliasKey(f));
    const c = canonicalAlias(f);
    if (c) body.add(aliasKey(c));
  }
  return mentions.filter((m) => {
    if (!isTitleBlock(m)) return true;
    const f = surfaceForm(m.text);
    return m.confidence >= MIN_HEADLINE_CONFIDENCE || body.has(aliasKey(f)) || body.has(aliasKey(canonicalAlias(f) ?? f));
  });
}

/**
 * A name in capitals right before a slash is a photographer in a credit line
 * ("ZAKERIA HASHIMI/AFP via Getty Images"), whatever the tagger made of the capitals.
 */
function creditName(article: ArticleText, m: RawMention): RawMention {
  const shouted = /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3}$/u.test(m.text);
  return shouted && /^\s*\//.test(article.text.slice(m.end, m.end + 3)) ? { ...m, type: 0 } : m;
}

/** "Resolute Support Mission (RSM)": the acronym in brackets becomes a mention of the same name. */
function addDefinedAcronyms(article: ArticleText, mentions: RawMention[]): RawMention[] {
  const out = [...mentions];
  const taken = new Set(mentions.map((m) => m.start));
  for (const m of mentions) {
    const after = /^\s*\((\p{Lu}[\p{Lu}.]{1,9})\)/u.exec(article.text.slice(m.end, m.end + 16));
    if (!after) continue;
    const acr = after[1]!;
    if (!isAcronymOf(acr, surfaceForm(m.text))) continue;
    const start = m.end + after[0].indexOf(acr);
    if (taken.has(start)) continue;
    taken.add(start);
    out.push({ ...m, start, end: start + acr.length, text: acr });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * One name, one meaning per article: other occurrences of a recognised name (or of its defined
 * acronym) that the tagger left unmarked become mentions too, at a slightly lower confidence.
 */
function spreadNames(article: ArticleText, mentions: RawMention[]): RawMention[] {
  const forms = new Map<string, RawMention>();
  const offer = (f: string, m: RawMention): void => {
    if (f.length < 2 || !/^\p{Lu}/u.test(f) || m.confidence < 0.5) return;
    const prev = forms.get(f);
    if (!prev || prev.confidence < m.confidence) forms.set(f, m);
  };
  for (const m of mentions) offer(surfaceForm(m.text), m);
  // The other written forms of a known alias group ("AFP" once "Agence France-Presse" is named).
  for (const m of mentions) for (const f of aliasForms(surfaceForm(m.text))) if (!forms.has(f)) offer(f, { ...m, confidence: m.confidence * 0.9 });
  if (!forms.size) return mentions;
  const covered = overlapTest(mentions);
  const added: RawMention[] = [];
  const names = [...forms.keys()].sort((a, b) => b.length - a.length);
  const occurrences = nameScanner(names);
  for (const block of article.blocks) {
    const text = article.text.slice(block.start, block.end);
    if (isFurniture(text)) continue;
    for (const m of occurrences(text)) {
      const start = block.start + m.index;
      const end = start + m.name.length;
      if (covered(start, end) || added.some((a) => a.start < end && start < a.end)) continue;
      const src = forms.get(m.name)!;
      if (block.kind === 'headline' || block.kind === 'heading') {
        if (src.block.kind === 'headline' || src.block.kind === 'heading') continue;
      }
      added.push({ ...src, start, end, text: m.name, confidence: src.confidence * 0.9, block });
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
