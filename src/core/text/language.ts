import type { Notice } from '../annotations';

/**
 * A small language detector for whole articles: the writing system decides most languages outright,
 * and for text in Latin, Cyrillic or Arabic script the share of each language's commonest function
 * words decides among those that share it. Good enough to tell an English article from the rest,
 * which is what the pipeline needs (the entity and quote models are English-only).
 */

/** A language guess for a text. */
export interface LanguageGuess {
  /** ISO 639-1 code ("en", "de", "ja"). */
  language: string;
  /** The writing system most of the letters are in ("latin", "cyrillic", "han" …). */
  script: string;
  /** 0..1: how clearly this language won over the next best. */
  confidence: number;
}

// Function words by language: frequent, short, and together distinctive. Words shared between
// languages (Spanish "de", French "de") are fine: the share of all of them decides, not one word.
const STOPWORDS: Record<string, Record<string, string>> = {
  latin: {
    en: 'the of and to in is that for it was on with as by at he be this are from have his but not an they which or has had were said who been their will would its after also',
    de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch',
    fr: 'de la le et les des en du un une est pour que qui dans par sur au pas plus ne se il avec sont ce cette aux ont été son sa mais ou elle leur nous vous comme être',
    es: 'de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya fue este ha porque esta son entre cuando muy sin sobre también',
    it: 'di e il la che in per un è del non una con le si da al sono dei della come alla nel anche ma più ha gli delle lo ci questo essere',
    pt: 'de o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também',
    nl: 'de en van het een in is dat op te zijn met voor niet aan er die ook als bij door worden maar om dan werd nog wel uit tot naar',
    sv: 'och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan hon',
    da: 'og i at det er en til på som de med for af ikke der den har et var jeg han men om fra kan hun',
    nb: 'og i det er som en på til å av for med at de ikke den har et var jeg han men om fra kan seg',
    pl: 'i w na z się że do nie to jest jak o po co tak za od ale przez jego czy dla być są już tylko',
    cs: 'a v se na je že s z do o to i jako ale by jsou pro po jeho které který tak už jak při od',
    tr: 've bir bu da de için ile olarak daha çok en gibi ne var olan ama sonra kadar her ancak ise değil',
    id: 'yang dan di ini itu dengan untuk dari tidak dalam akan pada juga ke ada karena oleh atau bisa saya kita kami mereka sudah',
    ro: 'și de în a la cu că pe nu o un din pentru este mai care se al ce sau fost sunt lui',
    fi: 'ja on ei se että oli hän kun mutta tai niin myös ovat kuin joka sen ole mitä vain',
    hu: 'a az és hogy nem is egy van meg de ezt csak már volt mint ha el azt vagy ki',
    vi: 'của và là có không được trong cho những người một các với này đã đến khi cũng để như sẽ từ',
  },
  cyrillic: {
    ru: 'и в не на что с по как это он к но из у за от о же так все для было вы бы она то ли его быть был только',
    uk: 'і в не на що з та як це до у за від він але для про й є його було вже також їх',
    bg: 'и на в да се за от не е с по че как това са но което има ще към',
    sr: 'и у је да на се за не од са као што су из али ће то био',
  },
  arabic: {
    ar: 'في من على أن إلى التي الذي عن مع هذا هذه كان ما لا ذلك بين قد',
    fa: 'و در به از که این را با است برای آن یک شد می بود',
    ur: 'کے میں کی ہے اور سے کو کا نے پر یہ ہیں',
  },
};

const STOPWORD_SETS: Record<string, Record<string, Set<string>>> = Object.fromEntries(
  Object.entries(STOPWORDS).map(([script, langs]) => [
    script,
    Object.fromEntries(Object.entries(langs).map(([lang, words]) => [lang, new Set(words.split(' '))])),
  ]),
);

