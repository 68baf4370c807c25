/**
 * Closed word classes the quote finder reasons with. These are exact lists (English function words,
 * titles, platforms), not learned: they decide where a speaker phrase starts and stops.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Personal pronouns that can stand for a speaker, with the number they imply. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'singular' | 'plural'> = new Map([
  ['he', 'singular'],
  ['she', 'singular'],
  ['i', 'singular'],
  ['they', 'plural'],
  ['we', 'plural'],
  ['it', 'singular'],
  ['you', 'singular'],
]);

/** Relative pronouns that stand for a speaker named just before ("Aman, who said …"). */
export const RELATIVE_PRONOUNS = set('who which that');

/** Adverbs and auxiliaries that sit between a subject and its speech verb ("he also said"). */
export const VERB_FILLERS = set(
  'also has have had was were is are be been would will could should can may might must did does do not never just still already again then now later once first repeatedly recently previously earlier often frequently publicly privately immediately quickly finally further even since reportedly allegedly apparently initially subsequently separately simply flatly bluntly openly angrily proudly n’t n\'t',
);

/** Determiners and quantifiers that open a noun phrase. */
export const DETERMINERS = set('a an the this that these those his her its their our my your some many several two three four five six few most all both any one another each other such no');

/** Words that end a speaker phrase when met walking away from the cue. */
export const PHRASE_STOPS = set(
  'and or but if when while because although though since as after before until than that which who whom whose where what how why to in on at by for with from into about over under during without between against through per via not',
);

/** Day and time words that can follow a cue without being its object ("told CNN Friday"). */
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later recently week month year morning afternoon evening night last this next january february april june july august september october november december',
);

/** Role words that describe a speaker ("spokesman", "official"); used for "the spokesman" resolution. */
export const ROLE_NOUNS = set(
  'spokesman spokeswoman spokesperson official officials minister secretary president senator governor mayor chairman chairwoman chair director leader chief commander general ambassador aide aides adviser advisers advisor analyst analysts expert experts lawyer attorney prosecutor judge source sources representative candidate nominee strategist pollster economist professor researcher researchers author founder executive ceo manager coach officer officers diplomat diplomats envoy lawmaker lawmakers legislator congressman congresswoman delegate spokespeople campaign administration government police sheriff witness witnesses resident residents member members',
);

/** Titles written before a name ("Sen. Elizabeth Warren", "President Obama"). */
export const NAME_TITLES = set(
  'mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt. adm adm. prof prof. rev rev. president senator governor representative secretary minister prime chancellor king queen prince princess pope sheikh mayor judge justice chief speaker ambassador general colonel sergeant captain admiral lieutenant commander professor reverend father sister brother saint sir dame lord lady',
);

/** Social platforms and channels named without an article ("on Twitter"). */
export const PLATFORMS = set('twitter x facebook instagram tiktok youtube telegram reddit linkedin snapchat whatsapp truth threads bluesky mastodon weibo wechat');

/** Words that can be capitalised at a sentence start without being part of a name. */
export const COMMON_CAPITALISED = set(
  'the a an he she it they we i you his her its their our my this that these those there here but and or so yet if when while after before as at in on for from with by to of since although though because however meanwhile still also then now one some many most all no not what who why how where which during until despite under over about more mr mrs ms dr',
);
