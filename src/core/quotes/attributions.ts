import type { Span } from '../annotations';
import type { QuoteAnalysis, Unit } from './analysis';
import { contentEnd, contentStart, mixedEnd, mixedStart } from './content-end';
import { partitionPoint } from '../text/partition-point';
import { isTrained } from './linear-model';
import type { FoundCue, QuotesModel } from './cue-model';
import type { MarkedQuote } from './quote-marks';
import { closingSource, dashedLabel } from './outer-source';
import { speakerNounPhrase } from './speaker-noun-phrase';
import { clauseSubject, dashSignature, isMisreadSpeaker, misreadSubject, nameIn, speakerAfterQuote, subjectAfter, subjectBefore, trailingSpeaker, transcriptLabel, type SpeakerPhrase } from './speaker-phrase';
import { PLATFORMS, SPEAKER_PRONOUNS, TIME_WORDS, VERB_FILLERS } from './words';

/** One attribution found in the text, before speakers are resolved to names and entities. */
export interface RawAttribution {
  /** Character spans of the content; several when the cue interrupts it ("A," he said, "B."). */
  pieces: Span[];
  /** Whether the content is (or contains) a quotation in marks. */
  direct: boolean;
  /** Whether the content is a short quoted fragment inside a sentence. */
  partial: boolean;
  speaker: SpeakerPhrase | null;
  /** Token range of the cue. */
  cue: [number, number] | null;
  /** Token range of a channel ("Twitter" in "on Twitter", "CNN" in "told CNN"). */
  channel: [number, number] | null;
  confidence: number;
  /** True when the speaker is inherited from the previous attribution (a continued quote). */
  continued: boolean;
  /** Which structure produced it (for diagnostics and confidence). */
  via: string;
}

// Verbs whose object is the audience, not the content: "told CNN (that) …", "confirmed to AFP …".
const AUDIENCE_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'informed', 'reminded', 'warned', 'urged', 'asked', 'briefed', 'promised']);
const TO_VERBS = new Set(['confirmed', 'said', 'says', 'explained', 'wrote', 'admitted', 'acknowledged', 'revealed', 'stated', 'described', 'complained', 'insisted', 'noted', 'added']);
const CHANNEL_PREPOSITIONS = new Set(['on', 'to', 'with', 'in', 'via', 'through']);
const CLAUSE_OPENERS = new Set(['that']);
// Month names and their abbreviations, which follow "in" or "on" as dates, not outlets.
const MONTHS = new Set(['jan', 'feb', 'mar', 'march', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// Verbs that give a name or title rather than report speech ("known as", "dubbed", "titled").
const LABEL_CUES = new Set(['known', 'nicknamed', 'dubbed', 'titled', 'entitled', 'named', 'billed', 'branded', 'labeled', 'labelled']);

/** The token range of a span of characters inside one unit. */
function tokensOf(a: QuoteAnalysis, q: Span, u: Unit): [number, number] {
  let s = u.tokStart;
  while (s < u.tokEnd && a.tokens[s]!.end <= q.start) s++;
  let e = s;
  while (e < u.tokEnd && a.tokens[e]!.start < q.end) e++;
  return [s, e];
}

function charSpan(a: QuoteAnalysis, s: number, e: number): Span {
  return { start: a.tokens[s]!.start, end: a.tokens[e - 1]!.end };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whether a range of tokens holds only punctuation that may sit between a quote and its cue. */
function onlyGlue(a: QuoteAnalysis, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!/^[,:;—–-]$/.test(a.lower[k]!)) return false;
  return true;
}

/** A channel named right after the cue: "on Twitter", "told CNN", "in an interview with Reuters". */
export function channelAfter(a: QuoteAnalysis, from: number, hi: number): [number, number] | null {
  let k = from;
  const stop = Math.min(hi, from + 8);
  while (k < stop) {
    const l = a.lower[k]!;
    if (PLATFORMS.has(l) && /^\p{Lu}/u.test(a.tokens[k]!.text)) return [k, k + 1];
    if (CHANNEL_PREPOSITIONS.has(l) || l === 'an' || l === 'a' || l === 'the' || l === 'interview' || l === 'statement' || l === 'post' || l === 'posted') {
      k++;
      continue;
    }
    // (a month is never a channel: "announced in Sept. that …", "said in May"; "told May" is a person)
    if (/^\p{Lu}/u.test(a.tokens[k]!.text) && !TIME_WORDS.has(l) && !(MONTHS.has(l) && !(k === from && AUDIENCE_VERBS.has(a.lower[k - 1]!)))) {
      let e = k + 1;
      while (e < stop && (/^\p{Lu}/u.test(a.tokens[e]!.text) || a.lower[e] === '-') && !TIME_WORDS.has(a.lower[e]!)) e++;
      // Only a named outlet after a preposition, or right after a telling verb ("told CNN"), is a channel.
      const prev = a.lower[k - 1]!;
      if (CHANNEL_PREPOSITIONS.has(prev) || (prev === 'the' && CHANNEL_PREPOSITIONS.has(a.lower[k - 2] ?? '')) || (k === from && AUDIENCE_VERBS.has(prev))) return [k, e];
    }
    break;
  }
  return null;
}

/** Skips the audience after a telling verb ("told CNN Friday", "confirmed to the Associated Press"). */
function skipAudience(a: QuoteAnalysis, cue: number, hi: number): number {
  const l = a.lower[cue]!;
  let k = cue + 1;
  if (AUDIENCE_VERBS.has(l)) {
    // Up to "that" when it comes soon; else over a pronoun or a capitalised name.
    for (let j = k; j < Math.min(hi, k + 8); j++) {
      if (a.lower[j] === 'that') return j;
      if (a.lower[j] === ',' || a.lower[j] === '.' || a.quoteOf[j]! >= 0) break;
    }
    if (k < hi && /^(?:me|him|her|them|us|you|reporters|journalists|lawmakers|supporters|voters|viewers|listeners|readers|members|people|the|a|an)$/.test(a.lower[k]!)) {
      if (/^(?:the|a|an)$/.test(a.lower[k]!)) {
        k++;
        while (k < hi && /^\p{Lu}/u.test(a.tokens[k]!.text)) k++;
      } else k++;
    } else {
      while (k < hi && /^\p{Lu}/u.test(a.tokens[k]!.text) && !TIME_WORDS.has(a.lower[k]!)) k++;
    }
  } else if (TO_VERBS.has(l) && a.lower[k] === 'to') {
    let j = k + 1;
    if (/^(?:the|a|an)$/.test(a.lower[j] ?? '')) j++;
    const start = j;
    while (j < hi && (/^\p{Lu}/u.test(a.tokens[j]!.text) || a.lower[j] === '-')) j++;
    if (j > start || /^(?:me|him|her|them|us|reporters|journalists)$/.test(a.lower[j] ?? '')) k = j > start ? j : j + 1;
  }
  while (k < hi && (TIME_WORDS.has(a.lower[k]!) || (a.lower[k] === 'on' && TIME_WORDS.has(a.lower[k + 1] ?? '')))) k++;
  return k;
}

/** The words after the cue that belong to the cue phrase, not the content ("in a statement,"). */
function skipCueTail(a: QuoteAnalysis, k: number, hi: number): number {
  // "on Twitter", "in a statement", "in an interview with CNN", followed by a comma or colon.
  if (k < hi && /^(?:on|in|during|at|via|through)$/.test(a.lower[k]!)) {
    // (a show or paper named in quotation marks is part of the channel, not the statement:
    // 'said on NBC’s “Meet the Press” on Sunday that …')
    let afterTitle = -1;
    for (let j = k + 1; j < Math.min(hi, k + 9 + (afterTitle >= 0 ? afterTitle - k : 0)); j++) {
      if (/^[,:]$/.test(a.lower[j]!)) return j + 1;
      if (a.quoteOf[j]! >= 0) {
        const q = a.quotes[a.quoteOf[j]!]!;
        if (!isTitleCase(a.text.slice(q.innerStart, q.innerEnd))) return j;
        while (j + 1 < hi && a.quoteOf[j + 1] === a.quoteOf[j]) j++;
        afterTitle = j + 1;
        continue;
      }
      if (a.lower[j] === 'that') return j;
    }
    if (afterTitle >= 0) {
      let e = afterTitle;
      while (e < hi && (TIME_WORDS.has(a.lower[e]!) || (a.lower[e] === 'on' && TIME_WORDS.has(a.lower[e + 1] ?? '')))) e++;
      return e;
    }
  }
  while (k < hi && /^[,:]$/.test(a.lower[k]!)) k++;
  return k;
}

interface UnitContext {
  a: QuoteAnalysis;
  u: Unit;
  quotes: { q: MarkedQuote; index: number; tok: [number, number] }[];
  cues: FoundCue[];
  model: QuotesModel | null;
  thresholds: CueThresholds;
}

/** Cue probabilities needed to report an attribution, with and without a quotation in it. */
export interface CueThresholds {
  direct: number;
  indirect: number;
}

// Particles of phrasal speech verbs ("shot back", "spoke up").
const PARTICLES = new Set(['back', 'up', 'out', 'off', 'again', 'later', 'too', 'then', 'directly', 'quietly', 'loudly']);
const PREPOSITIONS = new Set(['to', 'in', 'on', 'at', 'during', 'after', 'before', 'from', 'with', 'by', 'of', 'for', 'into', 'through', 'via', 'while', 'when', 'as', 'since', 'outside', 'inside']);

/** The subject at the start of the unit, for a cue in a coordinated verb phrase ("He smiled and said"). */
function unitSubject(a: QuoteAnalysis, lo: number, cue: number): SpeakerPhrase | null {
  let p = cue - 1;
  while (p > lo && (VERB_FILLERS.has(a.lower[p]!) || /ly$/.test(a.lower[p]!))) p--;
  const prev = a.lower[p] ?? '';
  if (prev !== 'and' && prev !== 'but' && prev !== 'then') return null;
  return clauseSubject(a, lo, p);
}

/** A looser subject for a cue whose sentence shape named none, or null. */
function fallbackSubject(a: QuoteAnalysis, lo: number, cue: FoundCue): SpeakerPhrase | null {
  if (cue.tokStart === lo) return subjectAfter(a, cue.tokEnd, Math.min(a.tokens.length, cue.tokEnd + 9));
  const sub = clauseSubject(a, lo, cue.tokStart);
  return sub && sub.tokEnd <= cue.tokStart ? sub : null;
}

/** Whether the words from k to the unit end are only an attribution's tail (", in a statement."). */
function onlyTail(a: QuoteAnalysis, k: number, hi: number): boolean {
  if (k >= hi) return true;
  const l = a.lower[k]!;
  if (/^[.!?]$/.test(l) && k + 1 >= hi - 1) return true;
  if (l === 'that' || a.quoteOf[k]! >= 0) return false;
  if (!PREPOSITIONS.has(l) && !TIME_WORDS.has(l) && !PARTICLES.has(l) && l !== ',' && l !== '—' && l !== '(') return false;
  // "to" opens a complement ("vows to impose"), not a tail, unless an audience follows ("to reporters").
  if (l === 'to' && !/^(?:the|a|an|reporters|me|him|her|them|us)$/.test(a.lower[k + 1] ?? '') && !/^\p{Lu}/u.test(a.tokens[k + 1]?.text ?? '')) return false;
  // A tail holds no second verb ("… at a rally where he pledged …").
  for (let j = k; j < hi; j++) if (a.lower[j] === 'that' || a.quoteOf[j]! >= 0 || (j > k && verbLike(a, j) && !/^(?:based|called|named)$/.test(a.lower[j]!))) return false;
  return hi - k <= 16;
}

/** Finds the attributions of one unit from its cues and quotations. */
function unitAttributions(ctx: UnitContext, used: Set<number>): RawAttribution[] {
  const { a, u, quotes, cues, thresholds } = ctx;
  const out: RawAttribution[] = [];
  const hi = u.tokEnd;
  let prevEnd = u.tokStart;
  // Where each attribution taken so far could have started (prevEnd before it), to undo the last.
  const priorEnds: number[] = [];
  const accept = (cue: FoundCue, direct: boolean): boolean => cue.probability >= (direct ? thresholds.direct : thresholds.indirect);
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci]!;
    if (cue.tokStart < prevEnd) continue;
    const cueRange: [number, number] = [cue.tokStart, cue.tokEnd];
    let nextCueStart = hi;
    for (let cj = ci + 1; cj < cues.length; cj++) {
      if (cues[cj]!.probability >= thresholds.indirect) {
        nextCueStart = cues[cj]!.tokStart;
        break;
      }
    }
    // A stronger cue right after this one heads the attribution instead ("Read said", "he told").
    const o = cues[ci + 1];
    const rival = o && o.anchor - cue.tokEnd <= 1 && !/^[,;:]$/.test(ctx.a.lower[cue.tokEnd] ?? '') && o.probability > cue.probability;
    if (rival) continue;
    // A cue inside the statement of an attribution already taken is nested reported speech ("X
    // said voters told him …"): news annotation keeps the outer statement whole, so skip it.
    const at = ctx.a.tokens[cue.anchor]!.start;
    const holder = out.find((r) => r.pieces.some((p) => p.start < at && at < p.end));
    // …unless the cue is a second verb of the same subject ("tells the crowd A and tells the crowd
    // B", "noted A and quoted B"): then each verb has its own statement.
    const coordinated = holder && accept(cue, false) ? splitCoordinated(ctx, holder, cue, used) : null;
    // "… told her that it was not that simple, according to an account she gave": a closing
    // "according to" inside a statement ends it and sources the whole sentence.
    const sourced = holder && !coordinated && accept(cue, false) ? splitAccording(ctx, holder, cue, priorEnds[out.indexOf(holder)]!, used) : null;
    if (holder && !coordinated && !sourced) continue;
    let found = coordinated ?? sourced ?? attributionAt(ctx, cue, cueRange, prevEnd, nextCueStart, used);
    if (!found || !accept(cue, found.direct)) continue;
    // "X pushed her count past the threshold, according to the AP": a closing "according to"
    // sources the whole sentence, the reported clause before it included.
    const prior = out[out.length - 1];
    if (!sourced && found.attribution.via === 'according-before' && prior && !prior.direct && prior.via === 'clause-after' && prior.pieces.length === 1 && prior.pieces[0]!.end >= charStart(ctx.a, cue.tokStart) - 2) {
      const whole = attributionAt(ctx, cue, cueRange, priorEnds[priorEnds.length - 1]!, nextCueStart, used);
      if (whole && accept(cue, whole.direct)) {
        out.pop();
        priorEnds.pop();
        found = whole;
      }
    }
    // "…,” Anderson said, adding that …": the participle's speaker is the one just attributed.
    const last = out[out.length - 1];
    if (last?.speaker && /ing$/.test(ctx.a.lower[cue.anchor]!) && ctx.a.lower[cue.tokStart - 1] === ',') found.attribution.speaker = last.speaker;
    for (const i of found.quotes) used.add(i);
    out.push(found.attribution);
    priorEnds.push(prevEnd);
    prevEnd = Math.max(prevEnd, cue.tokEnd);
  }
  return out;
}

