import type { ArticleText, Channel, Entity, Quote, Span, Speaker } from '../annotations';
import { recognizeEntities } from '../entities/index';
import * as textHelpers from '../text/article-text';
import { acceptAttributions } from './acceptance';
import { analyze, type QuoteAnalysis } from './analysis';
import { findAttributions, type RawAttribution } from './attributions';
import { findCues, quotesModel } from './cue-model';
import { dropDuplicateContent, dropNestedAttributions } from './nested-attributions';
import { mergeSameWordReadings } from './overlapping-readings';
import { EntityIndex, SpeakerResolver } from './resolve-speakers';

/** Finds direct quotes and reported speech with their speakers, cues and channels. */
export function findQuotes(article: ArticleText, entities: readonly Entity[]): Quote[] {
  const a = analyze(article);
  const model = quotesModel();
  const thresholds = { direct: model?.cueThresholdDirect ?? 0.5, indirect: model?.cueThreshold ?? 0.5 };
  const cues = findCues(a, model, Math.min(thresholds.direct, thresholds.indirect));
  // Cues are taken generously; the acceptance model then judges each whole candidate attribution.
  const accepted = acceptAttributions(a, findAttributions(a, cues, model, thresholds), model?.accept, { direct: model?.acceptThresholdDirect ?? 0, indirect: model?.acceptThreshold ?? 0 });
  // (after acceptance: an outer attribution the model rejects leaves the one inside it standing)
  // (then one reading per stretch of words: a quotation and a reported reading of the same words are one)
  return toQuotes(a, mergeSameWordReadings(a.text, dropDuplicateContent(dropNestedAttributions(accepted))), entities);
}

/** Finds quotes in raw text (offsets into that exact string), recognizing entities first. */
export function findQuotesInText(text: string): Quote[] {
  const { articleTextFromRawText } = textHelpers;
  const article = articleTextFromRawText(text);
  return findQuotes(article, recognizeEntities(article));
}

/** Builds the public Quote values: one per content piece, speakers resolved in reading order. */
export function toQuotes(a: QuoteAnalysis, raw: readonly RawAttribution[], entities: readonly Entity[]): Quote[] {
  const index = new EntityIndex(entities);
  const resolver = new SpeakerResolver(a, index);
  const ordered = [...raw].sort((x, y) => x.pieces[0]!.start - y.pieces[0]!.start);
  const resolved = new Map<RawAttribution, Speaker | null>();
  // Resolve in order of the speaker phrase so "he" finds the person named before it.
  const bySpeaker = ordered.filter((r) => r.speaker && !r.continued).sort((x, y) => x.speaker!.tokStart - y.speaker!.tokStart);
  const phraseCache = new Map<string, Speaker>();
  for (const r of bySpeaker) {
    const key = `${r.speaker!.tokStart}:${r.speaker!.tokEnd}`;
    let s = phraseCache.get(key);
    if (!s) {
      s = resolver.resolve(r.speaker!);
      phraseCache.set(key, s);
    }
    resolved.set(r, s);
  }
  const out: Quote[] = [];
  const byStart = new Map(a.quotes.map((m) => [m.start, m]));
  let previous: Speaker | null = null;
  for (const r of ordered) {
    let speaker: Speaker | null = resolved.get(r) ?? null;
    if (r.continued && r.speaker) {
      const key = `${r.speaker.tokStart}:${r.speaker.tokEnd}`;
      speaker = phraseCache.get(key) ?? previous;
    }
    if (speaker) previous = speaker;
    const cue = r.cue ? { start: a.tokens[r.cue[0]]!.start, end: a.tokens[r.cue[1] - 1]!.end, verb: a.text.slice(a.tokens[r.cue[0]]!.start, a.tokens[r.cue[1] - 1]!.end) } : null;
    let channel: Channel | null = null;
    if (r.channel) {
      const span = { start: a.tokens[r.channel[0]]!.start, end: a.tokens[r.channel[1] - 1]!.end };
      const entity = index.at(span, ['organization', 'misc']);
      channel = { ...span, name: entity?.name ?? a.text.slice(span.start, span.end) };
      if (entity) channel.entityId = entity.id;
    }
    for (const piece of r.pieces) {
      const m = byStart.get(piece.start);
      const q = m && m.end === piece.end ? m : undefined;
      // A piece that is exactly a quotation is reported without its marks.
      const span = q && q.innerEnd > q.innerStart ? { start: q.innerStart, end: q.innerEnd } : withoutUnmatchedCloser(a.text, piece);
      out.push({
        id: '',
        start: span.start,
        end: span.end,
        text: a.text.slice(span.start, span.end),
        direct: r.direct,
        partial: r.partial,
        speaker: speaker ? { ...speaker } : null,
        cue: cue ? { ...cue } : null,
        channel: channel ? { ...channel } : null,
        confidence: Math.round(r.confidence * 100) / 100,
      });
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  out.forEach((q, i) => (q.id = `q${i + 1}`));
  return out;
}

/**
 * A piece without the closing bracket it ends on when that bracket closes one opened before the piece
 * ("(Trump said he would win.)" reports "he would win"), with the stop before it.
 */
export function withoutUnmatchedCloser(text: string, piece: Span): Span {
  const t = text.slice(piece.start, piece.end);
  const m = /[.!?,;]*\s*[)\]]$/.exec(t);
  if (!m) return piece;
  const opened = (t.match(/[(\[]/g) ?? []).length;
  const closed = (t.match(/[)\]]/g) ?? []).length;
  if (closed <= opened || m.index === 0) return piece;
  return { start: piece.start, end: piece.start + m.index };
}
