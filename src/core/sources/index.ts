import type { ArticleText, CitedSource, Credit, Entity, Quote, SourceKind, Span } from '../annotations';
import { findCredits } from './credits';
import { key, kindOf, knownSource } from './known-sources';

/** The outside sources an article cites and its credit lines. */
export interface SourcesResult {
  sources: CitedSource[];
  credits: Credit[];
}

// Kinds a speaker has to be to count as a cited source: outlets, agencies, platforms and documents
// are sources the article rests on; people and officials who speak are its speakers.
const SOURCE_SPEAKER_KINDS: ReadonlySet<SourceKind> = new Set(['agency', 'outlet', 'platform', 'document']);

// Phrases that cite a source without quoting it: "according to X", "citing X", "reported by X".
const CITING = /\b(?:according to|citing|as reported by|first reported by|reported by|in an interview with|in a statement to|told)\s+((?:the|a|an|two|three|several|some|one|senior|local)\s+)?((?:[\p{L}\p{N}.&’'-]+\s){0,6}?[\p{L}\p{N}.&’'-]+?)(?=\s*(?:[,.;:()“”"]|\s(?:that|who|which|on|in|at|last|this|said|says|as|and|but|to|for|from|after|before|when)\b|$))/gu;

interface Draft {
  name: string;
  kind: SourceKind;
  entityId?: string;
  spans: Span[];
}

/** Finds the entity with a mention overlapping a span (mentions sorted once, searched by offset). */
function entityFinder(entities: readonly Entity[]): (span: Span) => Entity | null {
  const mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity }))).sort((x, y) => x.start - y.start);
  return (span) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < span.start - 200) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < mentions.length && mentions[i]!.start < span.end; i++) if (mentions[i]!.end > span.start) return mentions[i]!.entity;
    return null;
  };
}

/** Finds cited sources (agencies, outlets, platforms, officials, documents) and credit lines. */
export function findSources(article: ArticleText, entities: readonly Entity[], quotes: readonly Quote[]): SourcesResult {
  const credits = findCredits(article);
  const entityAt = entityFinder(entities);
  const drafts = new Map<string, Draft>();
  // The same place found twice ("a report" as a speaker, "a report by the commission" cited) starts
  // at the same offset: one citation.
  const byStart = new Map<number, Draft>();
  const byName = new Map<string, Draft>();
  const add = (name: string, kind: SourceKind, span: Span, entity: Entity | null): void => {
    const known = knownSource(name);
    const canonical = known?.name ?? entity?.name ?? name.replace(/^the\s+/i, (m) => (/^\p{Lu}/u.test(name.slice(4)) ? '' : m));
    const k = entity ? `e:${entity.id}` : `n:${key(canonical)}`;
    // An entity and a well-known name may both stand for the source: merge on either.
    const existing = drafts.get(k) ?? drafts.get(`n:${key(canonical)}`) ?? byName.get(key(canonical)) ?? byStart.get(span.start);
    if (existing) {
      if (!existing.spans.some((s) => s.start < span.end && s.end > span.start)) existing.spans.push(span);
      if (entity && !existing.entityId) existing.entityId = entity.id;
      byStart.set(span.start, existing);
      return;
    }
    const draft: Draft = { name: canonical, kind: known?.kind ?? kind, spans: [span] };
    if (entity) draft.entityId = entity.id;
    drafts.set(k, draft);
    byName.set(key(canonical), draft);
    byStart.set(span.start, draft);
  };

  // Citations in the text ("…, according to Reuters."), first: they carry the fullest names.
  const { text } = article;
  CITING.lastIndex = 0;
  for (let m = CITING.exec(text); m; m = CITING.exec(text)) {
    const det = m[1] ?? '';
    const name = m[2]!;
    const start = m.index + m[0].length - name.length;
    const span = { start, end: start + name.length };
    const entity = entityAt(span);
    const verb = m[0].slice(0, m[0].length - name.length - det.length).trim().toLowerCase();
    const known = knownSource(name);
    const capitalised = /^\p{Lu}/u.test(name);
    // "told" and "in an interview with" cite only outlets; other phrases cite any named source
    // or an official, a document or a report.
    if (verb === 'told' || verb === 'in an interview with' || verb === 'in a statement to') {
      if (known || kindOf(name, entity?.type ?? null) === 'outlet') add(name, kindOf(name, entity?.type ?? null), span, entity);
      continue;
    }
    const kind = kindOf(det ? `${det}${name}` : name, entity?.type ?? null);
    if (capitalised || known || kind === 'official' || kind === 'document') {
      const full = capitalised || known ? name : `${det}${name}`;
      add(full, kind, capitalised || known ? span : { start: start - det.length, end: span.end }, entity);
    }
  }

  for (const q of quotes) {
    if (q.channel) {
      const span = { start: q.channel.start, end: q.channel.end };
      const entity = entityAt(span);
      add(q.channel.name, kindOf(q.channel.name, entity?.type ?? null), span, entity);
    }
    const sp = q.speaker;
    if (sp && sp.start !== undefined && sp.end !== undefined) {
      const span = { start: sp.start, end: sp.end };
      const entity = entityAt(span);
      const kind = kindOf(sp.name, entity?.type ?? null);
      const according = q.cue !== null && /^according/i.test(q.cue.verb);
      if (SOURCE_SPEAKER_KINDS.has(kind) || according) add(sp.name, kind, span, entity);
    }
  }

  for (const c of credits) {
    if (c.kind === 'wire' && c.agency) add(c.agency, 'agency', { start: c.start, end: c.end }, null);
  }
  const sources: CitedSource[] = [...drafts.values()].map((d) => {
    const s: CitedSource = { name: d.name, kind: d.kind, citedAt: d.spans.sort((x, y) => x.start - y.start) };
    if (d.entityId) s.entityId = d.entityId;
    return s;
  });
  sources.sort((x, y) => x.citedAt[0]!.start - y.citedAt[0]!.start);
  return { sources, credits };
}
