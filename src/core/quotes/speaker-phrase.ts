import type { QuoteAnalysis } from './analysis';
import { COMMON_CAPITALISED, DETERMINERS, NAME_TITLES, PHRASE_STOPS, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS, TIME_WORDS, VERB_FILLERS } from './words';

/** A speaker phrase as a token range, with the range of the proper name inside it (if any). */
export interface SpeakerPhrase {
  tokStart: number;
  tokEnd: number;
  /** The proper name inside the phrase ("Fawad Aman" in "defense ministry spokesman Fawad Aman"). */
  name: [number, number] | null;
  /** True when the phrase is a personal or relative pronoun to resolve. */
  pronoun: boolean;
}

const MAX_PHRASE = 9;
// Prepositions of place that can follow a speaker inside its phrase ("a staffer in the room").
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'inside', 'outside', 'near']);
// Asides that sit between commas after a subject ("Sanders, meanwhile, said"; "…, for example, said").
const ASIDE_NOUNS = new Set(['example', 'instance', 'course']);
const ADVERB_ASIDES = new Set(['meanwhile', 'however', 'too', 'though', 'also', 'instead', 'moreover', 'then', 'later', 'now', 'in', 'turn']);

/** Adverbs that stand between a subject and its verb ("they always say", "can’t quite believe"). */
const SUBJECT_ADVERBS = new Set(['always', 'quite', 'really', 'actually', 'usually', 'sometimes', 'often', 'rarely', 'seldom', 'truly', 'certainly', 'probably', 'definitely', 'also', 'still', 'just', 'even', 'ever', 'only', 'already', 'again', 'too', 'almost', 'nearly', 'rather', 'merely']);

// Words ending in "-ly" that are nouns or adjectives, not adverbs ("the family said", "the elderly").
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'supply', 'assembly', 'belly', 'bully', 'lily', 'reply', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'friendly', 'likely', 'only', 'holy', 'jolly', 'italy', 'july', 'anomaly', 'monopoly', 'homily', 'fly', 'butterfly']);

/** Whether a lower-case word is an adverb that can stand between a subject and its verb ("always", "reportedly"), not a noun in "-ly" ("family"). */
export function isSubjectAdverb(lower: string): boolean {
  return SUBJECT_ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower));
}

// Object pronouns: what follows a participle cue, not who speaks ("calling them liars").
const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

// Helper verbs that are also names ("Will Doyle", "Theresa May").
const NAME_FILLERS = new Set(['will', 'may']);

/** Whether the token starts with a capital letter (and is a word). */
export function isCapitalised(a: QuoteAnalysis, i: number): boolean {
  return /^\p{Lu}/u.test(a.tokens[i]!.text);
}

function isWord(a: QuoteAnalysis, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(a.tokens[i]!.text);
}

/** Whether a token can be part of a noun phrase naming a speaker. */
function isPhraseToken(a: QuoteAnalysis, i: number): boolean {
  const l = a.lower[i]!;
  if (l === 'of' || l === '-' || l === '&') return true;
  // The period of an abbreviation inside a name: "Rep. Beto O'Rourke", "Gen. Austin Miller".
  if (l === '.' && i > 0) {
    const p = a.lower[i - 1]!;
    return (NAME_TITLES.has(p) || NAME_TITLES.has(`${p}.`) || /^\p{Lu}$/u.test(a.tokens[i - 1]!.text)) && i + 1 < a.tokens.length && /^\p{Lu}/u.test(a.tokens[i + 1]!.text);
  }
  if (!isWord(a, i)) return false;
  // (a capitalised "Will" or "May" inside a phrase is a name: "said Will Doyle", "Theresa May")
  if (PHRASE_STOPS.has(l) || (VERB_FILLERS.has(l) && !(NAME_FILLERS.has(l) && isCapitalised(a, i) && a.units[a.unitOf[i]!]?.tokStart !== i))) return false;
  if (RELATIVE_PRONOUNS.has(l)) return false;
  return true;
}

/** Finds the proper name inside a token range: the last run of capitalised words, titles dropped. */
export function nameIn(a: QuoteAnalysis, start: number, end: number): [number, number] | null {
  let e = end;
  while (e > start) {
    // (a weekday or "Today" is capitalised but never a name: "Carson took the stage Tuesday and …")
    if (isCapitalised(a, e - 1) && isWord(a, e - 1) && !TIME_WORDS.has(a.lower[e - 1]!) && !(e - 1 === start && COMMON_CAPITALISED.has(a.lower[e - 1]!))) break;
    e--;
  }
  if (e <= start) return null;
  let s = e - 1;
  while (s > start && (isCapitalised(a, s - 1) || /^(?:de|van|von|bin|al|da|del|la|le)$/.test(a.lower[s - 1]!)) && isWord(a, s - 1)) s--;
  while (s < e && (NAME_TITLES.has(a.lower[s]!) || NAME_TITLES.has(`${a.lower[s]!}.`)) && s + 1 < e) s++;
  if (s < e && COMMON_CAPITALISED.has(a.lower[s]!) && s === start) s++;
  if (s >= e) return null;
  // A lone all-capital short token is usually an organization or acronym; keep it all the same.
  return [s, e];
}

function phrase(a: QuoteAnalysis, start: number, end: number): SpeakerPhrase {
  const pronoun = end - start === 1 && (SPEAKER_PRONOUNS.has(a.lower[start]!) || RELATIVE_PRONOUNS.has(a.lower[start]!));
  const name = pronoun ? null : nameIn(a, start, end);
  // "Jason Gilbert of Cheyenne", "Stephen Vladeck of the University of Texas": the person named
  // before "of" is the speaker, not the place or body after it.
  if (name && name[0] > start + 1) {
    let of = start + 2;
    while (of < name[0] && a.lower[of] !== 'of') of++;
    const person = of < name[0] ? nameIn(a, start, of) : null;
    if (person && person[1] === of && of - person[0] >= 2 && !NAME_TITLES.has(a.lower[of - 1]!) && !ORG_HEADS.has(a.lower[of - 1]!)) return { tokStart: start, tokEnd: of, name: person, pronoun };
  }
  return { tokStart: start, tokEnd: end, name, pronoun };
}