// Past forms of common speech verbs that do not end in -ed.
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'knew', 'gave', 'made', 'took', 'felt', 'put', 'held', 'laid', 'saw', 'heard', 'took', 'sought', 'swore', 'forecast', 'foresaw', 'forbade']);

/** The inflection of a verb ("tells" present, "quoted" past, "adding" participle), or null. */
function inflection(word: string): 'present' | 'past' | 'ing' | null {
  if (/ing$/.test(word)) return 'ing';
  if (/ed$/.test(word) || IRREGULAR_PAST.has(word)) return 'past';
  if (/[^s]s$/.test(word)) return 'present';
  return null;
}

/**
 * A cue coordinated with the cue of the clause attribution holding it ("… that A and quoted B"):
 * it opens after "and", in the same inflection as the first verb, with no subject of its own. The
 * first statement is cut before "and" and the second verb gets its own, with the same speaker.
 */
function splitCoordinated(ctx: UnitContext, holder: RawAttribution, cue: FoundCue, used: Set<number>): Candidate | null {
  const { a, u } = ctx;
  if (!holder.cue || !holder.speaker || holder.pieces.length !== 1 || !holder.via.startsWith('clause') || cue.anchor !== cue.tokStart) return null;
  if (a.lower[cue.tokStart - 1] !== 'and') return null;
  const form = inflection(a.lower[cue.anchor]!);
  if (!form || form !== inflection(a.lower[holder.cue[1] - 1]!)) return null;
  let cut = cue.tokStart - 1;
  while (cut > holder.cue[1] && /^[,;—–-]$/.test(a.lower[cut - 1]!)) cut--;
  const piece = holder.pieces[0]!;
  if (cut <= 0 || a.tokens[cut - 1]!.end <= piece.start) return null;
  // The quotations past the cut are free for the second statement.
  const end = a.tokens[cut - 1]!.end;
  const freed = ctx.quotes.filter((x) => x.q.start >= end && x.q.end <= piece.end && used.has(x.index)).map((x) => x.index);
  for (const i of freed) used.delete(i);
  const second = attributionAt(ctx, cue, [cue.tokStart, cue.tokEnd], cue.tokEnd, u.tokEnd, used);
  if (!second || second.attribution.pieces.length !== 1 || second.attribution.pieces[0]!.start < a.tokens[cue.tokEnd - 1]!.end) {
    for (const i of freed) used.add(i);
    return null;
  }
  const direct = ctx.quotes.some((x) => x.q.start >= piece.start && x.q.end <= end);
  holder.pieces[0] = { start: piece.start, end };
  holder.direct = direct;
  second.attribution.speaker = holder.speaker;
  return second;
}

