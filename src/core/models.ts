/**
 * The one place learned weights come from. Models are data: the CLI registers them from the files
 * in models/, the extension from the model script injected before the content script. Stages ask
 * for a model by name and get null when it is not registered (they then fall back to rules).
 */
const registry = new Map<string, unknown>();

/** Known model names and the file each is stored in under models/. */
export const MODEL_FILES = {
  entities: 'entities.json',
  quotes: 'quotes.json',
} as const;

/** A model name. */
export type ModelName = keyof typeof MODEL_FILES;

/** Registers (or replaces) the raw data of a model. */
export function registerModel(name: ModelName, data: unknown): void {
  registry.set(name, data);
}

/** The raw data of a registered model, or null. */
export function getModelData(name: ModelName): unknown {
  return registry.get(name) ?? null;
}

/** Registers every model found on `globalThis.pressmarkModels` (set by the injected models script). */
export function registerGlobalModels(): void {
  const g = (globalThis as { pressmarkModels?: Partial<Record<ModelName, unknown>> }).pressmarkModels;
  if (!g) return;
  for (const [name, data] of Object.entries(g)) registerModel(name as ModelName, data);
}
