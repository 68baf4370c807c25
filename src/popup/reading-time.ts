import { countWords } from '../core/report/markdown';

/** Average silent reading speed of adults for non-fiction (Brysbaert 2019: about 238 words a minute). */
const WORDS_PER_MINUTE = 238;

/** Whole minutes it takes to read a text, at least 1 for any text with words; 0 for none. */
export function readingMinutes(text: string): number {
  return minutesForWords(countWords(text));
}

/** Whole minutes it takes to read so many words (what the content script reports before the core runs). */
export function minutesForWords(words: number): number {
  return !(words > 0) ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