// Last words of organisation names written with "of" ("Bank of America", "University of Texas").
const ORG_HEADS = new Set(['bank', 'university', 'department', 'board', 'chamber', 'league', 'institute', 'association', 'college', 'school', 'council', 'committee', 'office', 'ministry', 'state', 'states', 'house', 'court', 'church', 'city', 'county', 'republic', 'kingdom', 'union', 'federation', 'society', 'academy', 'center', 'centre', 'party', 'bureau', 'division', 'secretary', 'daughters', 'sons', 'friends', 'people', 'citizens', 'museum', 'hall', 'commission', 'agency', 'service', 'corps', 'army', 'navy', 'government', 'administration']);

/**
 * The subject phrase just before a cue ("defense ministry spokesman Fawad Aman said",
 * "he also told", "Aman, the spokesman, said"), or null when none stands there.
 */
export function subjectBefore(a: QuoteAnalysis, cue: number, lo: number, sentenceStart = lo): SpeakerPhrase | null {
  // A colon read as the cue ("A footnote in the report makes that clear: “…”", "Here’s Clinton in
  // December 1992:"): the word before it is an object or a complement; the clause's subject speaks.
  if (a.lower[cue] === ':' && cue > sentenceStart) {
    const sub = clauseSubject(a, sentenceStart, cue);
    if (sub && sub.tokEnd < cue) return sub;
  }
  let k = cue - 1;
  for (let guard = 0; guard < 6 && k >= lo; guard++) {
    const l = a.lower[k]!;
    if ((VERB_FILLERS.has(l) || isSubjectAdverb(l) || l === 'cannot' || /n[’']t$/.test(l)) && !isCapitalised(a, k)) k--;
    // A bracketed aside before the cue: "Sen. Claire McCaskill (D-Mo.) said".
    else if (l === ')') {
      let j = k - 1;
      while (j > lo && a.lower[j] !== '(' && k - j < 12) j--;
      if (a.lower[j] !== '(') break;
      k = j - 1;
    }
    // A dashed aside: "Gingrich — mentioned as the likeliest running mate — told Fox News".
    else if (/^[—–]$/.test(l)) {
      let j = k - 1;
      while (j > lo && a.lower[j] !== l && a.quoteOf[j]! < 0 && !/^[.;:!?]$/.test(a.lower[j]!) && k - j < 25) j--;
      if (a.lower[j] !== l || j <= lo) break;
      k = j - 1;
    }
    else if (l === ',' && k - 2 >= lo && ADVERB_ASIDES.has(a.lower[k - 1]!) && a.lower[k - 2] === ',') k -= 3;
    else if (l === ',' && k - 3 >= lo && ASIDE_NOUNS.has(a.lower[k - 1]!) && /^(?:for|of)$/.test(a.lower[k - 2]!) && a.lower[k - 3] === ',') k -= 4;
    // The word just before a parenthetical that opens on an aside: "Sanders, meanwhile, who …, said".
    else if (ADVERB_ASIDES.has(l) && !isCapitalised(a, k) && k - 1 >= lo && a.lower[k - 1] === ',') k -= 2;
    else if (ASIDE_NOUNS.has(l) && k - 2 >= lo && /^(?:for|of)$/.test(a.lower[k - 1]!) && a.lower[k - 2] === ',') k -= 3;
    // "Trump at the time said".
    else if (l === 'time' && k - 2 >= lo && a.lower[k - 1] === 'the' && a.lower[k - 2] === 'at') k -= 3;
    // "Beck, who has in the past described"; "Sanders in the past has criticized".
    else if (l === 'past' && k - 2 >= lo && a.lower[k - 1] === 'the' && a.lower[k - 2] === 'in') k -= 3;
    else if (TIME_WORDS.has(l) && k - 1 >= lo && /^(?:on|this|last|late|early)$/.test(a.lower[k - 1]!)) k -= 2;
    else if (TIME_WORDS.has(l) && k - 1 >= lo && (isCapitalised(a, k - 1) || VERB_FILLERS.has(a.lower[k - 1]!))) k--;
    // "went on to say", "continued to insist", "is expected to announce": back to the subject.
    else if (l === 'to' && k - 1 >= lo && /^(?:on|went|goes|go|continued|continues|began|begins|wanted|wants|tried|tries|decided|expected|used|appeared|seemed|seems|going|refused|declined|promised|vowed|sought|hoped)$/.test(a.lower[k - 1]!)) {
      k -= a.lower[k - 1] === 'on' && k - 2 >= lo ? 3 : 2;
    } else break;
  }
  const participle = /ing$/.test(a.lower[cue]!);
  // A participle opening its sentence ("Noting that …, Tester added") is the main clause's subject's.
  if (k < lo) return participle && cue === sentenceStart ? subjectAfterOpening(a, cue) : null;
  let l = a.lower[k]!;
  if (SPEAKER_PRONOUNS.has(l) || RELATIVE_PRONOUNS.has(l)) return phrase(a, k, k + 1);
  // "… emailed her condolences, addressing her … and telling her": a participle joined to another
  // one, or after "before", takes the subject of the finite verb before it.
  if (participle && /^(?:and|before|after|while|then|by|when|also)$/.test(l) && k > sentenceStart) return finiteVerbSubject(a, sentenceStart, k);
  // "Warren appeared with Maddow and officially endorsed Clinton": a finite verb coordinated right
  // after "and" or "but" shares the clause's subject.
  if (!participle && (l === 'and' || l === 'but') && k > sentenceStart) {
    const sub = leadingName(a, clauseSubject(a, sentenceStart, k));
    if (sub && (sub.name || sub.pronoun) && sub.tokEnd <= k && !isMisreadSpeaker(a, sub)) return sub;
    return null;
  }
  // "… “was maniacal,” adding, “…”": the comma closing the quotation stands before the participle.
  // (the verb's own subject first: "Trump told Newsmax that Romney “…,” adding")
  if (participle && a.quoteOf[k]! >= 0 && k > sentenceStart && a.lower[k - 1] === ',') return finiteVerbSubject(a, sentenceStart, k) ?? clauseSubject(a, sentenceStart, k);
  if (l === ',') {
    // A participle after a comma ("…, saying", "…, adding") takes the subject of the main clause,
    // else of the finite verb before it ("“…,” Graham said on MSNBC, adding").
    if (participle) return leadingName(a, clauseSubject(a, sentenceStart, k)) ?? finiteVerbSubject(a, sentenceStart, k);
    // A parenthetical between commas ("Trump, who also campaigned here, tweeted"; "De Blasio,
    // speaking on WOR, called"): the speaker is the phrase before it.
    const open = parentheticalStart(a, lo, k);
    if (open >= 0) {
      const before = subjectBefore(a, open, lo);
      if (before) return before;
    }
    // A name opening the clause and described up to the comma: "Hemsley, the co-author of “Going
    // Viral,” about the rapid spread of information, said": the name speaks, not the last noun.
    const opener = describedName(a, lo, k);
    if (opener) return opener;
    // Otherwise an apposition closed by the comma: "Peter Cook, Carter's press secretary, said".
    k--;
    if (k < lo) return null;
    // (a bracketed party and state before the comma: "Gov. John Kasich (R-OH), said")
    if (a.lower[k] === ')') {
      let j = k - 1;
      while (j > lo && a.lower[j] !== '(' && k - j < 8) j--;
      if (a.lower[j] === '(' && j - 1 >= lo) k = j - 1;
    }
    l = a.lower[k]!;
  }
  if (!isPhraseToken(a, k)) return null;
  const end = k + 1;
  let start = k;
  while (start - 1 >= lo && end - (start - 1) <= MAX_PHRASE && isPhraseToken(a, start - 1)) start--;
  // Leading "of" or a dangling hyphen is not part of the phrase.
  while (start < end && /^(?:of|-|&)$/.test(a.lower[start]!)) start++;
  if (start >= end) return null;
  // A place after the speaker is part of its phrase: "a Democratic staffer in the room wondered".
  if (start - 2 >= lo && /^(?:the|a|an)$/.test(a.lower[start]!) && PLACE_PREPOSITIONS.has(a.lower[start - 1]!) && isPhraseToken(a, start - 2) && !isCapitalised(a, start - 2)) {
    let s2 = start - 2;
    while (s2 - 1 >= lo && start - (s2 - 1) <= MAX_PHRASE && isPhraseToken(a, s2 - 1)) s2--;
    while (s2 < start && /^(?:of|-|&)$/.test(a.lower[s2]!)) s2++;
    if (s2 < start - 1) start = s2;
  }
  // "Another source speaking to Fox News said": the outlet is the audience of a participle inside
  // the subject; the speaker is the phrase before the participle.
  if (start - 2 >= lo && /^(?:to|with)$/.test(a.lower[start - 1]!) && /^(?:speaking|talking|writing)$/.test(a.lower[start - 2]!)) {
    const inner = subjectBefore(a, start - 2, lo);
    if (inner) return inner;
  }
  return phrase(a, start, end);
}


/**
 * A proper name that opens its clause and is followed by a comma and a description running to the
 * comma at `comma` ("Ted Nordhaus, co-founder of …, welcomed"), or null. The description holds no
 * finite verb outside a relative clause; the clause opens the unit or follows a quotation.
 */
function describedName(a: QuoteAnalysis, lo: number, comma: number): SpeakerPhrase | null {
  const nameRun = (from: number): number => {
    let e = from;
    while (e < comma && ((isCapitalised(a, e) && isWord(a, e)) || (a.lower[e] === '.' && isPhraseToken(a, e)))) e++;
    return e;
  };
  const u = a.units[a.unitOf[comma]!]!;
  let start = -1;
  let firstComma = -1;
  const floor = Math.max(lo, u.tokStart);
  for (let j = comma - 1; j >= floor && comma - j <= 40; j--) {
    const l = a.lower[j]!;
    if (a.quoteOf[j]! >= 0) {
      // A quotation closing right before the name ends the clause ("“…,” Name, a …, said"); one
      // inside the description is a title ("the co-author of “Going Viral,” …").
      if (a.quoteOf[j + 1] !== a.quoteOf[j]) {
        const s2 = a.lower[j + 1] === ',' ? j + 2 : j + 1;
        const e2 = nameRun(s2);
        if (e2 > s2 && e2 === firstComma) {
          start = s2;
          break;
        }
      }
      continue;
    }
    // (a period ends the clause, unless it abbreviates inside a name: "Sen. John Smith")
    if (/^[;:!?]$/.test(l) || (l === '.' && !isPhraseToken(a, j))) return null;
    if (l === ',') firstComma = j;
    if (j === floor) start = j;
  }
  if (start < 0) return null;
  // (an adverb and its comma before the name: "Moreover, Jeffrey Sachs, director of …, said")
  if (start + 2 < comma && a.lower[start + 1] === ',' && (NAMELESS_OPENERS.has(a.lower[start]!) || /^\p{Lu}\p{Ll}+ly$/u.test(a.tokens[start]!.text))) start += 2;
  const e = nameRun(start);
  if (e === start || a.lower[e] !== ',' || e >= comma - 1 || NAMELESS_OPENERS.has(a.lower[start]!)) return null;
  // The description: no finite verb before a relative pronoun ("…, who has feuded with …," is fine).
  let seenRelative = false;
  for (let t = e + 1; t < comma; t++) {
    if (a.quoteOf[t]! >= 0) continue;
    if (RELATIVE_PRONOUNS.has(a.lower[t]!)) seenRelative = true;
    else if (!seenRelative && finiteVerb(a, t)) return null;
  }
  const name = nameIn(a, start, e);
  if (!name || name[1] !== e) return null;
  return { tokStart: start, tokEnd: e, name, pronoun: false };
}

// Irregular finite verbs a subject can stand before ("Graham said on MSNBC, adding …").
const FINITE_IRREGULAR = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'spoke', 'went', 'made', 'took', 'gave', 'came', 'put', 'stood', 'sat', 'met', 'ran', 'got', 'held', 'kept', 'left', 'brought', 'thought', 'felt', 'is', 'was', 'has', 'had']);

/** Whether a finite verb, maybe after helpers and adverbs, starts at token i ("said", "also told"). */
function verbFollows(a: QuoteAnalysis, i: number): boolean {
  let v = i;
  while (v < a.tokens.length && v - i < 3 && VERB_FILLERS.has(a.lower[v]!)) v++;
  if (v >= a.tokens.length || !/^\p{Ll}+$/u.test(a.tokens[v]!.text)) return false;
  // (a plain "-s" word is too often a plural noun: "Holding signs calling …")
  return v > i || FINITE_IRREGULAR.has(a.lower[v]!) || (a.lower[v]!.length > 3 && /ed$/.test(a.lower[v]!));
}

/** Whether a token reads as a finite verb with its subject before it (not a plural noun). */
function finiteVerb(a: QuoteAnalysis, i: number): boolean {
  const l = a.lower[i]!;
  if (!/^\p{Ll}+$/u.test(a.tokens[i]!.text)) return false;
  if (FINITE_IRREGULAR.has(l) || (l.length > 3 && /ed$/.test(l))) return true;
  // "-s" reads as a verb only right after a name or a pronoun ("Trump wants"), not in "his policies".
  return l.length > 3 && /[^s]s$/.test(l) && i > 0 && (SPEAKER_PRONOUNS.has(a.lower[i - 1]!) || (isCapitalised(a, i - 1) && isWord(a, i - 1)));
}

/**
 * A clause subject cut to the name opening it when a finite verb follows that name ("Perez
 * hammered Trump, calling him …" is Perez's, not Trump's); other subjects as they are.
 */
function leadingName(a: QuoteAnalysis, sub: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!sub || !sub.name || sub.name[0] === sub.tokStart || COMMON_CAPITALISED.has(a.lower[sub.tokStart]!) || DETERMINERS.has(a.lower[sub.tokStart]!)) return sub;
  let run = sub.tokStart;
  while (run < sub.tokEnd && isCapitalised(a, run) && isWord(a, run)) run++;
  let v = run;
  while (v < sub.tokEnd && VERB_FILLERS.has(a.lower[v]!)) v++;
  if (run === sub.tokStart || v >= sub.tokEnd || !finiteVerb(a, v)) return sub;
  const name = nameIn(a, sub.tokStart, run);
  return name && name[1] === run ? { tokStart: sub.tokStart, tokEnd: run, name, pronoun: false } : sub;
}

