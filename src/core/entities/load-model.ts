/** Decodes the registered entity model once and keeps it while the registered data stays the same. */
import { getModelData } from '../models';
import { EntityTagger } from './tagger';

let cached: { data: unknown; tagger: EntityTagger | null } | null = null;

/** The decoded tagger of the registered 'entities' model, or null when none (or a bad one) is registered. */
export function entityTagger(): EntityTagger | null {
  const data = getModelData('entities');
  if (cached && cached.data === data) return cached.tagger;
  let tagger: EntityTagger | null = null;
  if (data !== null) {
    try {
      tagger = new EntityTagger(data);
    } catch {
      tagger = null; // a model of another format: behave as if none were registered
    }
  }
  cached = { data, tagger };
  return tagger;
}