// Scripts that name their language outright (or its commonest one), with the code ranges that
// identify them. Checked in this order; Latin letters are counted apart.
const SCRIPTS: readonly { script: string; language: string; ranges: readonly (readonly [number, number])[] }[] = [
  { script: 'cyrillic', language: 'ru', ranges: [[0x0400, 0x052f]] },
  { script: 'greek', language: 'el', ranges: [[0x0370, 0x03ff], [0x1f00, 0x1fff]] },
  { script: 'hebrew', language: 'he', ranges: [[0x0590, 0x05ff]] },
  { script: 'arabic', language: 'ar', ranges: [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]] },
  { script: 'devanagari', language: 'hi', ranges: [[0x0900, 0x097f]] },
  { script: 'bengali', language: 'bn', ranges: [[0x0980, 0x09ff]] },
  { script: 'gurmukhi', language: 'pa', ranges: [[0x0a00, 0x0a7f]] },
  { script: 'gujarati', language: 'gu', ranges: [[0x0a80, 0x0aff]] },
  { script: 'tamil', language: 'ta', ranges: [[0x0b80, 0x0bff]] },
  { script: 'telugu', language: 'te', ranges: [[0x0c00, 0x0c7f]] },
  { script: 'kannada', language: 'kn', ranges: [[0x0c80, 0x0cff]] },
  { script: 'malayalam', language: 'ml', ranges: [[0x0d00, 0x0d7f]] },
  { script: 'sinhala', language: 'si', ranges: [[0x0d80, 0x0dff]] },
  { script: 'thai', language: 'th', ranges: [[0x0e00, 0x0e7f]] },
  { script: 'lao', language: 'lo', ranges: [[0x0e80, 0x0eff]] },
  { script: 'myanmar', language: 'my', ranges: [[0x1000, 0x109f]] },
  { script: 'georgian', language: 'ka', ranges: [[0x10a0, 0x10ff]] },
  { script: 'hangul', language: 'ko', ranges: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af]] },
  { script: 'ethiopic', language: 'am', ranges: [[0x1200, 0x139f]] },
  { script: 'khmer', language: 'km', ranges: [[0x1780, 0x17ff]] },
  { script: 'armenian', language: 'hy', ranges: [[0x0530, 0x058f]] },
  { script: 'kana', language: 'ja', ranges: [[0x3040, 0x30ff], [0x31f0, 0x31ff]] },
  { script: 'han', language: 'zh', ranges: [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]] },
];

// How much of an article is read: language does not change halfway through a news story.
const SAMPLE_CHARS = 12_000;
// Fewer letters or words than this say too little to guess from.
const MIN_LETTERS = 40;
const MIN_WORDS = 12;
// Running text in any listed language is at least a fifth function words; lists, tables, code and
// placeholder Latin stay under a tenth.
const MIN_STOPWORD_SHARE = 0.1;

/** Guesses the language of a text, or null when there is too little text to tell. */
export function detectLanguage(text: string): LanguageGuess | null {
  const sample = sampleOf(text);
  const counts = scriptCounts(sample);
  let total = 0;
  let best = 'latin';
  for (const [script, n] of counts) {
    total += n;
    if (n > (counts.get(best) ?? 0)) best = script;
  }
  if (total < MIN_LETTERS) return null;
  const share = (counts.get(best) ?? 0) / total;
  // Japanese mixes kana with many more Han characters: any real share of kana makes it Japanese.
  if ((best === 'han' || best === 'kana') && (counts.get('kana') ?? 0) / total > 0.05) {
    return { language: 'ja', script: 'han', confidence: round(share) };
  }
  const byWords = STOPWORD_SETS[best];
  if (byWords) return byStopwords(sample, best, byWords);
  const named = SCRIPTS.find((s) => s.script === best);
  return named ? { language: named.language, script: best, confidence: round(share) } : null;
}

/** Whether a language code (any case, with or without a region: "en-GB") is English. */
export function isEnglish(code: string | null | undefined): boolean {
  return !!code && /^en(?:$|[-_])/i.test(code.trim());
}

/** English names of the languages the detector can return, for notices. */
export function languageName(code: string): string {
  const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGE_NAMES[base] ?? code;
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  sv: 'Swedish', da: 'Danish', nb: 'Norwegian', no: 'Norwegian', pl: 'Polish', cs: 'Czech', tr: 'Turkish',
  id: 'Indonesian', ro: 'Romanian', fi: 'Finnish', hu: 'Hungarian', vi: 'Vietnamese', ru: 'Russian', uk: 'Ukrainian',
  bg: 'Bulgarian', sr: 'Serbian', el: 'Greek', he: 'Hebrew', ar: 'Arabic', fa: 'Persian', ur: 'Urdu',
  hi: 'Hindi', bn: 'Bengali', pa: 'Punjabi', gu: 'Gujarati', ta: 'Tamil', te: 'Telugu', kn: 'Kannada',
  ml: 'Malayalam', si: 'Sinhala', th: 'Thai', lo: 'Lao', my: 'Burmese', ka: 'Georgian', ko: 'Korean',
  am: 'Amharic', km: 'Khmer', hy: 'Armenian', ja: 'Japanese', zh: 'Chinese',
};