/**
 * The subject of the nearest finite verb before token `end` in its sentence that has a name or a
 * pronoun for subject ("Sanders stepped up his emphasis …, saying"), quotations skipped.
 */
function finiteVerbSubject(a: QuoteAnalysis, lo: number, end: number): SpeakerPhrase | null {
  for (let j = end - 1; j > lo && end - j <= 40; j--) {
    if (a.quoteOf[j]! >= 0 || !finiteVerb(a, j)) continue;
    const sp = subjectBefore(a, j, lo, lo);
    if (sp && (sp.name || sp.pronoun) && !RELATIVE_PRONOUNS.has(a.lower[sp.tokStart]!) && !isMisreadSpeaker(a, sp)) return sp;
  }
  return null;
}

/**
 * For a participle clause opening a sentence ("Reflecting on his career as a lawyer, the Senate
 * leader said"), the subject of the main clause after its comma, or null.
 */
function subjectAfterOpening(a: QuoteAnalysis, cue: number): SpeakerPhrase | null {
  const unit = a.units[a.unitOf[cue]!];
  if (!unit) return null;
  for (let j = cue + 1; j < Math.min(unit.tokEnd, cue + 40); j++) {
    if (a.quoteOf[j]! >= 0 || a.lower[j] !== ',') continue;
    // (the comma must close the participle clause: a subject right after it, then its verb)
    for (let v = j + 2; v < Math.min(unit.tokEnd, j + 2 + MAX_PHRASE); v++) {
      if (!finiteVerb(a, v)) continue;
      const sub = subjectBefore(a, v, j + 1, j + 1);
      return sub && sub.tokStart === j + 1 && !isMisreadSpeaker(a, sub) ? sub : null;
    }
    return null;
  }
  return null;
}

