/**
 * Page furniture that can sit inside article text: datelines, bylines, photo credits, calls to
 * action and copyright lines. The summary must never quote them.
 */

// "(CNN) --", "Kabul, Afghanistan (CNN) —", "WASHINGTON (Reuters) -", "LONDON — ": a dateline before
// the first sentence. Capitalised place words and an agency in brackets, or an upper-case place.
const DATELINE_RE =
  /^(?:(?:[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*){0,6}\s*)?\((?:CNN|AP|AFP|Reuters|UPI|Xinhua|Bloomberg|dpa|EFE|PTI|ANI|IANS|TASS|RNS)[^)]{0,20}\)\s*(?:--|—|–|-|:)?\s*|\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+){0,2})?\s+(?:--|—|–|-)\s+)/u;

// "By . Daily Mail Reporter . PUBLISHED: . 12:01 EST, 3 April 2015 . | . UPDATED: …" in DailyMail dumps.
const BYLINE_RE = /^(?:By\s+\.?\s*[^.]{2,60}?\s+\.\s+)?(?:(?:PUBLISHED|UPDATED|Last updated)\s*:?\s*\.?\s*[^|]{0,60}?\d{4}\s*\.?\s*\|?\s*\.?\s*)+/u;

// Calls to action and furniture that are never part of the story.
const FURNITURE_PREFIX_RE = /^(?:Scroll down for (?:video|more)|Scroll down to see[^.]*?|Watch the video below|Video(?=\s*:))\s*[.:]?\s*/iu;

// Calls to action and furniture that are never part of the story, in three cheap tests: how the
// sentence starts, a few telltale strings anywhere, and a credit at its very end.
const FURNITURE_START_RE =
  /^(?:click here|follow (?:us|@|him|her|them)|sign up|subscribe|read more|read the (?:full|rest|original)|continue reading|related:|share this|share on|like us on|download the|watch:|watch the|listen:|see also|advertisement|sponsored|(?:photo|image|picture|video)s?\s*(?:credit|courtesy|:)|copyright\b|(?:GettyImages|iStock|Shutterstock)-?\d+$)/iu;
const FURNITURE_ANYWHERE_RE = /©|all rights reserved|via getty images|\((?:photo|image)s?\s*(?:by|:)/iu;
const FURNITURE_END_RE = /(?:\b(?:AFP|AP|Reuters|EPA|PA|Getty|Shutterstock|Alamy)(?:\s*(?:Photo|Images))?|getty images)\s*$/iu;
const NEWSLETTER_RE = /\bnewsletter\b.*\bsign up\b|\bsign up\b.*\bnewsletter\b/iu;

// A photo credit inside a line marks the whole line as a caption ("… on July 2, 2021. ZAKERIA
// HASHIMI/AFP via Getty Images"), as does an image id line before it ("GettyImages-1233765341").
const CREDIT_RE =
  /(?:(?:\bvia\s+|\/\s*)(?:Getty Images|AFP|AP|Reuters|EPA|Shutterstock|Alamy|Bloomberg|NurPhoto|SOPA Images)|\((?:Photo|Image|Picture)[^)]*\))\s*$|^(?:Photo|Image|Picture)\s*(?:credit)?\s*:\s*\p{Lu}|^(?:GettyImages|iStock|Shutterstock|AP|AFP|Reuters)[-_]?\d{4,}$/u;
// A caption is a line or two; a long block ending in a credit is an article with a credit appended.
const MAX_CAPTION_CHARS = 600;

/**
 * Length of the furniture before a sentence: a "Scroll down for video" call, and at the start of
 * a paragraph (`first`) also a dateline or byline ("(CNN) --", "By . Reporter . PUBLISHED: …").
 */
export function leadingFurnitureLength(sentence: string, first: boolean): number {
  const patterns = first ? [BYLINE_RE, DATELINE_RE, FURNITURE_PREFIX_RE] : [FURNITURE_PREFIX_RE];
  let n = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of patterns) {
      const m = re.exec(sentence.slice(n));
      if (m && m[0].length > 0) {
        n += m[0].length;
        changed = true;
      }
    }
  }
  return n;
}

/** Whether a sentence or line is page furniture (a call to action, credit or copyright line). */
export function isFurniture(sentence: string): boolean {
  const t = sentence.trim();
  return (
    FURNITURE_START_RE.test(t) ||
    FURNITURE_ANYWHERE_RE.test(t) ||
    FURNITURE_END_RE.test(t.slice(-40)) ||
    (t.includes('ewsletter') && NEWSLETTER_RE.test(t))
  );
}

// A short line with a copyright notice is page furniture from end to end ("© 2024 Latin Times. All
// rights reserved. Do not reproduce without permission.").
const COPYRIGHT_RE = /©|\ball rights reserved\b|^copyright\b/iu;
const MAX_FURNITURE_LINE_CHARS = 300;

/** Whether a short line (a block of its own) is a copyright or rights notice. */
export function isFurnitureLine(line: string): boolean {
  if (line.length > MAX_FURNITURE_LINE_CHARS * 2) return false;
  const t = line.trim();
  return t.length <= MAX_FURNITURE_LINE_CHARS && COPYRIGHT_RE.test(t);
}

/** Whether a line of text carries a photo credit or image id, which makes it a caption. */
export function isCreditLine(line: string): boolean {
  if (line.length > MAX_CAPTION_CHARS * 2) return false;
  const t = line.trim();
  return t.length <= MAX_CAPTION_CHARS && CREDIT_RE.test(t);
}
