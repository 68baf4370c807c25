import { getModelData } from '../models';
import type { QuoteAnalysis } from './analysis';
import { canAnchor, cueScore } from './cue-features';
import { prepareWeights, sigmoid, type Weights } from './linear-model';

/** The learned parts of the quote finder, stored in models/quotes.json. */
export interface QuotesModel {
  version: 1;
  /** Words seen anchoring a cue in the training data. */
  lexicon: string[];
  /** Logistic weights deciding whether a lexicon word is a cue where it stands. */
  cue: Weights;
  /** Probability above which a candidate counts as a cue of a reported statement. */
  cueThreshold: number;
  /** Lower probability that suffices when the attribution holds a quotation. */
  cueThresholdDirect: number;
  /** Logistic weights scoring where a reported statement ends (see content-end.ts). */
  contentEnd: Weights;
  /** Logistic weights scoring where a reported statement after its cue starts (see content-end.ts). */
  contentStart: Weights;
  /** Multi-word cues learned from the data, lower-cased and space-joined ("pointed out", "took issue with"). */
  cuePhrases: string[];
  /** Ranker weights choosing where a statement holding a quotation inside a sentence starts (see content-end.ts). */
  mixedStart?: Weights;
  /** Ranker weights choosing where a statement holding a quotation inside a sentence ends (see content-end.ts). */
  mixedEnd?: Weights;
  /** Logistic weights of the acceptance model over whole candidate attributions (see acceptance.ts). */
  accept?: Weights;
  /** Acceptance probability a candidate needs, with and without a quotation in it. */
  acceptThreshold?: number;
  acceptThresholdDirect?: number;
}

/** A speech cue found in the text: its anchor token and how sure the model is. */
export interface FoundCue {
  /** Token index of the cue's main word ("said", "according", ":"). */
  anchor: number;
  /** Token range of the whole cue phrase ("according to"). */
  tokStart: number;
  tokEnd: number;
  probability: number;
}

// Without a trained model, these speech verbs are the cues: the unambiguous core of reporting verbs.
const RULE_CUES = new Set(
  'said says say told tells according added adds wrote writes tweeted asked stated explained noted insisted argued claimed warned confirmed announced replied responded declared acknowledged admitted testified recalled continued'.split(' '),
);

let cached: { data: unknown; model: QuotesModel | null } | null = null;

/** The registered quotes model, validated, or null when none is registered (rules take over). */
export function quotesModel(): QuotesModel | null {
  const data = getModelData('quotes');
  if (cached && cached.data === data) return cached.model;
  const m = data as Partial<QuotesModel> | null;
  const model =
    m && m.version === 1 && Array.isArray(m.lexicon) && typeof m.cue === 'object' && m.cue !== null && typeof m.cueThreshold === 'number'
      ? ({ ...m, contentEnd: m.contentEnd ?? {}, contentStart: m.contentStart ?? {}, cueThresholdDirect: m.cueThresholdDirect ?? m.cueThreshold, cuePhrases: m.cuePhrases ?? [] } as QuotesModel)
      : null;
  cached = { data, model };
  return cached.model;
}

/** Validates the registered quotes model and builds its word sets and weight tables now, so a first annotation need not. */
export function decodeQuotesModel(): void {
  const model = quotesModel();
  if (!model) return;
  setsOf(model);
  for (const w of [model.cue, model.contentEnd, model.contentStart, model.mixedStart, model.mixedEnd, model.accept]) prepareWeights(w);
}

// Word sets of each model, built once.
const sets = new WeakMap<QuotesModel, { lexicon: Set<string>; phrases: Set<string> }>();
const MAX_PHRASE_TAIL = 3;

function setsOf(model: QuotesModel): { lexicon: Set<string>; phrases: Set<string> } {
  let s = sets.get(model);
  if (!s) {
    s = { lexicon: new Set(model.lexicon), phrases: new Set(model.cuePhrases) };
    sets.set(model, s);
  }
  return s;
}

/** One past the last token of the longest learned cue phrase starting at the anchor. */
function phraseEnd(a: QuoteAnalysis, i: number, phraseCache: ReadonlySet<string>): number {
  if (!phraseCache.size) return i + 1;
  let best = i + 1;
  let key = a.lower[i]!;
  for (let k = i + 1; k < Math.min(a.tokens.length, i + 1 + MAX_PHRASE_TAIL); k++) {
    key += ` ${a.lower[k]!}`;
    if (phraseCache.has(key)) best = k + 1;
  }
  return best;
}

/** Finds the speech cues of the article: lexicon words outside quotations that the model accepts. */
export function findCues(a: QuoteAnalysis, model: QuotesModel | null, threshold?: number): FoundCue[] {
  const out: FoundCue[] = [];
  const lexicon = model ? setsOf(model).lexicon : RULE_CUES;
  const phrases = model ? setsOf(model).phrases : new Set<string>();
  const th = threshold ?? model?.cueThreshold ?? 0.5;
  for (let i = 0; i < a.tokens.length; i++) {
    const l = a.lower[i]!;
    if (!lexicon.has(l) || a.quoteOf[i]! >= 0 || !canAnchor(l)) continue;
    if (l === 'according' && a.lower[i + 1] !== 'to') continue;
    const p = model ? sigmoid(cueScore(a, i, model.cue)) : 1;
    if (p < th) continue;
    const tokEnd = l === 'according' ? i + 2 : phraseEnd(a, i, phrases);
    out.push({ anchor: i, tokStart: i, tokEnd, probability: p });
  }
  return out;
}
