import fs from 'node:fs';
import path from 'node:path';
import { MODEL_FILES, registerModel, type ModelName } from '../core/models';

/** Registers every model file found in a models/ folder; returns the names registered. */
export function registerModelsFrom(dir: string): ModelName[] {
  const done: ModelName[] = [];
  for (const [name, file] of Object.entries(MODEL_FILES) as [ModelName, string][]) {
    const p = path.join(dir, file);
    if (!fs.existsSync(p)) continue;
    registerModel(name, JSON.parse(fs.readFileSync(p, 'utf8')));
    done.push(name);
  }
  return done;
}
