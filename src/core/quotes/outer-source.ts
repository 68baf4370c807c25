import type { QuoteAnalysis, Unit } from './analysis';
import { nameIn, subjectAfter, type SpeakerPhrase } from './speaker-phrase';

// How far after the attribution's last word the closing "according to" may stand ("Obama said of
// the families of gun violence victims, according to …").
const REACH = 14;

/**
 * The source a sentence closes on after its attribution ("“…,” Sanders said, according to CNN."):
 * the person spoke, but the words reach the reader on that outlet's or document's word, and PolNeAR
 * (like a careful reader) credits the quotation to it. Null when the sentence has no such close.
 */
export function closingSource(a: QuoteAnalysis, u: Unit, from: number): SpeakerPhrase | null {
  for (let j = from; j < Math.min(u.tokEnd - 3, from + REACH); j++) {
    // Past a quotation or the sentence end, "according to" is about other words.
    if (a.quoteOf[j]! >= 0 || /^[.;:!?]$/.test(a.lower[j]!)) return null;
    if (a.lower[j] === ',' && a.lower[j + 1] === 'according' && a.lower[j + 2] === 'to') {
      const source = subjectAfter(a, j + 3, u.tokEnd);
      return source && !source.pronoun ? source : null;
    }
  }
  return null;
}

// Words allowed inside a dashed label besides capitalised ones ("Frank Newport and Jim Harter").
const LABEL_JOINERS = new Set(['and', '&', 'of', '.', "'s", '’s']);

/**
 * The name a digest line gives a quotation between a dash and a colon ("TURNOUT WAS HIGH - Michael
 * Smith: “…”", "… -More from Jones and Lee: “…”"): the dash ends the headline, so the name after
 * it, not the headline, is the speaker. Null when the words before the colon are no such label.
 */
export function dashedLabel(a: QuoteAnalysis, u: Unit, colon: number): SpeakerPhrase | null {
  if (a.lower[colon] !== ':') return null;
  for (let j = colon - 1; j > Math.max(u.tokStart, colon - 9); j--) {
    if (!/^(?:[—–-]|--)$/.test(a.lower[j]!)) continue;
    let s = j + 1;
    if (a.lower[s] === 'more' && a.lower[s + 1] === 'from') s += 2;
    else if (a.lower[s] === 'from') s += 1;
    if (s >= colon || !/^\p{Lu}/u.test(a.tokens[s]!.text)) return null;
    for (let k = s; k < colon; k++) if (!/^\p{Lu}/u.test(a.tokens[k]!.text) && !LABEL_JOINERS.has(a.lower[k]!)) return null;
    return { tokStart: s, tokEnd: colon, name: nameIn(a, s, colon), pronoun: false };
  }
  return null;
}