/**
 * The speaker phrase just after a cue in an inverted attribution ("…," said Fawad Aman, the
 * spokesman) up to a comma, the unit end or a preposition.
 */
export function subjectAfter(a: QuoteAnalysis, from: number, hi: number): SpeakerPhrase | null {
  let k = from;
  if (k >= hi) return null;
  const l = a.lower[k]!;
  if (SPEAKER_PRONOUNS.has(l)) return phrase(a, k, k + 1);
  // An object pronoun is the cue's object, never its speaker ("comparing him favorably to …").
  if (OBJECT_PRONOUNS.has(l)) return null;
  let end = k;
  while (end < hi && end - k < MAX_PHRASE && isPhraseToken(a, end) && !(end > k && TIME_WORDS.has(a.lower[end]!))) end++;
  while (end > k && /^(?:of|-|&)$/.test(a.lower[end - 1]!)) end--;
  if (end <= k) return null;
  return phrase(a, k, end);
}

// Words that open a parenthetical after a name: relative pronouns and participles.
const PARENTHETICAL_OPENERS = /^(?:who|whom|whose|which|speaking|writing|appearing|talking|asked|interviewed|referring|responding|standing|sitting|campaigning|wearing|clad|flanked|surrounded|pressed|based|according|during|at|in|on|after|before|while|when|meanwhile|however|though|too|also|like|unlike|as)$/;

/**
 * For a comma just before a cue, the offset of the comma that opens the parenthetical it closes
 * (", who …," / ", speaking …,"), or -1 when the phrase between is an apposition or too long.
 */
