import type { QuoteAnalysis, Unit } from './analysis';
import { subjectAfter, type SpeakerPhrase } from './speaker-phrase';

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
