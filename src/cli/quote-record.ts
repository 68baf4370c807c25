import type { Quote } from '../core/annotations';

/** The shape of one quote in `pressmark quotes --jsonl` output (a stable contract). */
export interface QuoteRecord {
  start: number;
  end: number;
  text: string;
  direct: boolean;
  partial: boolean;
  speaker: { start: number; end: number; name: string } | null;
  cue: { start: number; end: number; verb: string } | null;
  channel: { start: number; end: number; name: string } | null;
}

/** Maps a Quote to its contract record; a speaker without a place in the text is output as null. */
export function toQuoteRecord(q: Quote): QuoteRecord {
  const s = q.speaker;
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    direct: q.direct,
    partial: q.partial,
    speaker: s && s.start !== undefined && s.end !== undefined ? { start: s.start, end: s.end, name: s.name } : null,
    cue: q.cue ? { start: q.cue.start, end: q.cue.end, verb: q.cue.verb } : null,
    channel: q.channel ? { start: q.channel.start, end: q.channel.end, name: q.channel.name } : null,
  };
}