function parentheticalStart(a: QuoteAnalysis, lo: number, close: number): number {
  for (let j = close - 1; j >= Math.max(lo, close - 25); j--) {
    const l = a.lower[j]!;
    if (a.quoteOf[j]! >= 0 || /^[.;:!?]$/.test(l)) return -1;
    if (l !== ',') continue;
    const first = a.lower[j + 1] ?? '';
    if (PARENTHETICAL_OPENERS.test(first)) return j;
    // "Harry Bond, 30, of Raleigh, N.C., said": an age or a hometown after a name.
    if (/^\p{N}+$/u.test(first) || first === 'of' || first === 'from') return j;
  }
  return -1;
}

// Words opening an adverbial that runs to the first comma before a sentence's subject.
const OPENERS =
  /^(?:in|on|at|after|before|when|while|as|during|since|with|for|later|earlier|last|then|but|and|still|meanwhile|however|although|though|despite|amid|amidst|among|outside|inside|following|throughout|beyond|unlike|like|across|behind|around|instead|hours|minutes|days|weeks|months|years|moments|shortly|soon|asked|pressed|questioned|interviewed|reached|contacted|confronted|challenged|faced|elected|based)$/;

/** The token after a dateline opening a sentence ("WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –"), else `lo`. */
function afterDateline(a: QuoteAnalysis, lo: number, end: number): number {
  let sawCaps = false;
  for (let j = lo; j < Math.min(end, lo + 12); j++) {
    const t = a.tokens[j]!.text;
    if (/^[—–]$/.test(t) || (t === '-' && sawCaps)) return sawCaps && j + 1 < end ? j + 1 : lo;
    if (/^\p{Lu}/u.test(t)) sawCaps = true;
    else if (!/^(?:[,.()]|\p{N}+)$/u.test(t)) return lo;
  }
  return lo;
}

/** The subject of the clause that holds token `end`: its first name, pronoun or noun phrase. */
export function clauseSubject(a: QuoteAnalysis, lo: number, end: number): SpeakerPhrase | null {
  const sub = mainClauseSubject(a, lo, end);
  // "Trump, who has postured himself as the “law and order candidate,” …": a token inside a
  // relative clause opened after the subject is in that clause, whose subject is the pronoun.
  if (sub && !sub.pronoun) {
    for (let j = sub.tokEnd; j + 1 < end; j++) {
      if (a.lower[j] !== ',' || a.quoteOf[j]! >= 0 || !/^(?:who|which)$/.test(a.lower[j + 1]!)) continue;
      let closed = false;
      for (let c = j + 2; c < end && !closed; c++) if (a.lower[c] === ',' && a.quoteOf[c]! < 0) closed = true;
      if (!closed) return phrase(a, j + 1, j + 2);
    }
  }
  // "Reid said both are “non-entities,” but he gave the Texan a compliment:": a later clause
  // joined by a conjunction has its own pronoun subject.
  if (sub) {
    for (let j = end - 2; j >= sub.tokEnd; j--) {
      if (a.quoteOf[j]! >= 0 || !CLAUSE_JOINERS.has(a.lower[j]!) || !SPEAKER_PRONOUNS.has(a.lower[j + 1]!) || /^(?:it|you)$/.test(a.lower[j + 1]!)) continue;
      if (a.lower[j] === 'and' && a.lower[j - 1] !== ',') continue;
      let v = j + 2;
      while (v < end && VERB_FILLERS.has(a.lower[v]!)) v++;
      if (v < end && (finiteVerb(a, v) || v > j + 2)) return phrase(a, j + 1, j + 2);
    }
  }
  return sub;
}

// Conjunctions that open a clause with its own subject ("…, but he gave …").
const CLAUSE_JOINERS = new Set(['but', 'and', 'while', 'although', 'though', 'because', 'yet', 'so']);
// Capitalised words that open a clause without naming anyone ("In Virginia, …", "For example, …"):
// the asides and clause joiners above, prepositions, determiners and sentence adverbs.
const NAMELESS_OPENERS = new Set([...ADVERB_ASIDES, ...CLAUSE_JOINERS, 'in', 'on', 'at', 'for', 'by', 'after', 'before', 'during', 'since', 'as', 'still', 'today', 'yesterday', 'last', 'this', 'that', 'the', 'a', 'an', 'when', 'if', 'even', 'with', 'without', 'under', 'over', 'from', 'to', 'of', 'according', 'furthermore', 'indeed', 'likewise', 'thus', 'hence', 'nevertheless', 'nonetheless', 'otherwise', 'besides', 'overall', 'again', 'here', 'there', 'yes', 'no', 'well', 'first', 'second', 'third', 'finally', 'earlier']);

