/** Registers the committed entity model from models/ for unit tests, as the CLI does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_FILES, registerModel } from '../../../src/core/models';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Reads models/<entities file> and registers it; returns the parsed data. */
export function registerEntityModel(): unknown {
  const data: unknown = JSON.parse(readFileSync(path.join(root, 'models', MODEL_FILES.entities), 'utf8'));
  registerModel('entities', data);
  return data;
}
