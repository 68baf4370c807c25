import { entityTagger } from './entities/load-model';
import { decodeQuotesModel } from './quotes/cue-model';

/**
 * Decodes every registered model now (the entity tagger's hash index and weights, the quote
 * model's word sets) rather than inside the first annotation that needs them: the background
 * calls it while a page it is about to annotate is still being read.
 */
export function decodeModels(): void {
  entityTagger();
  decodeQuotesModel();
}
