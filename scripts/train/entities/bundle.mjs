// Bundles the TypeScript entity modules for the training scripts, so training and tagging share
// one implementation of the features.
import { bundleForNode } from '../../lib/bundle-node.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Bundles src/core/entities (and what it imports) into .tmp and imports it. */
export async function loadCore() {
  const outfile = path.join(root, '.tmp/train-entities-core.mjs');
  await bundleForNode(
    [
      "export * from './src/core/entities/features';",
      "export * from './src/core/entities/labels';",
      "export * from './src/core/entities/hash';",
      "export * from './src/core/entities/word-shape';",
      "export * from './src/core/entities/doc-features';",
      "export * from './src/core/entities/model-data';",
      "export * from './src/core/entities/tagger';",
      "export { spanMargin } from './src/core/entities/mentions';",
      "export * from './src/core/entities/entity-tokens';",
    ], root, outfile);
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

export { root };
