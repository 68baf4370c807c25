import type { Entity, Span, Speaker } from '../annotations';
import type { QuoteAnalysis } from './analysis';
import { isMisreadSpeaker, misreadSubject, nameIn, type SpeakerPhrase } from './speaker-phrase';
import { pronounOf } from './speaker-noun-phrase';
import { DETERMINERS, RELATIVE_PRONOUNS, ROLE_NOUNS, SPEAKER_PRONOUNS } from './words';

/** Finds entity mentions by offset so speakers and channels can be linked to entities. */
export class EntityIndex {
  private readonly mentions: { start: number; end: number; entity: Entity }[];

  /** How many mentions the index holds. */
  get size(): number {
    return this.mentions.length;
  }

  private readonly people: { start: number; end: number; entity: Entity }[];

  constructor(entities: readonly Entity[]) {
    this.mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity }))).sort((x, y) => x.start - y.start);
    this.people = this.mentions.filter((m) => m.entity.type === 'person').sort((x, y) => x.end - y.end);
  }

  /** The entity with a mention overlapping the span most, optionally of given types. */
  at(span: Span, types?: readonly Entity['type'][]): Entity | null {
    let best: Entity | null = null;
    let bestShared = 0;
    // Mentions are sorted by start and short: start a little before the span.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < span.start - 200) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= span.end) break;
      const shared = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (shared > bestShared && (!types || types.includes(m.entity.type))) {
        best = m.entity;
        bestShared = shared;
      }
    }
    return best;
  }

  /** The last mention of a person entity that ends before an offset. */
  lastPersonBefore(offset: number): { entity: Entity; start: number } | null {
    const people = this.people;
    let lo = 0;
    let hi = people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (people[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const m = people[lo - 1];
    return m ? { entity: m.entity, start: m.start } : null;
  }
}

/** A speaker already named in the article, remembered for pronoun and role resolution. */
interface Antecedent {
  speaker: Speaker;
  /** Lower-cased role words said of the speaker ("spokesman"). */
  roles: Set<string>;
  plural: boolean;
  at: number;
}

// How many earlier speakers pronouns and "the spokesman" are resolved against.
const HISTORY = 64;

const text = (a: QuoteAnalysis, s: number, e: number): string => a.text.slice(a.tokens[s]!.start, a.tokens[e - 1]!.end);

/** Resolves speaker phrases to names, descriptions and entities, in reading order. */
export class SpeakerResolver {
  private readonly history: Antecedent[] = [];

  constructor(
    private readonly a: QuoteAnalysis,
    private readonly entities: EntityIndex,
  ) {}

  /** Turns a speaker phrase into a Speaker, resolving pronouns and "the spokesman". */
  resolve(phrase: SpeakerPhrase): Speaker {
    const a = this.a;
    let p = phrase;
    if (isMisreadSpeaker(a, phrase)) {
      const subject = misreadSubject(a, phrase);
      // "“…,” Cruz said, adding: “…”": no subject opens the sentence; the speaker just named in it is meant.
      const earlier = subject ? null : this.earlierInSentence(phrase);
      if (earlier) return earlier;
      p = subject ?? phrase;
    }
    const phraseSpan = { start: a.tokens[p.tokStart]!.start, end: a.tokens[p.tokEnd - 1]!.end };
    const phraseText = text(a, p.tokStart, p.tokEnd);
    const lower = a.lower.slice(p.tokStart, p.tokEnd);
    if (p.pronoun) {
      // (a pronoun joined to its helper, "We’ve", is that pronoun: "We")
      const w = pronounOf(lower[0]!) ?? lower[0]!;
      const shown = phraseText.slice(0, w.length);
      // "I" or "we" outside any quotation is the writer (or the interviewer), never someone named before.
      const writer = (w === 'i' || w === 'we') && a.quoteOf[p.tokStart]! < 0;
      const antecedent = writer ? null : RELATIVE_PRONOUNS.has(w) ? this.relativeAntecedent(p.tokStart) : this.pronounAntecedent(w, phraseSpan.start);
      const speaker: Speaker = antecedent ? { ...antecedent, start: phraseSpan.start, end: phraseSpan.end } : { name: shown, kind: 'named', start: phraseSpan.start, end: phraseSpan.end };
      if (antecedent) this.remember(speaker, new Set(), SPEAKER_PRONOUNS.get(w) === 'plural', phraseSpan.start);
      return speaker;
    }
    const roles = new Set(lower.filter((w) => ROLE_NOUNS.has(w)));
    const head = lower[lower.length - 1]!;
    // A name counts when it heads the phrase; "a U.S. defense official" names no one.
    const name = p.name && p.name[1] === p.tokEnd ? p.name : this.appositionName(p);
    if (name) {
      const span = { start: a.tokens[name[0]]!.start, end: a.tokens[name[1] - 1]!.end };
      const entity = this.entities.at(span, ['person', 'organization', 'misc']);
      const descTokens = p.name && p.name[1] === p.tokEnd ? [p.tokStart, name[0]] : [p.tokStart, p.tokEnd];
      const description = descTokens[1]! > descTokens[0]! ? stripDeterminer(text(a, descTokens[0]!, descTokens[1]!)) : undefined;
      const speaker: Speaker = { name: entity?.name ?? text(a, name[0], name[1]), kind: 'named', start: span.start, end: span.end };
      if (entity) speaker.entityId = entity.id;
      if (description) speaker.description = description;
      this.remember(speaker, roles, false, span.start);
      return speaker;
    }
    // "the spokesman": the person last named in that role.
    const definite = lower[0] === 'the' || lower[0] === 'this';
    if (definite && ROLE_NOUNS.has(head)) {
      const ante = this.recent().find((h) => h.roles.has(head) && h.speaker.kind === 'named');
      if (ante) return { ...ante.speaker, start: phraseSpan.start, end: phraseSpan.end };
    }
    const speaker: Speaker = { name: phraseText, kind: ROLE_NOUNS.has(head) || /s$/.test(head) ? 'unnamed' : 'named', start: phraseSpan.start, end: phraseSpan.end };
    const org = this.entities.at(phraseSpan, ['organization', 'place', 'misc']);
    if (speaker.kind === 'unnamed') {
      speaker.description = phraseText;
      if (org) speaker.affiliationEntityId = org.id;
    } else {
      const entity = this.entities.at(phraseSpan);
      if (entity) {
        speaker.entityId = entity.id;
        speaker.name = entity.name;
      }
    }
    this.remember(speaker, roles, /s$/.test(head), phraseSpan.start);
    return speaker;
  }

  /** The speaker last resolved in the same sentence before a phrase, with the span it was named at. */
  private earlierInSentence(p: SpeakerPhrase): Speaker | null {
    const a = this.a;
    const unit = a.units[a.unitOf[p.tokStart]!];
    const last = this.history[this.history.length - 1];
    if (!unit || !last || last.speaker.start === undefined) return null;
    const at = a.tokens[p.tokStart]!.start;
    return last.speaker.start >= unit.start && last.speaker.start < at ? { ...last.speaker } : null;
  }

  /** Records a speaker taken over by a continued quote, so later pronouns still find it. */
  carry(speaker: Speaker, at: number): void {
    this.remember(speaker, new Set(), false, at);
  }

  /** The latest speakers first; resolution looks no further back than this. */
  private recent(): Antecedent[] {
    return this.history.slice(-HISTORY).reverse();
  }

  private remember(speaker: Speaker, roles: Set<string>, plural: boolean, at: number): void {
    const prior = this.recent().find((h) => h.speaker.name === speaker.name);
    if (prior) for (const r of prior.roles) roles.add(r);
    this.history.push({ speaker: { ...speaker }, roles, plural, at });
  }

  private pronounAntecedent(w: string, at: number): Speaker | null {
    const plural = SPEAKER_PRONOUNS.get(w) === 'plural';
    const fromHistory = this.recent().find((h) => h.at < at && h.plural === plural && (plural || h.speaker.kind === 'named'));
    const person = plural ? null : this.entities.lastPersonBefore(at);
    if (person && (!fromHistory || person.start > fromHistory.at)) {
      return { name: person.entity.name, entityId: person.entity.id, kind: 'named' };
    }
    // Without entities, a full name written shortly before the pronoun ("Fawad Aman spoke …").
    const written = plural || this.entities.size > 0 ? null : this.nameWrittenBefore(at);
    if (written && (!fromHistory || written.at > fromHistory.at)) return written.speaker;
    if (!fromHistory) return null;
    const { start: _s, end: _e, ...rest } = fromHistory.speaker;
    void _s;
    void _e;
    return rest;
  }

  /** The last name of two or more capitalised words within the preceding stretch of text. */
  private nameWrittenBefore(at: number): { speaker: Speaker; at: number } | null {
    const a = this.a;
    let k = 0;
    while (k < a.tokens.length && a.tokens[k]!.start < at) k++;
    const floor = Math.max(0, k - 150);
    for (let e = k; e > floor; e--) {
      if (!/^\p{Lu}\p{Ll}/u.test(a.tokens[e - 1]!.text)) continue;
      let s = e - 1;
      while (s > floor && /^\p{Lu}/u.test(a.tokens[s - 1]!.text) && /\p{L}/u.test(a.tokens[s - 1]!.text)) s--;
      const name = nameIn(a, s, e);
      if (name && name[1] - name[0] >= 2) return { speaker: { name: text(a, name[0], name[1]), kind: 'named' }, at: a.tokens[name[0]]!.start };
      e = s + 1;
    }
    return null;
  }

  /** "Aman, who said …": the name before the comma that precedes the relative pronoun. */
  private relativeAntecedent(tok: number): Speaker | null {
    const a = this.a;
    let k = tok - 1;
    if (k >= 0 && a.lower[k] === ',') k--;
    if (k < 0) return null;
    let s = k;
    while (s > 0 && k - s < 6 && /[\p{L}\p{N}.’']/u.test(a.tokens[s - 1]!.text) && a.lower[s - 1] !== ',') s--;
    const name = nameIn(a, s, k + 1);
    if (!name) return null;
    const span = { start: a.tokens[name[0]]!.start, end: a.tokens[name[1] - 1]!.end };
    const entity = this.entities.at(span);
    const speaker: Speaker = { name: entity?.name ?? text(a, name[0], name[1]), kind: 'named' };
    if (entity) speaker.entityId = entity.id;
    return speaker;
  }

  /** "Fawad Aman, the spokesman, said": the name before an apposition. */
  private appositionName(p: SpeakerPhrase): [number, number] | null {
    const a = this.a;
    if (a.lower[p.tokStart] !== 'the' && a.lower[p.tokStart] !== 'a') return null;
    const k = p.tokStart - 1;
    if (k < 1 || a.lower[k] !== ',') return null;
    let s = k - 1;
    while (s > 0 && k - s < 5 && /^\p{Lu}/u.test(a.tokens[s - 1]!.text)) s--;
    // "In May, the city council voted": a preposition's object before the comma is no name.
    // (the preposition may open the sentence capitalised: "In May, …")
    const prep = /^(?:in|on|at|since|until|by|during|after|before|for|from|of|to|with)$/;
    if ((s > 0 && prep.test(a.lower[s - 1]!)) || prep.test(a.lower[s]!)) return null;
    const name = nameIn(a, s, k);
    return name && name[1] === k ? name : null;
  }
}

function stripDeterminer(s: string): string {
  const first = s.split(/\s+/)[0]!.toLowerCase();
  return DETERMINERS.has(first) && first !== 'two' ? s.slice(first.length).trim() : s;
}