/**
 * A closing ", according to X" inside the clause statement of an earlier cue: that statement ends
 * before the comma, and "according to" takes the sentence from where the earlier attribution could
 * start (PolNeAR nests the first attribution inside the sourced sentence).
 */
function splitAccording(ctx: UnitContext, holder: RawAttribution, cue: FoundCue, from: number, used: Set<number>): Candidate | null {
  const { a, u } = ctx;
  if (a.lower[cue.anchor] !== 'according' || a.lower[cue.tokStart - 1] !== ',' || holder.pieces.length !== 1 || !holder.via.startsWith('clause')) return null;
  const piece = holder.pieces[0]!;
  const comma = cue.tokStart - 1;
  if (comma <= 0 || a.tokens[comma - 1]!.end <= piece.start) return null;
  const found = attributionAt(ctx, cue, [cue.tokStart, cue.tokEnd], from, u.tokEnd, used);
  if (!found || found.attribution.via !== 'according-before') return null;
  const end = a.tokens[comma - 1]!.end;
  holder.pieces[0] = { start: piece.start, end };
  holder.direct = ctx.quotes.some((x) => x.q.start >= piece.start && x.q.end <= end);
  return found;
}

/**
 * Where the statement of a quotation closed by a cue after it starts (character offset): PolNeAR
 * takes the words of its clause before a quotation that a word runs into ("It is “undermining …,”
 * he warned." holds "It is"); a quotation opening its clause or set off by punctuation starts at its mark.
 */
function leadIn(ctx: UnitContext, q: number, prevEnd: number, markStart: number): number {
  const { a, u } = ctx;
  if (q <= 0 || !/[\p{L}\p{N}]/u.test(a.lower[q - 1]!)) return markStart;
  let k = Math.max(prevEnd, u.tokStart);
  // (a colon, semicolon or earlier quotation closes the clause before it: "came under scrutiny: He …")
  for (let j = q - 1; j > k; j--) {
    if (/^[:;]$/.test(a.lower[j]!) || a.quoteOf[j]! >= 0) {
      k = j + 1;
      break;
    }
  }
  // (leading punctuation and invisible marks are not words of the clause)
  while (k < q && !/[\p{L}\p{N}]/u.test(a.lower[k]!)) k++;
  return k < q ? a.tokens[k]!.start : markStart;
}

/** The character offset where token `i` starts. */
function charStart(a: QuoteAnalysis, i: number): number {
  return a.tokens[i]!.start;
}

interface Candidate {
  attribution: RawAttribution;
  direct: boolean;
  /** Quotations this attribution takes (marked used only when it is accepted). */
  quotes: number[];
}

/** Index of the first quotation of the unit starting at or after a token (quotations are in order). */
function firstQuoteFrom(quotes: UnitContext['quotes'], tok: number): number {
  return partitionPoint(quotes.length, (i) => quotes[i]!.tok[0] < tok);
}

/** Index of the last quotation of the unit ending at or before a token, or -1. */
function lastQuoteEndingBy(quotes: UnitContext['quotes'], tok: number): number {
  return partitionPoint(quotes.length, (i) => quotes[i]!.tok[1] <= tok) - 1;
}

/** The first token of a unit that starts at or after a character offset (binary search: units can be long). */
function unitTokenFrom(a: QuoteAnalysis, u: Unit, offset: number): number {
  return u.tokStart + partitionPoint(u.tokEnd - u.tokStart, (i) => a.tokens[u.tokStart + i]!.start < offset);
}

/** The first unused quotation starting at or after a token, if it starts within `within` tokens. */
function unusedQuoteFrom(quotes: UnitContext['quotes'], tok: number, used: ReadonlySet<number>, within = Infinity): UnitContext['quotes'][number] | undefined {
  for (let i = firstQuoteFrom(quotes, tok); i < quotes.length && quotes[i]!.tok[0] - tok <= within; i++) if (!used.has(quotes[i]!.index)) return quotes[i];
  return undefined;
}