/** The subject of the sentence's main clause before token `end` (see clauseSubject). */
function mainClauseSubject(a: QuoteAnalysis, lo: number, end: number): SpeakerPhrase | null {
  let k = afterDateline(a, lo, end);
  // Skip an opening adverbial up to its comma ("In late June, the ABA …", "Later, he …",
  // "Hastily politicizing the tragedy, Trump …", "Hours later, Trump …", "Asked about it, Carson …").
  const opener = a.lower[k] ?? '';
  // (a name spelled like a participle or an adverb is no opener: "Manning said", "Kelly told")
  const nameLike = /(?:ly|ing)$/.test(opener) && isCapitalised(a, k) && k + 1 < end && verbFollows(a, k + 1);
  // "A month later, he …", "Two years ago, Trump …": a time phrase closed by a comma.
  const timed = [1, 2, 3].find((d) => k + d + 1 < end && /^(?:later|earlier|ago)$/.test(a.lower[k + d]!) && a.lower[k + d + 1] === ',');
  if (timed !== undefined) k += timed + 2;
  else if (OPENERS.test(opener) || (/(?:ly|ing)$/.test(opener) && !nameLike)) {
    for (let j = k; j < Math.min(end, k + 30); j++) {
      if (a.lower[j] === ',' && a.quoteOf[j]! < 0) {
        k = j + 1;
        break;
      }
      // (or the comma that closes a quotation inside the opener: "Holding signs calling him “a loser,” the …")
      if (a.lower[j] === ',' && j + 2 < end && a.quoteOf[j + 1] === a.quoteOf[j] && a.quoteOf[j + 2]! < 0 && /^["”’']$/.test(a.tokens[j + 1]!.text)) {
        k = j + 2;
        break;
      }
    }
    // A date written with its year: "On July 6, 2015, Sanders …".
    if (/^\p{N}{4}$/u.test(a.lower[k] ?? '') && a.lower[k + 1] === ',' && k + 2 < end) k += 2;
    // A place written with its state or country: "Speaking in Salem, New Hampshire, Trump …".
    let e = k;
    while (e < end && e - k < 3 && isCapitalised(a, e) && isWord(a, e)) e++;
    if (e > k && a.lower[e] === ',' && e + 1 < end && (isCapitalised(a, e + 1) || SPEAKER_PRONOUNS.has(a.lower[e + 1]!)) && a.lower[e + 1] !== 'the') k = e + 1;
  }
  while (k < end && /^(?:but|and|so|yet|then|still|also)$/.test(a.lower[k]!)) k++;
  if (k >= end) return null;
  if (SPEAKER_PRONOUNS.has(a.lower[k]!)) return phrase(a, k, k + 1);
  let e = k;
  while (e < end && e - k < MAX_PHRASE && isPhraseToken(a, e)) e++;
  if (e === k) return null;
  const p = phrase(a, k, e);
  // Keep only the noun phrase: a capitalised name run, or the words up to the first verb-like word.
  if (p.name && p.name[0] === k) return { ...p, tokEnd: p.name[1] };
  // "The Blaze’s Matt Walsh provided …": the phrase ends at a name its verb follows.
  if (p.name && p.name[1] < e && finiteVerb(a, p.name[1])) return { ...p, tokEnd: p.name[1] };
  if (p.name) return p;
  return SUBJECT_DETERMINERS.has(a.lower[k]!) ? nounPhrase(a, k, e) : null;
}

// Determiners that open a subject noun phrase naming no one ("The ad", "His chief aide", "Many reporters").
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'many', 'some', 'several', 'most', 'other', 'another', 'one', 'two', 'three']);

/**
 * The noun phrase opening at a determiner, up to its verb ("The ad targets …" → "The ad"): the
 * first word after the determiner is always kept (it can be a plural, "Many reporters noted"); a
 * later word ending in -s, -ed or a helper verb is the verb.
 */
function nounPhrase(a: QuoteAnalysis, k: number, e: number): SpeakerPhrase | null {
  let end = k + 1;
  if (end < e) end++;
  while (end < e) {
    const l = a.lower[end]!;
    if (VERB_FILLERS.has(l) || /(?:ed|[^s]s|goes|does)$/.test(l) || /^(?:has|is|was|said|says|told|wrote|went|made|took|came|put|gave)$/.test(l)) break;
    end++;
  }
  // A phrase running to the search limit without a verb is not a clean subject.
  if (end === e && e - k >= MAX_PHRASE) return null;
  return { tokStart: k, tokEnd: end, name: null, pronoun: false };
}

// Prepositions that can open a sentence capitalised and so be read as the start of a name.
const SENTENCE_PREPOSITIONS = new Set(['amid', 'amidst', 'among', 'outside', 'inside', 'following', 'despite', 'throughout', 'beyond', 'unlike', 'like', 'across', 'behind', 'around']);

// Irregular verb forms that open a phrase found in a speaker's place ("came out against …").
const IRREGULAR_VERBS = new Set(['came', 'went', 'shown', 'heard', 'hold', 'held', 'took', 'made', 'gave', 'began', 'put', 'kept']);

/**
 * Whether a phrase standing where a speaker should be is a verb, a participle clause or a number
 * ("boomed", "adding", "Holding signs", "2018") rather than a noun phrase naming someone: the
 * subject is then further back in the sentence.
 */
