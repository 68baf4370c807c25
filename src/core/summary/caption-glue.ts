import type { Span } from '../annotations';

/**
 * Flattened news text (CNN/DailyMail dumps, copy-pasted pages) often runs photo captions into the
 * body with no punctuation between them: "… on Friday Kilmarnock will confirm Locke as manager ‘I’d
 * be over the moon …". A caption has no closing period, so it glues itself to the next sentence.
 * This module finds those glue points so the summary never quotes a caption.
 */

// Capitalised words that open a sentence and, mid-sentence, only follow a missing full stop.
// Personal pronouns are safe even after a capitalised word ("… on Thursday He said …").
const PRONOUN_STARTERS = new Set('He She They We His Her Their'.split(' '));

// Starters that also occur inside titles and names ("Don't Push It", "Lost In Translation",
// "The Sun"): glue only after a lowercase word, and "The"/"A"/"An" only before a lowercase word.
const WEAK_STARTERS = new Set('It Its This These Those There The A An But And However In After When While As If Meanwhile'.split(' '));

// A quotation that closes within this many words is a name or title ("the series "Modern Family"").
const SHORT_QUOTE_WORDS = 5;

// Words that a capitalised word or a quotation may legitimately follow mid-sentence ("told The
// Times", "by The Mail on Sunday", "called it 'The Beast'").
const FUNCTION_WORDS = new Set(
  `a an the and or but nor of to in on at by for with from as than that is was are were be been being am
  his her their my our your its whose who whom which what this these those every each no all some any
  about into onto like via per under over after before against between during within without toward towards
  when where while if because whether so then not only also both either neither
  said says say told tells asked asks added adds wrote writes called calls named dubbed titled entitled
  reads read known labelled labeled branded nicknamed marked insisted claimed claims warned explained
  admitted stated announced replied joked tweeted posted shouted yelled screamed captioned headlined
  adding saying telling writing asking chanting singing reading`
    .split(/\s+/)
    .filter(Boolean),
);

// A capitalised word (or an opening quote and a capital) after white space: where a glue point can be.
const CANDIDATE_RE = /\s+([‘'“"]?)(\p{Lu}[\p{L}\p{N}'’.\-]*)/gu;
// A whole word token, with the opening quotation mark in front of it when there is one.
const TOKEN_RE = /^[‘'“"$£€]?[\p{L}\p{N}](?:[\p{L}\p{N}'’.,/\-]*[\p{L}\p{N}'’.])?$/u;
// The word after a candidate.
const NEXT_WORD_RE = /\s+[‘'“"]?([\p{L}\p{N}][\p{L}\p{N}'’.\-]*)/uy;

// Whether the quotation opening at `at` closes within a few words (a name, title or nickname).
// A closing single quote is one not followed by a letter, so "I’d" does not close it.
function closesSoon(text: string, at: number, end: number): boolean {
  const rest = text.slice(at + 1, Math.min(end, at + 200));
  const close = /[”"]|[’'](?!\p{L})/u.exec(rest);
  if (!close) return false;
  return (rest.slice(0, close.index).match(/[\p{L}\p{N}]+/gu) ?? []).length <= SHORT_QUOTE_WORDS;
}

/** Offsets (into `text`) where a caption or other unpunctuated run ends and a new sentence begins. */
export function findGluePoints(text: string, start: number, end: number): number[] {
  const points: number[] = [];
  CANDIDATE_RE.lastIndex = start;
  for (let m = CANDIDATE_RE.exec(text); m && m.index < end; m = CANDIDATE_RE.exec(text)) {
    const ys = m.index + m[0].length - m[1]!.length - m[2]!.length;
    if (ys >= end) break;
    // The word before: only plain space may separate it from the candidate; any punctuation means
    // the writer put a boundary (or a comma) there.
    let xs = m.index;
    while (xs > start && !/\s/.test(text.charAt(xs - 1))) xs--;
    const x = text.slice(xs, m.index);
    if (!x || !TOKEN_RE.test(x)) continue;
    if (/[.,;:!?][’'”"]*$/.test(x)) continue; // punctuation: "U.S." or "a.m." the splitter judged
    const xWord = x.replace(/^[‘'“"$£€]/, '').replace(/[’']+$/, '');
    if (FUNCTION_WORDS.has(xWord.toLowerCase())) continue;
    const xLower = /^[\p{Ll}\p{N}]/u.test(xWord);
    const y = m[2]!;
    if (xLower && !m[1] && startsCaptionLabelAt(text, ys)) {
      // A caption label after an ordinary word: "… towering over peers Proud mum: Jean with …".
      points.push(ys);
      continue;
    }
    if (m[1]) {
      // An opening quote with a capital after an ordinary word: "… on Friday ‘I’d be over the moon".
      if (xLower && !closesSoon(text, ys, end)) points.push(ys);
      continue;
    }
    const isPronoun = PRONOUN_STARTERS.has(y);
    if (!isPronoun && !(WEAK_STARTERS.has(y) && xLower)) continue;
    NEXT_WORD_RE.lastIndex = ys + y.length;
    const next = NEXT_WORD_RE.exec(text)?.[1];
    const nextLower = next !== undefined && /^\p{Ll}/u.test(next);
    if (isPronoun) {
      // After a capitalised word only when a lowercase word follows: "… on Thursday He said", but
      // not a title ("How Did We Get Here?").
      if (xLower || nextLower) points.push(ys);
      continue;
    }
    if ((y === 'The' || y === 'A' || y === 'An') && !(nextLower && next !== 'and' && next !== 'or')) continue;
    points.push(ys);
  }
  return points;
}

// A caption label: one to four words and a colon at the start ("Tragic: The man …", "CLAIM: MP …").
const LABEL_RE = /^[\p{Lu}‘'“"][\p{L}\p{N}'’‘“”"-]*(?:\s+[\p{L}\p{N}'’‘“”"-]+){0,3}:\s+(?=[\p{Lu}\p{N}‘'“"])/u;
const SPEECH_RE = /\b(?:said|says|say|told|tells|tweeted|posted|declared|responded|argued|announced|added|adds|wrote|writes|reads|read|states|notes|noted|asked|explained|insisted|claimed|warned|admitted|stated|revealed|replied|continued|concluded|recalls|recalled|according)\b/i;

// A caption label inside flattened text: one to three words, a colon, a capital.
const LABEL_AT_RE = /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,2}:\s+[\p{Lu}‘'“"]/uy;

function startsCaptionLabelAt(text: string, at: number): boolean {
  LABEL_AT_RE.lastIndex = at;
  const m = LABEL_AT_RE.exec(text);
  return m !== null && !SPEECH_RE.test(m[0]);
}

/** Whether a sentence opens with a caption label ("Wanted: Police in Maryland …"). */
export function startsWithCaptionLabel(sentence: string): boolean {
  const m = LABEL_RE.exec(sentence);
  return m !== null && !SPEECH_RE.test(m[0]);
}

/**
 * Splits one sentence span into the caption runs glued before it and the sentence proper (the
 * text after the last glue point), or null when nothing of a sentence is left.
 */
export function separateCaptions(text: string, span: Span): { captions: Span[]; body: Span | null } {
  const points = findGluePoints(text, span.start, span.end);
  if (!points.length) return { captions: [], body: span };
  const captions: Span[] = [];
  let s = span.start;
  for (const p of points) {
    captions.push({ start: s, end: trimEnd(text, s, p) });
    s = p;
  }
  return { captions, body: { start: s, end: span.end } };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}
