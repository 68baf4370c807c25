import { isAnnotations, type Annotations, type Span } from '../../../src/core/annotations';
import { DEFAULT_LIMITS } from '../../../src/core/limits';

/**
 * The contract every Annotations value keeps whatever the page was: spans inside the text and never
 * inside a surrogate pair, texts that are the slices their spans name, finite confidences in 0..1,
 * unique ids, links to entities that exist, and the core's size bounds. Returns the breaches found
 * (empty when the value is sound).
 */
export function checkAnnotations(a: unknown): string[] {
  if (!isAnnotations(a)) return ['not an Annotations value of this version'];
  const problems: string[] = [];
  const text = a.article.text;
  const n = text.length;
  const span = (what: string, s: Partial<Span> | undefined | null): void => {
    if (!s || s.start === undefined || s.end === undefined) return;
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > n) {
      problems.push(`${what}: span [${start}, ${end}) outside text of ${n}`);
      return;
    }
    if (splitsPair(text, start) || splitsPair(text, end)) problems.push(`${what}: span [${start}, ${end}) splits a surrogate pair`);
  };
  const unit = (what: string, x: unknown): void => {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 1) problems.push(`${what}: ${String(x)} is not in 0..1`);
  };

  let prevEnd = -1;
  for (const [i, b] of a.article.blocks.entries()) {
    span(`block ${i}`, b);
    if (b.start < prevEnd) problems.push(`block ${i} overlaps the one before`);
    prevEnd = b.end;
  }
  const entityIds = new Set<string>();
  for (const e of a.entities) {
    if (entityIds.has(e.id)) problems.push(`entity id ${e.id} repeated`);
    entityIds.add(e.id);
    unit(`entity ${e.id} confidence`, e.confidence);
    if (!Number.isFinite(e.salience)) problems.push(`entity ${e.id} salience ${e.salience}`);
    if (!e.mentions.length) problems.push(`entity ${e.id} has no mention`);
    for (const m of e.mentions) {
      span(`mention of ${e.id}`, m);
      unit(`mention of ${e.id} confidence`, m.confidence);
      if (m.end <= n && text.slice(m.start, m.end) !== m.text) problems.push(`mention of ${e.id}: text ${JSON.stringify(m.text)} is not its span`);
    }
  }
  const quoteIds = new Set<string>();
  for (const q of a.quotes) {
    if (quoteIds.has(q.id)) problems.push(`quote id ${q.id} repeated`);
    quoteIds.add(q.id);
    span(`quote ${q.id}`, q);
    unit(`quote ${q.id} confidence`, q.confidence);
    if (q.end <= n && text.slice(q.start, q.end) !== q.text) problems.push(`quote ${q.id}: text is not its span`);
    if (q.speaker) {
      span(`speaker of ${q.id}`, q.speaker);
      for (const id of [q.speaker.entityId, q.speaker.affiliationEntityId]) {
        if (id !== undefined && !entityIds.has(id)) problems.push(`speaker of ${q.id} links to missing entity ${id}`);
      }
    }
    span(`cue of ${q.id}`, q.cue);
    span(`channel of ${q.id}`, q.channel);
  }
  for (const s of a.sources) {
    for (const c of s.citedAt) span(`source ${s.name}`, c);
    if (s.entityId !== undefined && !entityIds.has(s.entityId)) problems.push(`source ${s.name} links to missing entity ${s.entityId}`);
  }
  for (const c of a.credits) span(`credit`, c);
  for (const s of a.summary.sentences) span('summary sentence', s);
  const words = (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
  if (words > DEFAULT_LIMITS.maxWords) problems.push(`${words} words annotated, over the bound of ${DEFAULT_LIMITS.maxWords}`);
  if (n > DEFAULT_LIMITS.maxChars) problems.push(`${n} characters annotated, over the bound of ${DEFAULT_LIMITS.maxChars}`);
  for (const [k, v] of Object.entries(a.timings)) if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`timing ${k} is ${String(v)}`);
  return problems;
}

/** Whether offset i falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Problems with an Annotations value as the CLI printed it: the same contract, after JSON. */
export function checkCliRecord(record: Record<string, unknown>): string[] {
  if (typeof record.error === 'string') return record.error.startsWith('no article found') ? [] : [`error: ${record.error}`];
  const { id: _id, ...rest } = record;
  return checkAnnotations(rest as unknown as Annotations);
}