export function isMisreadSpeaker(a: QuoteAnalysis, p: SpeakerPhrase): boolean {
  if (p.pronoun) return false;
  const first = a.lower[p.tokStart]!;
  const word = a.tokens[p.tokStart]!.text;
  if (/^\p{N}/u.test(word)) return !p.name;
  // A preposition opening the sentence ("Amid responses from some, …", "Outside the hall, …").
  if (SENTENCE_PREPOSITIONS.has(first) && a.units[a.unitOf[p.tokStart]!]?.tokStart === p.tokStart) return true;
  // A lone determiner ("The") or "it’s" / "that’s" names no one.
  if (p.tokEnd - p.tokStart === 1 && /^(?:the|a|an|this|these|those)$/.test(first)) return true;
  if (/^(?:it|that|there|here|what)[’']s$/.test(first)) return true;
  const verbal = (first.length > 4 && /(?:ing|ed|ly)$/.test(first)) || IRREGULAR_VERBS.has(first);
  if (!verbal) return false;
  if (!isCapitalised(a, p.tokStart)) return true;
  // A capitalised participle counts only opening its sentence before lower-case words ("Holding signs")
  const unit = a.units[a.unitOf[p.tokStart]!];
  // (or an adverb: "Hastily politicizing the tragedy, Trump …")
  // (not a name so spelled before its verb: "Manning said", "Kelly also told")
  return /(?:ing|ly)$/.test(first) && unit !== undefined && unit.tokStart === p.tokStart && p.tokStart + 1 < a.tokens.length && !isCapitalised(a, p.tokStart + 1) && !verbFollows(a, p.tokStart + 1);
}

// Speech verbs of an inverted attribution that closes a sentence (", said Paul Beck.").
const TRAILING_CUES = new Set(['said', 'says', 'added', 'adds', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'wrote', 'writes', 'insisted', 'warned', 'recalled', 'observed', 'contended', 'acknowledged', 'continued', 'stated']);

/**
 * The speaker of an attribution closing a sentence after a character offset ("Clinton “drew
 * well …” in the 2008 primary, said Paul Beck, a professor." / "…, Beck said."), or null.
 */
export function trailingSpeaker(a: QuoteAnalysis, after: number, lo: number, hi: number): SpeakerPhrase | null {
  let j = lo;
  while (j < hi && a.tokens[j]!.start < after) j++;
  // (a quotation closing on "!" or "?" may end its sentence: "“Perpetual motion!” Rep. Glenn
  // Thompson, R-Pa., said of …" is then the next unit)
  const next = j >= hi ? a.units[a.unitOf[j] ?? -1] : undefined;
  const adjacent = attributionAfterQuote(a, j, next && next.block === a.units[a.unitOf[lo]!]?.block ? next.tokEnd : hi);
  if (adjacent) return adjacent;
  // Only an apposition or the sentence's end may follow the speaker.
  const closes = (k: number): boolean => {
    if (k >= hi || (k === hi - 1 && /^[.!?]$/.test(a.lower[k]!))) return true;
    if (a.lower[k] !== ',') return false;
    for (let i = k + 1; i < hi; i++) if (a.quoteOf[i]! >= 0 || TRAILING_CUES.has(a.lower[i]!)) return false;
    return true;
  };
  for (; j < hi - 2; j++) {
    if (a.lower[j] !== ',' || a.quoteOf[j]! >= 0) continue;
    if (TRAILING_CUES.has(a.lower[j + 1]!)) {
      const sp = subjectAfter(a, j + 2, hi);
      if (sp && (sp.name || sp.pronoun) && closes(sp.tokEnd)) return sp;
      continue;
    }
    let e = j + 1;
    while (e < hi && e - j <= 4 && isCapitalised(a, e) && isWord(a, e)) e++;
    if (e > j + 1 && TRAILING_CUES.has(a.lower[e] ?? '') && closes(e + 1)) {
      const name = nameIn(a, j + 1, e);
      if (name) return { tokStart: j + 1, tokEnd: e, name, pronoun: false };
    }
  }
  return null;
}

// Dashes that introduce a signature after a quotation ("“…” ― Esther Tapia", "“…” — Bernie Sanders").
const SIGNATURE_DASH = /^(?:[—–―-]|--)$/;

/**
 * The name signing a quotation that ends at a character offset: a dash, a name and nothing more
 * before the paragraph ends ("“…” ― Esther Tapia", "“…”— Julie A. Diaz Martinez, Phoenix."), or null.
 * Lists of reader or voter quotes are signed this way; the name beats any pronoun inside the quote.
 */
export function dashSignature(a: QuoteAnalysis, after: number): SpeakerPhrase | null {
  let k = tokenFrom(a, after);
  if (k >= a.tokens.length || !SIGNATURE_DASH.test(a.tokens[k]!.text)) return null;
  // The dash must follow the quotation directly on the same line.
  if (/\n/.test(a.text.slice(after, a.tokens[k]!.start))) return null;
  k++;
  const s = k;
  // A name: capitalised words, initials with their period, lower-case particles ("de", "van").
  while (k < a.tokens.length && k - s < 8) {
    const t = a.tokens[k]!.text;
    // (an initial inside the name may look like a common word: "Julie A. Diaz")
    if (/^\p{Lu}/u.test(t) && /\p{L}/u.test(t) && (!COMMON_CAPITALISED.has(a.lower[k]!) || (k > s && t.length === 1))) k++;
    else if (t === '.' && k > s && /^\p{Lu}$/u.test(a.tokens[k - 1]!.text) && k + 1 < a.tokens.length && /^\p{Lu}/u.test(a.tokens[k + 1]!.text)) k++;
    else if (k > s && /^(?:de|del|van|von|bin|al|da|la|le)$/.test(a.lower[k]!)) k++;
    else break;
  }
  const e = k;
  if (e - s < 1) return null;
  // After the name only a period, or a short description after a comma, may close the paragraph.
  if (k < a.tokens.length && a.lower[k] === ',') {
    const limit = k + 12;
    k++;
    while (k < a.tokens.length && k < limit && !paragraphBreakBefore(a, k) && a.quoteOf[k]! < 0) k++;
  }
  if (k < a.tokens.length && a.lower[k] === '.' && !paragraphBreakBefore(a, k)) k++;
  if (k < a.tokens.length && !paragraphBreakBefore(a, k)) return null;
  // The whole run is the name, initials included (nameIn would stop at "A." in "Julie A. Diaz").
  return { tokStart: s, tokEnd: e, name: [s, e], pronoun: false };
}

/** The first token starting at or after a character offset. */
function tokenFrom(a: QuoteAnalysis, offset: number): number {
  let lo = 0;
  let hi = a.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a line break stands between token k and the token before it. */
function paragraphBreakBefore(a: QuoteAnalysis, k: number): boolean {
  return k > 0 && /\n/.test(a.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start));
}

/**
 * The speaker of an attribution standing right after a quotation that closes on a comma, "!" or
 * "?" inside its marks ("“…,” said Will Doyle, a professor …", "“…,” Texas delegate Bill
 * Eastland, wearing a cowboy hat, said matter-of-factly …"), whatever follows the cue.
 */
function attributionAfterQuote(a: QuoteAnalysis, j: number, hi: number): SpeakerPhrase | null {
  if (j <= 0 || j >= hi || a.quoteOf[j]! >= 0 || a.quoteOf[j - 1]! < 0) return null;
  const q = a.quotes[a.quoteOf[j - 1]!]!;
  if (!/[,!?]$/.test(a.text.slice(q.innerStart, q.innerEnd).trim())) return null;
  if (CLOSING_CUES.has(a.lower[j]!)) {
    const sp = subjectAfter(a, j + 1, hi);
    return sp && (sp.name || sp.pronoun) && sp.tokStart === j + 1 ? sp : null;
  }
  const sp = subjectAfter(a, j, hi);
  if (!sp || sp.tokStart !== j) return null;
  // A noun phrase naming no one counts right before its cue ("“…,” his childhood friend told …").
  if (!sp.name) return SUBJECT_DETERMINERS.has(a.lower[j]!) && CLOSING_CUES.has(a.lower[sp.tokEnd] ?? '') ? sp : null;
  let k = sp.tokEnd;
  // An apposition or participle between commas: ", wearing a cowboy hat and “Ted Cruz” pins,".
  if (a.lower[k] === ',') {
    let c = k + 1;
    // (an abbreviation's period may close it: ", R-Pa., said")
    while (c < hi && c - k <= 20 && a.lower[c] !== ',' && !(/^[.;!?]$/.test(a.lower[c]!) && a.lower[c + 1] !== ',')) c++;
    if (a.lower[c] !== ',') return null;
    k = c + 1;
  }
  while (k < hi && VERB_FILLERS.has(a.lower[k]!)) k++;
  return k < hi && CLOSING_CUES.has(a.lower[k]!) ? sp : null;
}

// Speech verbs of an attribution right after a quotation ("“…,” he said"; "“…,” said Jones").
const CLOSING_CUES = new Set([...TRAILING_CUES, 'told', 'tells', 'asked', 'asks', 'replied', 'replies', 'tweeted', 'declared', 'responded', 'joked', 'quipped', 'continued', 'concluded', 'conceded', 'admitted', 'agreed', 'cautioned', 'posted', 'shouted', 'yelled', 'chanted', 'exclaimed', 'remarked', 'countered', 'boasted', 'emailed', 'texted']);

/**
 * The speaker of an attribution that closes a quotation ending at token `end` ("…: “…,” he
 * said" / "“…,” said Jones"): the nearest attribution names the speaker, over a cue before the
 * quotation whose subject may be someone else ("Biden weighed in, telling Mic, “…,” he said").
 */
export function speakerAfterQuote(a: QuoteAnalysis, end: number, hi: number): SpeakerPhrase | null {
  let k = end;
  if (a.lower[k] === ',') k++;
  if (k >= hi || a.quoteOf[k]! >= 0) return null;
  // A quotation closing its sentence ("“… a wall.” He said …") is not continued by what follows;
  // one closing on "?" or "!" is, when a lower-case word follows ("“Why?” he asked").
  const q = a.quotes[a.quoteOf[end - 1] ?? -1];
  const last = q ? a.text.slice(q.innerStart, q.innerEnd).trim().slice(-1) : '';
  if (last === '.' || ((last === '?' || last === '!') && isCapitalised(a, k))) return null;
  if (SPEAKER_PRONOUNS.has(a.lower[k]!) && CLOSING_CUES.has(a.lower[k + 1] ?? '')) return phrase(a, k, k + 1);
  let e = k;
  while (e < hi && e - k < 4 && isCapitalised(a, e) && isWord(a, e)) e++;
  if (e > k && CLOSING_CUES.has(a.lower[e] ?? '')) {
    const name = nameIn(a, k, e);
    if (name && name[1] === e) return { tokStart: k, tokEnd: e, name, pronoun: false };
  }
  if (CLOSING_CUES.has(a.lower[k]!)) {
    const sp = subjectAfter(a, k + 1, hi);
    if (sp && (sp.name || sp.pronoun) && sp.tokStart === k + 1) return sp;
  }
  return null;
}

/**
 * The speaker label of a transcript turn opening a quoted paragraph ("“WALLACE: But, Governor …",
 * "“MR. TRUMP: …"): one to three capitalised words, all in capitals, then a colon; or null.
 */
export function transcriptLabel(a: QuoteAnalysis, quoteStart: number): SpeakerPhrase | null {
  const block = a.article.blocks.find((b) => b.start <= quoteStart && quoteStart < b.end);
  // (only a quotation opening its paragraph: a label mid-sentence is a headline or a list)
  if (!block || /\S/.test(a.text.slice(block.start, quoteStart))) return null;
  let k = tokenFrom(a, quoteStart);
  while (k < a.tokens.length && /^["“‘']$/.test(a.tokens[k]!.text)) k++;
  const s = k;
  while (k < a.tokens.length && k - s < 4 && (/^\p{Lu}[\p{Lu}'’-]+$/u.test(a.tokens[k]!.text) || (a.lower[k] === '.' && k > s && NAME_TITLES.has(`${a.lower[k - 1]!}.`)))) k++;
  if (k === s || a.lower[k] !== ':' || a.quoteOf[k]! < 0) return null;
  return { tokStart: s, tokEnd: k, name: [s, k], pronoun: false };
}

/**
 * The subject of the sentence holding a misread speaker phrase (see isMisreadSpeaker), when it is
 * a name or a pronoun before it or the main clause's subject after an opening phrase; else null.
 */
export function misreadSubject(a: QuoteAnalysis, p: SpeakerPhrase): SpeakerPhrase | null {
  const unit = a.units[a.unitOf[p.tokStart]!];
  if (!unit) return null;
  const sub = clauseSubject(a, unit.tokStart, p.tokStart);
  if (sub && (sub.name || sub.pronoun) && sub.tokEnd <= p.tokStart && !isMisreadSpeaker(a, sub)) return sub;
  // A verb phrase coordinated after its subject's first verb ("The candidate has mocked a reporter,
  // referred to …"): that subject, a noun phrase naming no one included.
  if (sub && sub.tokEnd <= p.tokStart && DETERMINERS.has(a.lower[sub.tokStart]!) && /^\p{Ll}/u.test(a.tokens[p.tokStart]!.text) && !isMisreadSpeaker(a, sub)) return sub;
  // A phrase opening the sentence ("Holding signs calling Christie “…,” the protesters chanted")
  // or inside its opening adverbial ("After casting doubt …, Emanuel said"): the main clause's
  // subject after it.
  const main = clauseSubject(a, unit.tokStart, unit.tokEnd);
  return main && main.tokStart >= p.tokEnd && (main.name || main.pronoun || DETERMINERS.has(a.lower[main.tokStart]!)) && !isMisreadSpeaker(a, main) ? main : null;
}