/** Builds the attribution a cue heads, trying the structures newspapers use, most specific first. */
function attributionAt(ctx: UnitContext, cue: FoundCue, cueRange: [number, number], prevEnd: number, nextCueStart: number, used: Set<number>): Candidate | null {
  const { a, u, quotes } = ctx;
  const lo = u.tokStart;
  const hi = u.tokEnd;
  const c = cue.anchor;
  const conf = cue.probability;
  const make = (via: string, pieces: Span[], direct: boolean, speaker: SpeakerPhrase | null, channel: [number, number] | null, taken: number[]): Candidate => ({
    attribution: { pieces, direct, partial: false, speaker, cue: cueRange, channel, confidence: conf, continued: false, via },
    direct,
    quotes: taken,
  });

  // 1. According to X, … / …, according to X.
  if (a.lower[c] === 'according') {
    const speaker = subjectAfter(a, cue.tokEnd, hi);
    const sEnd = speaker ? speaker.tokEnd : cue.tokEnd;
    // "… because, according to Trump, the media would …": after a conjunction the source is of
    // the clause that follows, not of the words before it.
    const afterConjunction = a.lower[cue.tokStart - 1] === ',' && SUBORDINATORS.has(a.lower[cue.tokStart - 2] ?? '');
    if (cue.tokStart - prevEnd <= 1 || afterConjunction) {
      let k = sEnd;
      while (k < hi && a.lower[k] !== ',' && a.quoteOf[k]! < 0) k++;
      if (a.lower[k] === ',') k++;
      const q = unusedQuoteFrom(quotes, k, used, 0);
      if (q) return make('according-quote', [{ start: q.q.start, end: q.q.end }], true, speaker, null, [q.index]);
      if (k < hi - 1) return clause('according-after', ctx, [k, contentEnd(a, k, hi, ctx.model, a.lower[cue.tokEnd - 1])], speaker, cueRange, null, conf, used);
      return null;
    }
    let e = cue.tokStart;
    while (e > prevEnd && /^[,—–(-]$/.test(a.lower[e - 1]!)) e--;
    if (e <= prevEnd) return null;
    const qi = lastQuoteEndingBy(quotes, e);
    const q = qi >= 0 && quotes[qi]!.tok[1] === e && !used.has(quotes[qi]!.index) ? quotes[qi] : undefined;
    if (q) return make('according-quote', [{ start: q.q.start, end: q.q.end }], true, speaker, null, [q.index]);
    return clause('according-before', ctx, [prevEnd, e], speaker, cueRange, null, conf, used);
  }

  // 1b. "Asked whether …, Trump said …": the question opening the sentence is an attribution of its
  // own, with no source named in it (PolNeAR marks 41 of 47 such openings in train).
  if (cue.tokStart === lo && a.lower[c] === 'asked' && cue.tokEnd <= c + 2) {
    const question = askedQuestion(a, c + 1, hi);
    if (question) return clause('asked-first', ctx, question, null, cueRange, null, conf, used);
  }

  // 2. A quotation just before the cue: “…,” he said / “…,” said Aman / “…,” Aman, the spokesman, said.
  let before: UnitContext['quotes'][number] | undefined;
  for (let i = lastQuoteEndingBy(quotes, cue.tokStart); i >= 0 && quotes[i]!.tok[1] >= prevEnd; i--) {
    if (!used.has(quotes[i]!.index)) {
      before = quotes[i];
      break;
    }
  }
  // Only a quotation standing on its own (opening the sentence, or after a colon or dash) is the
  // content of a cue that follows it; a quoted phrase inside a clause is not ("… his call for a
  // “deportation force,” Will described …").
  let standsAlone = before && (before.tok[0] <= Math.max(prevEnd, lo) || /^[:;,—–(-]$/.test(a.lower[before.tok[0] - 1]!));
  // A quotation closing on a comma right before "X said." also stands alone ("Meantime “…,” Green said.").
  if (before && !standsAlone && /[,?!]["'”’]*$/.test(a.text.slice(before.q.innerStart, before.q.end)) && cue.tokStart - before.tok[1] <= 8) {
    const sp = subjectBefore(a, cue.tokStart, before.tok[1]);
    const rest = sp ? cue.tokEnd : (subjectAfter(a, cue.tokEnd, hi)?.tokEnd ?? cue.tokEnd);
    standsAlone = onlyTail(a, rest, hi);
  }
  if (before && standsAlone) {
    const gapStart = before.tok[1];
    let g = gapStart;
    while (g < cue.tokStart && /^[,:;—–-]$/.test(a.lower[g]!)) g++;
    const gapWords = cue.tokStart - g;
    let gapOk = gapWords <= 22;
    // (a period inside the unit belongs to an abbreviation: "Sen. Chuck Schumer (D-N.Y.) said")
    for (let k = g; k < cue.tokStart && gapOk; k++) if (a.lower[k] === 'that' || a.quoteOf[k]! >= 0 || /^[!?;]$/.test(a.lower[k]!)) gapOk = false;
    if (gapOk) {
      let speaker: SpeakerPhrase | null = null;
      if (gapWords > 0) {
        speaker = subjectBefore(a, cue.tokStart, g);
        // "…," Lael Brainard, a Fed governor, said: the name opens the gap.
        const named = nameIn(a, g, Math.min(cue.tokStart, g + 6));
        if (named && named[0] === g && (!speaker || !speaker.name || speaker.tokStart > named[1])) speaker = { tokStart: g, tokEnd: named[1], name: named, pronoun: false };
        if (!speaker) speaker = { tokStart: g, tokEnd: cue.tokStart, name: nameIn(a, g, cue.tokStart), pronoun: false };
      } else speaker = subjectAfter(a, cue.tokEnd, nextCueStart);
      const after = speaker && speaker.tokStart >= cue.tokEnd ? speaker.tokEnd : cue.tokEnd;
      const channel = channelAfter(a, after, hi);
      const pieces: Span[] = [{ start: leadIn(ctx, before.tok[0], prevEnd, before.q.start), end: before.q.end }];
      const taken = [before.index];
      // The quote may go on after the attribution: “A,” he said, “B.”
      const next = unusedQuoteFrom(quotes, after, used);
      // (only a quotation set off by punctuation: one inside a phrase is a title or a name, as in
      // 'told “Fox and Friends”' or 'a co-author of “Those Guys Have All the Fun”')
      if (next && next.tok[0] < nextCueStart && onlyGlueOrTail(a, after, next.tok[0]) && /^[,:;—–-]$/.test(a.lower[next.tok[0] - 1] ?? '')) {
        pieces.push({ start: next.q.start, end: next.q.end });
        taken.push(next.index);
      }
      return make('quote-before', pieces, true, speaker, channel, taken);
    }
  }

  // 3. The cue closes the statement: …, he said. / …, said Aman. / …, he said, adding …
  // (never a participle: "…, referring to …" opens its own content after it).
  // (the subject may stand before an earlier cue of the sentence: "Polls, which Trump won, showed")
  const speakerB = subjectBefore(a, cue.tokStart, lo, lo);
  if (!/ing$/.test(a.lower[c]!)) {
    let inverted = !speakerB || (speakerB.tokStart === cue.tokStart);
    // "…, said David Autor, a professor …": a cue after a comma with its speaker after it closes
    // the statement before it, whatever phrase of that statement reads like a subject.
    if (!inverted && /^[,—–]$/.test(a.lower[cue.tokStart - 1] ?? '')) {
      const after = subjectAfter(a, cue.tokEnd, hi);
      if (after && (onlyTail(a, after.tokEnd, hi) || describesSpeaker(a, after.tokEnd, hi))) inverted = true;
    }
    const sp = inverted ? subjectAfter(a, cue.tokEnd, hi) : speakerB;
    const sStart = inverted ? cue.tokStart : speakerB!.tokStart;
    // The statement ends on a comma, or on a quotation closing with one ("… “grounded in fact,” said Alterman").
    const commaBefore =
      sStart - 1 >= prevEnd && (/^[,—–]$/.test(a.lower[sStart - 1]!) || (a.quoteOf[sStart - 1]! >= 0 && /,["'”’]+$/.test(a.text.slice(a.tokens[sStart - 3]?.start ?? 0, a.tokens[sStart - 1]!.end))));
    const rest = inverted && sp ? sp.tokEnd : cue.tokEnd;
    // ("…, a school spokesman told The Wall Street Journal.": the audience belongs to the tail)
    const tailFrom = !inverted && AUDIENCE_VERBS.has(a.lower[cue.tokEnd - 1]!) ? skipAudience(a, cue.tokEnd - 1, hi) : rest;
    if (sp && commaBefore && sStart - 1 > prevEnd && onlyTail(a, tailFrom, hi)) {
      const channel = channelAfter(a, rest, hi);
      return clause(inverted ? 'trailing-inverted' : 'trailing', ctx, [prevEnd, sStart - 1], sp, cueRange, channel, conf, used);
    }
    // "…, said a handful of Democrats who point to …" / "…, said Mindy Romero, director of …".
    if (inverted && sp && commaBefore && sStart - 1 > prevEnd && describesSpeaker(a, rest, hi)) return clause('trailing-inverted', ctx, [prevEnd, sStart - 1], sp, cueRange, null, conf, used);
    // "…, he said, …": the statement goes on after the attribution.
    if (sp && commaBefore && sStart - 1 > prevEnd && a.lower[rest] === ',' && rest + 2 < hi && a.quoteOf[rest + 1]! < 0) {
      // (after "said Black," an apposition or relative clause describes the speaker: "said
      // Jeffery Hemsley, an assistant professor …", "said Black, who has been friends …")
      if (inverted && APPOSITION_OPENERS.has(a.lower[rest + 1]!)) return clause('trailing-inverted', ctx, [prevEnd, sStart - 1], sp, cueRange, null, conf, used);
      const first = clause('inside', ctx, [prevEnd, sStart - 1], sp, cueRange, null, conf, used);
      let end = hi;
      while (end > rest + 2 && /^[.!?]$/.test(a.lower[end - 1]!)) end--;
      first.attribution.pieces.push(charSpan(a, rest + 1, end));
      return first;
    }
  }

  // 4. A passive cue with its agent: "was described by a Taliban spokesman as a “positive step.”"
  if (a.lower[cue.tokEnd] === 'by' && /^(?:was|were|is|are|been|being|be)$/.test(a.lower[cue.tokStart - 1] ?? '')) {
    const agent = subjectAfter(a, cue.tokEnd + 1, hi);
    const first = agent ? unusedQuoteFrom(quotes, agent.tokEnd, used) : undefined;
    const q = first && agent && noClauseBetween(a, agent.tokEnd, first.tok[0]) ? first : undefined;
    if (agent && q) {
      const found = make('passive-quote', [{ start: q.q.start, end: q.q.end }], true, agent, null, [q.index]);
      found.attribution.partial = q.tok[0] > lo + 1;
      return found;
    }
  }

  // 5. A quotation or clause after the cue: he said: “…” / he said (that) … / he told CNN that …
  const speaker = speakerB ?? unitSubject(a, lo, cue.tokStart);
  // When the structure names no subject, a looser guess still beats none for the reader: the cue
  // opening the sentence takes the phrase after it ("Said Comey, “…”"), else the clause's subject.
  const guess = speaker ?? fallbackSubject(a, lo, cue);
  const channel = channelAfter(a, cueRange[1], hi);
  let k = skipAudience(a, cueRange[1] - 1, hi);
  k = skipCueTail(a, k, hi);
  // A quotation introduced after the cue phrase: "said: “…”", "responds to Mills with, “…”".
  let nextQuote: UnitContext['quotes'][number] | undefined;
  for (let i = firstQuoteFrom(quotes, k); i < quotes.length && quotes[i]!.tok[0] - k <= 8; i++) {
    const x = quotes[i]!;
    if (!used.has(x.index) && (x.tok[0] === k || /^[:,]$/.test(a.lower[x.tok[0] - 1]!)) && noClauseBetween(a, k, x.tok[0])) {
      nextQuote = x;
      break;
    }
  }
  if (nextQuote && (/^[:,]$/.test(a.lower[nextQuote.tok[0] - 1]!) || nextQuote.tok[1] >= hi - 1)) {
    // (words between the cue phrase and the quotation may open the statement: "said Clinton “is …”")
    const from = mixedStart(a, lo, nextQuote.tok[0], ctx.model, Math.min(k, nextQuote.tok[0]));
    return make('quote-after', [{ start: a.tokens[from]!.start, end: nextQuote.q.end }], true, speakerAfterQuote(a, nextQuote.tok[1], hi) ?? guess, channel, [nextQuote.index]);
  }
  // "vowed to repeal …", "declined to comment": an infinitive is the statement of a verb of
  // intent (PolNeAR marks it); "to" before a noun phrase is a preposition.
  const infinitive = a.lower[k] === 'to' && /^\p{Ll}+$/u.test(a.tokens[k + 1]?.text ?? '') && !DETERMINER_WORDS.has(a.lower[k + 1]!);
  if (infinitive && k + 2 < hi && speaker) {
    const end = quotedStatementEnd(ctx, k, contentEnd(a, k, hi, ctx.model, a.lower[cueRange[1] - 1]), used);
    if (end > k + 1) return clause('clause-to', ctx, [k, end], speaker, cueRange, channel, conf, used);
  }
  if (k < hi - 1 && !/^[.!?,;]$/.test(a.lower[k]!) && !PREPOSITIONS.has(a.lower[k]!)) {
    // The learned start model refines where the statement begins ("told the crowd he …").
    // (never before where the rules put it: past "to the Associated Press" the rules are exact).
    k = contentStart(a, cue.anchor, cue.anchor + 1, hi, ctx.model, k, k);
    // "known as “The Butcher”": a name or title given in quotation marks is a label, not speech.
    const li = firstQuoteFrom(quotes, k);
    const labelled = quotes[li] && quotes[li]!.tok[0] === k ? quotes[li] : undefined;
    if (labelled && LABEL_CUES.has(a.lower[cue.anchor]!) && isTitleCase(a.text.slice(labelled.q.innerStart, labelled.q.innerEnd))) return null;
    const end = quotedStatementEnd(ctx, k, contentEnd(a, k, hi, ctx.model, a.lower[cueRange[1] - 1]), used);
    if (end > k && (speaker || CLAUSE_OPENERS.has(a.lower[k]!))) return clause('clause-after', ctx, [k, end], guess, cueRange, channel, conf, used);
  }
  return null;
}

/**
 * Where a reported statement from token `k` that the boundary model ends at `end` ends when it holds
 * a quotation with words after it: the mixed-quote end model, trained on quoted statements only,
 * decides whether the words after the quotation still belong to it ('said they want “justice,”
 * but pledged …' stops at the quotation), and may only shorten the statement.
 */
function quotedStatementEnd(ctx: UnitContext, k: number, end: number, used: ReadonlySet<number>): number {
  // (without a trained end model the boundary rules' end stands: mixedEnd would cut at every quotation)
  if (!isTrained(ctx.model?.mixedEnd)) return end;
  let last: UnitContext['quotes'][number] | undefined;
  for (let i = firstQuoteFrom(ctx.quotes, k); i < ctx.quotes.length && ctx.quotes[i]!.tok[1] <= end; i++) if (!used.has(ctx.quotes[i]!.index)) last = ctx.quotes[i];
  if (!last || last.tok[1] >= end) return end;
  // Only a quotation closing on a comma (or ! ?) inside the sentence: PolNeAR train ends the
  // statement there 128 times in 196, but goes on after one closing on a word ('the “first one” to
  // call for it') 573 times in 656, which the boundary model already does.
  if (!/[,!?]$/.test(ctx.a.text.slice(last.q.innerStart, last.q.innerEnd).trimEnd())) return end;
  const cut = mixedEnd(ctx.a, k, last.tok[0], last.tok[1], ctx.u.tokEnd, ctx.model);
  // (a closing "…, according to Y" stays inside: it sources the whole statement, see splitAccording)
  for (let j = cut; j < end; j++) if (ctx.a.lower[j] === 'according') return end;
  return Math.min(end, cut);
}

// Words that open the question after a sentence-opening "Asked" ("Asked whether …", "Asked about …").
const QUESTION_OPENERS = new Set(['about', 'whether', 'if', 'what', 'why', 'how', 'who', 'which', 'when', 'where', 'to']);

/**
 * The question after a sentence-opening "Asked" (past "by Stephanopoulos", "on Fox News", a day),
 * up to the comma that closes it, or null when none opens within a few words.
 */
function askedQuestion(a: QuoteAnalysis, from: number, hi: number): [number, number] | null {
  let k = from;
  while (k < Math.min(hi, from + 8) && !QUESTION_OPENERS.has(a.lower[k]!)) {
    if (/^[,.;:!?]$/.test(a.lower[k]!) || a.quoteOf[k]! >= 0) return null;
    k++;
  }
  if (!QUESTION_OPENERS.has(a.lower[k] ?? '')) return null;
  // "Asked about her vote": the question is what follows "about".
  const start = a.lower[k] === 'about' ? k + 1 : k;
  for (let j = start + 1; j < hi; j++) {
    if (a.quoteOf[j]! >= 0) {
      // A quotation closing on its own comma closes the question ("Asked if Sanders is “… president,”").
      const q = a.quotes[a.quoteOf[j]!]!;
      let e = j;
      while (e < hi && a.quoteOf[e] === a.quoteOf[j]) e++;
      if (/,["'”’]*$/.test(a.text.slice(q.innerStart, q.end))) return [start, e];
      j = e - 1;
      continue;
    }
    if (a.lower[j] === ',') return j > start ? [start, j] : null;
    if (/^[.;!?]$/.test(a.lower[j]!)) return null;
  }
  return null;
}

// Words that open a noun phrase after "to" (a preposition then, not an infinitive).
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him', 'them', 'me', 'us', 'reporters', 'supporters', 'voters', 'some', 'all', 'any', 'every', 'each', 'no', 'more', 'most']);

// Conjunctions after which a clause is still to come ("because, according to X, …").
const SUBORDINATORS = new Set(['because', 'after', 'before', 'since', 'when', 'while', 'if', 'although', 'though', 'that', 'but', 'and', 'so', 'as', 'until', 'unless', 'whether']);

/** Whether no clause opens between two tokens (no "that", no quotation, no sentence stop). */
function noClauseBetween(a: QuoteAnalysis, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (a.lower[k] === 'that' || a.quoteOf[k]! >= 0 || /^[.!?;]$/.test(a.lower[k]!)) return false;
  return true;
}

/** Whether the tokens between an attribution and a following quotation are only glue or its tail. */
function onlyGlueOrTail(a: QuoteAnalysis, s: number, e: number): boolean {
  if (e - s > 12) return false;
  for (let k = s; k < e; k++) if (a.lower[k] === 'that' || a.quoteOf[k]! >= 0) return false;
  return true;
}

// Words opening a description of the person just named rather than more of what they said.
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whom', 'whose', 'which', 'one', 'himself', 'herself', 'also', 'now', 'then', 'formerly']);

// Words after "said X," that go on with the statement or add another, not describe X.
const STATEMENT_GOES_ON = new Set(['and', 'but', 'or', 'so', 'yet', 'because', 'although', 'though', 'while', 'if', 'when', 'as', 'since', 'then', 'that']);

/**
 * Whether the words from e on describe the speaker just named rather than carry on the statement:
 * a relative clause ("who point to …") or, after a comma, an apposition ("a professor …",
 * "director of …", "who …"); never a quotation, a conjunction, a participle or a verb.
 */
function describesSpeaker(a: QuoteAnalysis, e: number, hi: number): boolean {
  const l = a.lower[e];
  if (l === 'who' || l === 'whose') return true;
  if (l !== ',' || e + 1 >= hi || a.quoteOf[e + 1]! >= 0) return false;
  const n = a.lower[e + 1]!;
  if (APPOSITION_OPENERS.has(n)) return true;
  return /^\p{Ll}/u.test(a.tokens[e + 1]!.text) && !STATEMENT_GOES_ON.has(n) && !/ing$/.test(n) && !verbLike(a, e + 1) && !SPEAKER_PRONOUNS.has(n);
}

/** A clause attribution as a candidate, taking the quotations inside it. */
function clause(
  via: string,
  ctx: UnitContext,
  range: [number, number],
  speaker: SpeakerPhrase | null,
  cue: [number, number],
  channel: [number, number] | null,
  confidence: number,
  used: Set<number>,
): Candidate {
  const taken: number[] = [];
  const attribution = clauseAttribution(ctx, range, speaker, cue, channel, confidence, taken, used);
  attribution.via = via;
  return { attribution, direct: attribution.direct, quotes: taken };
}

/** An attribution whose content is a clause of tokens; quotations inside it become part of it. */
function clauseAttribution(
  ctx: UnitContext,
  range: [number, number],
  speaker: SpeakerPhrase | null,
  cue: [number, number],
  channel: [number, number] | null,
  confidence: number,
  taken: number[],
  used: Set<number>,
): RawAttribution {
  const { a, u } = ctx;
  let direct = false;
  // A quotation further on in the same sentence belongs to the statement: extend over it.
  let end = range[1];
  // (up to the next cue strong enough to head a quotation of its own)
  let stop = u.tokEnd;
  for (const c of ctx.cues) {
    if (c.anchor >= end && c.probability >= ctx.thresholds.direct) {
      stop = Math.min(stop, c.anchor);
      break;
    }
  }
  for (let i = firstQuoteFrom(ctx.quotes, end); i < ctx.quotes.length && ctx.quotes[i]!.tok[0] < stop; i++) {
    const x = ctx.quotes[i]!;
    if (!used.has(x.index)) end = Math.max(end, x.tok[1]);
  }
  let span = charSpan(a, range[0], end);
  for (let i = Math.max(0, firstQuoteFrom(ctx.quotes, range[0]) - 1); i < ctx.quotes.length && ctx.quotes[i]!.q.start < span.end; i++) {
    const x = ctx.quotes[i]!;
    if (used.has(x.index)) continue;
    if (x.q.start < span.end && x.q.end > span.start) {
      direct = true;
      taken.push(x.index);
      span = { start: Math.min(span.start, x.q.start), end: Math.max(span.end, x.q.end) };
    }
  }
  return { pieces: [span], direct, partial: false, speaker, cue, channel, confidence, continued: false, via: 'clause' };
}

/**
 * Finds every attribution of the article: quotations tied to their cues, reported statements, and
 * quotations continuing the previous speaker.
 */
export function findAttributions(a: QuoteAnalysis, cues: readonly FoundCue[], model: QuotesModel | null, thresholds: CueThresholds): RawAttribution[] {
  const out: RawAttribution[] = [];
  const used = new Set<number>();
  let ci = 0;
  let qi = 0;
  let last: RawAttribution | null = null;
  let lastBlockEnd = -1;
  let pendingColon: RawAttribution | null = null;
  // The last quotation with a speaker, which a quotation in the same or the next paragraph continues.
  let lastDirect: RawAttribution | null = null;
  let prevUnit: Unit | null = null;
  for (const u of a.units) {
    if (lastDirect && !sameOrNextBlock(a, lastDirect, u)) lastDirect = null;
    const unitCues: FoundCue[] = [];
    while (ci < cues.length && cues[ci]!.anchor < u.tokEnd) {
      if (cues[ci]!.anchor >= u.tokStart) unitCues.push(cues[ci]!);
      ci++;
    }
    const unitQuotes: UnitContext['quotes'] = [];
    while (qi < a.quotes.length && a.quotes[qi]!.start < u.end) {
      const q = a.quotes[qi]!;
      if (q.start >= u.start) unitQuotes.push({ q, index: qi, tok: tokensOf(a, q, u) });
      else if (q.end > u.start) unitQuotes.push({ q, index: qi, tok: [u.tokStart, tokensOf(a, q, u)[1]] });
      qi++;
    }
    // A quotation running on from an earlier unit belongs to that unit's attribution already.
    const fresh = unitQuotes.filter((x) => x.q.start >= u.start && !used.has(x.index));
    // "He declared:" closing the previous paragraph introduces the quotation opening this one.
    const opening = fresh[0];
    if (pendingColon && opening && opening.q.start === u.start && u.start === u.block.start && u.block.start === lastBlockEnd + 2) {
      used.add(opening.index);
      const r: RawAttribution = { ...pendingColon, pieces: [{ start: opening.q.start, end: opening.q.end }], via: 'colon-quote' };
      out.push(r);
      last = r;
      if (r.speaker) lastDirect = r;
    }
    pendingColon = null;
    // "— Bernie Sanders." on its own line signs the quotation of the paragraph before.
    const signed = signature(a, u);
    const prevOut = out[out.length - 1];
    if (signed && prevOut && !prevOut.speaker && prevOut.direct && u.block.start === lastBlockEnd + 2) {
      prevOut.speaker = signed.speaker;
      prevOut.cue = signed.cue;
      prevOut.via = 'signed';
      lastDirect = prevOut;
      lastBlockEnd = u.block.end;
      continue;
    }
    const shaped = structuralCues(a, u, fresh, unitCues);
    if (shaped.length) {
      unitCues.push(...shaped);
      unitCues.sort((x, y) => x.anchor - y.anchor);
    }
    const ctx: UnitContext = { a, u, quotes: fresh.filter((x) => !used.has(x.index)), cues: unitCues, model, thresholds };
    const found = unitAttributions(ctx, used);
    for (const f of found) creditClosingSource(a, u, f);
    pendingColon = colonAtEnd(ctx, found);
    const unitFirst = out.length;
    out.push(...found);
    if (found.length) last = found[found.length - 1]!;
    for (const f of found) if (f.direct && f.speaker) lastDirect = f;
    for (const x of fresh) {
      if (used.has(x.index)) continue;
      used.add(x.index);
      const orphan = orphanQuote(a, u, x.q, lastDirect, lastBlockEnd, prevUnit, model);
      if (orphan) {
        // A quotation inside a statement attributed in its sentence is that speaker's ("China's
        // influence … “velvet gloves” …, said Nargis Kassenova").
        const holder = orphan.continued ? undefined : found.find((f) => f.speaker && f.pieces.some((p) => p.start <= x.q.start && p.end >= x.q.end));
        if (holder) orphan.speaker = holder.speaker;
        if (!orphan.continued) creditClosingSource(a, u, orphan);
        out.push(orphan);
        if (orphan.speaker) last = lastDirect = orphan;
      }
    }
    // "“…” ― Esther Tapia": a dash and a name closing the paragraph sign the quotation before them.
    for (let i = unitFirst; i < out.length; i++) if (signDashed(a, out[i]!)) last = lastDirect = out[i]!;
    lastBlockEnd = u.block.end;
    prevUnit = u;
  }
  return readerSpeakers(a, out);
}

/**
 * Cuts every speaker phrase to the noun phrase a reader sees (see speakerNounPhrase) and drops one
 * that is no subject at all: a gerund clause standing in a subject's place with no sentence
 * subject to stand for it ("making a luxury GT car may seem …"). A continued quotation keeps its
 * phrase: the quotation it continues decides its speaker.
 */
function readerSpeakers(a: QuoteAnalysis, out: RawAttribution[]): RawAttribution[] {
  const trimmed = new Map<SpeakerPhrase, SpeakerPhrase | null>();
  for (const r of out) {
    const p = r.speaker;
    if (!p) continue;
    let t = trimmed.get(p);
    if (t === undefined) {
      t = speakerNounPhrase(a, p);
      if (t && gerundWithoutSubject(a, t, out)) t = null;
      trimmed.set(p, t);
    }
    if (t || !r.continued) r.speaker = t;
  }
  return out;
}

/** Whether a phrase is a gerund clause ("making a …") that no sentence subject or earlier speaker in its sentence stands for. */
function gerundWithoutSubject(a: QuoteAnalysis, p: SpeakerPhrase, out: readonly RawAttribution[]): boolean {
  const first = a.lower[p.tokStart]!;
  if (p.pronoun || p.name?.[0] === p.tokStart || first.length <= 4 || !first.endsWith('ing') || !isMisreadSpeaker(a, p) || misreadSubject(a, p)) return false;
  const unit = a.unitOf[p.tokStart];
  return !out.some((r) => r.speaker && r.speaker !== p && a.unitOf[r.speaker.tokStart] === unit && r.speaker.tokEnd <= p.tokStart);
}

/** The speaker after a cue that opens a paragraph closing on a colon, the name of an apposition preferred ("Said the aide, Tom Reyes:"). */
function invertedBeforeColon(a: QuoteAnalysis, from: number, colon: number): SpeakerPhrase | null {
  const sp = subjectAfter(a, from, colon);
  if (!sp || sp.pronoun) return null;
  if (sp.tokEnd === colon) return sp;
  if (a.lower[sp.tokEnd] !== ',') return null;
  const name = nameIn(a, sp.tokEnd + 1, colon);
  return name && name[0] === sp.tokEnd + 1 && name[1] === colon ? { tokStart: name[0], tokEnd: colon, name, pronoun: false } : sp;
}

/** Gives a direct attribution the source its sentence closes on ("…,” Sanders said, according to CNN.") or the name a digest line labels it with ("- Pew Research: “…”"). */
function creditClosingSource(a: QuoteAnalysis, u: Unit, r: RawAttribution): void {
  const last = r.pieces[r.pieces.length - 1];
  if (!r.direct || !last || r.via.startsWith('according')) return;
  const from = Math.max(unitTokenFrom(a, u, last.end), r.speaker?.tokEnd ?? 0, r.cue?.[1] ?? 0);
  const source = r.speaker ? closingSource(a, u, from) : null;
  if (source) r.speaker = source;
  // (the colon right before the quotation, whichever word the cue model took for the cue)
  const first = unitTokenFrom(a, u, r.pieces[0]!.start);
  const label = first > u.tokStart ? dashedLabel(a, u, first - 1) : null;
  if (label) r.speaker = label;
}

// Irregular past forms of speech verbs, for cues found from the shape of a sentence alone.
const IRREGULAR_SPEECH = new Set(['said', 'told', 'wrote', 'spoke', 'shot', 'went', 'put', 'read', 'says', 'tells', 'writes']);

/** Whether a token looks like a finite verb that could report speech ("barked", "quips", "said"). */
function verbLike(a: QuoteAnalysis, i: number): boolean {
  const l = a.lower[i]!;
  if (!/^\p{Ll}+$/u.test(a.tokens[i]!.text)) return false;
  if (IRREGULAR_SPEECH.has(l)) return true;
  return l.length > 3 && (/ed$/.test(l) || (/[^s]s$/.test(l) && !/(?:ness|ous|ics|ss)$/.test(l)));
}

/**
 * Cues read from the shape of the sentence around a quotation, whatever the verb: “…,” Oliver
 * barked. / “…,” quipped Noah. / A flabbergasted Noah quipped: “…”. Newspapers use these shapes
 * only for attributions, so they hold for verbs the learned lexicon never saw.
 */
function structuralCues(a: QuoteAnalysis, u: Unit, quotes: UnitContext['quotes'], cues: readonly FoundCue[]): FoundCue[] {
  const out: FoundCue[] = [];
  const covered = new Set<number>();
  for (const c of cues) for (let i = c.tokStart; i < c.tokEnd; i++) covered.add(i);
  const has = (i: number): boolean => covered.has(i);
  const make = (i: number): FoundCue => ({ anchor: i, tokStart: i, tokEnd: i + 1, probability: 0.6 });
  for (const x of quotes) {
    // After a quotation closing on a comma, question or exclamation mark.
    if (/[,?!]["'”’]*$/.test(a.text.slice(x.q.innerStart, x.q.end)) && x.tok[1] < u.tokEnd) {
      let k = x.tok[1];
      if (a.lower[k] === ',') k++;
      if (k < u.tokEnd && verbLike(a, k)) {
        // "…," quipped Noah.
        const sp = subjectAfter(a, k + 1, u.tokEnd);
        if (sp && !has(k) && onlyTail(a, sp.tokEnd, u.tokEnd)) out.push(make(k));
      } else {
        // "…," Oliver barked. / "…," an angry Hollande retaliated.
        for (let j = k + 1; j < Math.min(u.tokEnd, k + 8); j++) {
          if (!verbLike(a, j)) continue;
          const sp = subjectBefore(a, j, k);
          if (sp && sp.tokStart === k && !has(j) && onlyTail(a, j + 1, u.tokEnd)) out.push(make(j));
          break;
        }
      }
    }
    // Noah quipped: “…” / He jokes, “…” / Cruz continued:
    const before = x.tok[0] - 1;
    if (before > u.tokStart && /^[:,]$/.test(a.lower[before]!) && verbLike(a, before - 1) && !has(before - 1) && subjectBefore(a, before - 1, u.tokStart)) out.push(make(before - 1));
  }
  // "Cruz continued:" closing a paragraph, before a quotation in the next one.
  const end = u.tokEnd - 1;
  if (end - 1 > u.tokStart && a.lower[end] === ':' && u.tokEnd === tokenAtOrAfter(a, u.block.end) && verbLike(a, end - 1) && !has(end - 1) && subjectBefore(a, end - 1, u.tokStart)) out.push(make(end - 1));
  return out;
}

function tokenAtOrAfter(a: QuoteAnalysis, offset: number): number {
  let k = 0;
  while (k < a.tokens.length && a.tokens[k]!.start < offset) k++;
  return k;
}

/** A paragraph that is only a dash and a name ("— Bernie Sanders."), as a speaker and its cue. */
function signature(a: QuoteAnalysis, u: Unit): { speaker: SpeakerPhrase; cue: [number, number] } | null {
  if (u.start !== u.block.start || u.end !== u.block.end) return null;
  const s = u.tokStart;
  if (!/^[—–-]$/.test(a.lower[s] ?? '')) return null;
  let e = u.tokEnd;
  // (a short description after a comma may follow the name: "-Michelle Marks, Philadelphia.",
  // "— Jane Roe, tweeting after the speech.")
  for (let c = s + 2; c < Math.min(u.tokEnd, s + 8); c++) {
    if (a.lower[c] !== ',') continue;
    if (u.tokEnd - c <= 12 && !a.quoteOf.slice(c, u.tokEnd).some((x) => x >= 0)) e = c;
    break;
  }
  while (e > s + 1 && /^[.]$/.test(a.lower[e - 1]!)) e--;
  if (e - s < 2 || e - s > 7) return null;
  const name = nameIn(a, s + 1, e);
  // (a title before the name belongs to the phrase: "-President Obama")
  if (!name || name[1] !== e || !a.tokens.slice(s + 1, name[0]).every((t) => /^\p{Lu}/u.test(t.text))) return null;
  return { speaker: { tokStart: s + 1, tokEnd: e, name, pronoun: false }, cue: [s, s + 1] };
}

/** Gives a direct attribution the speaker its quotation is signed or labelled with ("“…” ― Name", "“NAME: …"); true when it did. */
function signDashed(a: QuoteAnalysis, r: RawAttribution): boolean {
  const p = r.pieces[r.pieces.length - 1];
  if (!r.direct || !p) return false;
  // "“WALLACE: But, Governor …": a transcript turn names its speaker before the colon.
  const label = transcriptLabel(a, r.pieces[0]!.start);
  if (label) {
    // The turn's words start after the label and its colon (PolNeAR: 17 of 18 such turns).
    const first = r.pieces[0]!;
    const words = a.tokens[label.tokEnd + 1];
    if (words && words.start < first.end) {
      const mark = a.quotes.find((m) => m.start === first.start && m.end === first.end);
      r.pieces[0] = { start: words.start, end: mark && mark.innerEnd > words.start ? mark.innerEnd : first.end };
    }
    r.speaker = label;
    r.cue = [label.tokEnd, label.tokEnd + 1];
    r.channel = null;
    r.continued = false;
    r.via = 'transcript';
    return true;
  }
  const signed = dashSignature(a, p.end);
  if (!signed) return false;
  r.speaker = signed;
  r.cue = [signed.tokStart - 1, signed.tokStart];
  r.channel = null;
  r.continued = false;
  r.via = 'signed';
  return true;
}

/** Whether a unit is in the paragraph of an attribution's last piece or the one right after it. */
function sameOrNextBlock(a: QuoteAnalysis, r: RawAttribution, u: Unit): boolean {
  const p = r.pieces[r.pieces.length - 1];
  if (!p) return false;
  const i = a.article.blocks.indexOf(u.block);
  const prev = a.article.blocks[i - 1];
  return (p.start >= u.block.start && p.start < u.block.end) || (prev !== undefined && p.start >= prev.start && p.start < prev.end);
}

/**
 * When a unit ends with a cue and a colon and nothing after ("In a 1963 speech, he declared:"),
 * the attribution waiting for the quotation that opens the next paragraph.
 */
function colonAtEnd(ctx: UnitContext, found: readonly RawAttribution[]): RawAttribution | null {
  const { a, u, cues, thresholds } = ctx;
  const end = u.tokEnd - 1;
  if (end <= u.tokStart || a.lower[end] !== ':' || u.end !== u.block.end) return null;
  const cue = [...cues].reverse().find((c) => c.tokEnd <= end && c.tokEnd >= end - 8 && c.probability >= thresholds.direct);
  if (!cue || found.some((f) => f.cue && f.cue[0] === cue.tokStart)) return null;
  // (a cue opening the paragraph has its speaker after it: "Stated Stone:", "Said the mayor’s aide, Tom Reyes:")
  const speaker = subjectBefore(a, cue.tokStart, u.tokStart, u.tokStart) ?? clauseSubject(a, u.tokStart, cue.tokStart) ?? (cue.tokStart === u.tokStart ? invertedBeforeColon(a, cue.tokEnd, end) : null);
  return { pieces: [], direct: true, partial: false, speaker, cue: [cue.tokStart, cue.tokEnd], channel: channelAfter(a, cue.tokEnd, end), confidence: cue.probability, continued: false, via: 'colon-quote' };
}

// Words before a quotation that mark it as a name, title or label rather than speech.
const LABEL_BEFORE = /\b(?:called|dubbed|nicknamed|titled|entitled|named|headlined|labeled|labelled|branded|so-called|known as|the word|the term|the phrase|the slogan|the hashtag|the book|the film|the movie|the show|the song|the album|the program|the programme|the series|the article|the headline|the op-ed|the column|the documentary)\s*$/i;

/** A quotation no cue claims: a continued quote, a partial quote, or a label to skip. */
function orphanQuote(a: QuoteAnalysis, u: Unit, q: MarkedQuote, last: RawAttribution | null, lastBlockEnd: number, prevUnit: Unit | null, model: QuotesModel | null): RawAttribution | null {
  const inner = a.text.slice(q.innerStart, q.innerEnd);
  const words = wordCount(inner);
  const startsUnit = q.start <= u.start + 1;
  const before = a.text.slice(Math.max(u.block.start, q.start - 40), q.start);
  if (LABEL_BEFORE.test(before)) return null;
  if (words <= 3 && isTitleCase(inner)) return null;
  const partial = !startsUnit && words < 12 && !/[.!?…]["'”’]?$/.test(inner.trim());
  // A quotation opening a paragraph right after a quoted speaker's paragraph continues that speaker.
  const continues =
    last !== null && last.speaker !== null && last.direct && (q.continuation || (startsUnit && (u.block.start === lastBlockEnd + 2 || lastInSameBlock(last, u))));
  if (continues && last) {
    return { pieces: [{ start: q.start, end: q.end }], direct: true, partial: false, speaker: last.speaker, cue: last.cue, channel: last.channel, confidence: last.confidence * 0.9, continued: true, via: 'continued' };
  }
  if (words < 2 && !startsUnit) return null;
  // A quotation inside a sentence with no cue found: the sentence's subject is the likeliest
  // speaker ("The Sanders campaign projects that “imposing a tax …”"), given with low confidence.
  let speaker: SpeakerPhrase | null = null;
  // A later quotation in the sentence of a quoted speaker ("“…,” said Pantucci, “but …”", "…,
  // Clinton said, calling on Congress to pay “their fair share”") is that speaker's.
  const sameSpeaker = last !== null && last.speaker !== null && lastInSameUnit(last, u, q);
  // A sentence closing on its attribution (“…” in the 2008 primary, said Paul Beck.) names it.
  const trailing = sameSpeaker ? null : trailingSpeaker(a, q.end, u.tokStart, u.tokEnd);
  if (sameSpeaker) speaker = last.speaker;
  else if (trailing) speaker = trailing;
  else if (!startsUnit) {
    let qt = u.tokStart;
    while (qt < u.tokEnd && a.tokens[qt]!.start < q.start) qt++;
    const sub = clauseSubject(a, u.tokStart, qt);
    if (sub && sub.tokEnd < qt) speaker = sub;
  }
  speaker ??= orphanSpeakerGuess(a, u, q, prevUnit);
  // A quotation inside a sentence is usually part of a statement that starts before it (a mixed
  // quote: "described Trump as a “con artist”"); the learned model says where.
  // (not a later quotation in a quoted speaker's sentence: that one is the speaker's words alone)
  // The same holds after it ("a “bad earpiece” before details emerge").
  let start = q.start;
  let end = q.end;
  if (!sameSpeaker) {
    let qt = u.tokStart;
    while (qt < u.tokEnd && a.tokens[qt]!.end <= q.start) qt++;
    let qe = qt;
    while (qe < u.tokEnd && a.tokens[qe]!.start < q.end) qe++;
    if (qt < u.tokEnd) {
      const s = startsUnit ? qt : mixedStart(a, u.tokStart, qt, model);
      start = a.tokens[s]!.start;
      const e = mixedEnd(a, s, qt, qe, u.tokEnd, model);
      if (e > qe) end = a.tokens[e - 1]!.end;
    }
  }
  return { pieces: [{ start, end }], direct: true, partial, speaker, cue: null, channel: null, confidence: speaker ? 0.3 : words >= 8 ? 0.6 : 0.4, continued: false, via: partial ? 'orphan-partial' : 'orphan' };
}

/**
 * A speaker for a quotation no cue claimed, read from the words around it: the subject of a
 * verb after it ("“…,” Miller, a retired worker, said pleasantly …"), of a verb before it, or of a
 * sentence ending in a colon just before it ("As Pollak observed, …:" / "“…”").
 */
function orphanSpeakerGuess(a: QuoteAnalysis, u: Unit, q: MarkedQuote, prevUnit: Unit | null): SpeakerPhrase | null {
  let qs = u.tokStart;
  while (qs < u.tokEnd && a.tokens[qs]!.end <= q.start) qs++;
  let qe = qs;
  while (qe < u.tokEnd && a.tokens[qe]!.start < q.end) qe++;
  // After the quotation.
  let k = qe;
  if (/^[,—–]$/.test(a.lower[k] ?? '')) k++;
  if (k < u.tokEnd && verbLike(a, k) && a.quoteOf[k]! < 0) {
    const sp = subjectAfter(a, k + 1, u.tokEnd);
    if (sp && (sp.name || sp.pronoun)) return sp;
  }
  // "“…,” Murphy, the head of Right to Rise USA, Tweeted": a name right after the quotation.
  if (k < u.tokEnd && a.quoteOf[k]! < 0) {
    const sp = subjectAfter(a, k, u.tokEnd);
    if (sp && sp.name && sp.name[0] === k) return sp;
  }
  for (let j = k + 1; j < Math.min(u.tokEnd, k + 14); j++) {
    if (a.quoteOf[j]! >= 0 || /^[.;!?]$/.test(a.lower[j]!)) break;
    if (!verbLike(a, j)) continue;
    const sp = subjectBefore(a, j, k);
    if (sp && sp.tokStart === k && (sp.name || sp.pronoun)) return sp;
    break;
  }
  // Before the quotation, in its sentence.
  for (let j = qs - 1; j > u.tokStart; j--) {
    if (a.quoteOf[j]! >= 0) break;
    if (!verbLike(a, j)) continue;
    const sp = subjectBefore(a, j, u.tokStart);
    if (sp && (sp.name || sp.pronoun)) return sp;
    break;
  }
  // A quotation opening its sentence right after one about a speaker ("Clinton touted her
  // record. “We need …”"): that sentence's subject, the reading a news reader makes.
  if (qs === u.tokStart && prevUnit && u.start - prevUnit.end <= 3 && a.lower[prevUnit.tokEnd - 1] !== ':' && a.quoteOf[prevUnit.tokStart]! < 0) {
    const sp = clauseSubject(a, prevUnit.tokStart, prevUnit.tokEnd);
    if (sp && (sp.name || sp.pronoun)) return sp;
  }
  // A sentence closing on a colon right before a quotation that opens the unit.
  if (qs === u.tokStart && prevUnit && a.lower[prevUnit.tokEnd - 1] === ':' && u.start - prevUnit.end <= 3) {
    for (let j = prevUnit.tokEnd - 2; j > prevUnit.tokStart; j--) {
      if (!verbLike(a, j)) continue;
      const sp = subjectBefore(a, j, prevUnit.tokStart) ?? clauseSubject(a, prevUnit.tokStart, j);
      if (sp && (sp.name || sp.pronoun)) return sp;
    }
    // "On July 6, Sanders made the following comment:" names no speech verb; its subject introduces the quotation.
    const sp = clauseSubject(a, prevUnit.tokStart, prevUnit.tokEnd - 1);
    if (sp && (sp.name || sp.pronoun)) return sp;
  }
  return null;
}

function lastInSameUnit(last: RawAttribution, u: Unit, q: MarkedQuote): boolean {
  const p = last.pieces[last.pieces.length - 1];
  return p !== undefined && p.start >= u.start && p.end <= q.start;
}

function lastInSameBlock(last: RawAttribution, u: Unit): boolean {
  const p = last.pieces[last.pieces.length - 1]!;
  return p.start >= u.block.start && p.end <= u.block.end;
}

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|the|a|an|and|in|on|for|to|with)$/.test(w)));
}