/** The start of the text and a piece of its middle (a long article's opening may be furniture). */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const half = SAMPLE_CHARS / 2;
  const mid = Math.floor(text.length / 2);
  return `${text.slice(0, half)}\n${text.slice(mid, mid + half)}`;
}

/** Letters per script ("latin" for Latin letters), over the sample. */
function scriptCounts(sample: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Latin letters are most of most samples: counted in a local, the map keeping their place in its order.
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    let c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const lo = sample.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) {
      if (latin++ === 0) counts.set('latin', 0);
    } else if (c >= 0x370) {
      for (const s of SCRIPTS) {
        if (s.ranges.some(([lo, hi]) => c >= lo && c <= hi)) {
          counts.set(s.script, (counts.get(s.script) ?? 0) + 1);
          break;
        }
      }
    }
  }
  if (latin) counts.set('latin', latin);
  return counts;
}

const STOPWORD_INDEXES = new WeakMap<Record<string, Set<string>>, { langs: string[]; byWord: Map<string, number[]> }>();

/** The languages of one script in their listed order, and for each function word the ones it belongs to. */
function stopwordIndex(languages: Record<string, Set<string>>): { langs: string[]; byWord: Map<string, number[]> } {
  let index = STOPWORD_INDEXES.get(languages);
  if (!index) {
    const langs = Object.keys(languages);
    const byWord = new Map<string, number[]>();
    langs.forEach((lang, i) => {
      for (const w of languages[lang]!) {
        const ids = byWord.get(w);
        if (ids) ids.push(i);
        else byWord.set(w, [i]);
      }
    });
    index = { langs, byWord };
    STOPWORD_INDEXES.set(languages, index);
  }
  return index;
}

/** Picks among the languages of one script by the share of their function words in the sample. */
function byStopwords(sample: string, script: string, languages: Record<string, Set<string>>): LanguageGuess | null {
  const words = sample.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length < MIN_WORDS) {
    const fallback = SCRIPTS.find((s) => s.script === script);
    return fallback ? { language: fallback.language, script, confidence: 0 } : null;
  }
  let best = '';
  let bestHits = 0;
  let second = 0;
  // One lookup per word in a map to its languages, not one per word and language (2 ms a page).
  const { langs, byWord } = stopwordIndex(languages);
  const counts = new Array<number>(langs.length).fill(0);
  for (const w of words) {
    const ids = byWord.get(w);
    if (ids) for (const i of ids) counts[i]!++;
  }
  for (const [k, lang] of langs.entries()) {
    const hits = counts[k]!;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = lang;
    } else if (hits > second) second = hits;
  }
  // Latin text with almost no function words of any listed language: a list, code, or a language
  // not listed; say nothing rather than guess.
  if (!best || bestHits / words.length < MIN_STOPWORD_SHARE) {
    const fallback = SCRIPTS.find((s) => s.script === script);
    return fallback ? { language: fallback.language, script, confidence: 0 } : null;
  }
  return { language: best, script, confidence: round((bestHits - second) / bestHits) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

// Below this confidence, a page's own declared language (when it gives one) is trusted instead.
const MIN_CONFIDENCE_OVER_DECLARED = 0.2;

/**
 * The language of an article: the text's own evidence when clear, else the page's declared language
 * (`<html lang>`), else a weak guess from the text; null when neither says anything.
 */
export function articleLanguage(text: string, declared: string | null): string | null {
  const guess = detectLanguage(text);
  const page = declared?.trim().toLowerCase().split(/[-_]/)[0] || null;
  if (guess && (guess.confidence >= MIN_CONFIDENCE_OVER_DECLARED || !page)) return guess.language;
  return page ?? guess?.language ?? null;
}

/** The 'unsupported-language' notice for an article in a language the models do not read, else null. */
export function unsupportedLanguageNotice(language: string | null): Notice | null {
  // Unknown language: annotate as English rather than claim a language the text may not be in.
  if (language === null || isEnglish(language)) return null;
  return {
    code: 'unsupported-language',
    message: `This article looks like ${languageName(language)}. Pressmark marks people, places, organizations and quotes in English articles only, so none are marked here.`,
  };
}
