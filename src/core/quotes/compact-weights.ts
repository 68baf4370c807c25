import { base64ToBytes, typedToBase64 } from '../entities/model-data';

/**
 * The quote model's weights as the extension ships them. Stored as JSON objects (models/quotes.json,
 * what training writes and the CLI reads), its six tables are 75,000 feature names, each a property:
 * a worker that starts (Chrome stops it after 30 s idle, so most reader clicks start it) spends
 * about 20 ms building those objects from the models script before it can annotate anything. In
 * this form each table is two strings, which a script engine reads at the speed of its scanner:
 * the names joined by newlines, and the weights (every one a multiple of 0.01 under 327) as
 * base64 little-endian int16 hundredths, so decoding gives back the very same numbers.
 */
export interface CompactWeights {
  readonly format: 'names-int16-hundredths';
  /** The feature names joined by '\n'. */
  readonly names: string;
  /** base64 of an Int16Array: weight × 100 of each name, in the same order. */
  readonly values: string;
}

/** Whether a weights value is in the compact form. */
export function isCompactWeights(w: unknown): w is CompactWeights {
  return typeof w === 'object' && w !== null && (w as { format?: unknown }).format === 'names-int16-hundredths';
}

/** The compact form of a table of weights, or null when it cannot hold them exactly. */
export function compactWeights(weights: Readonly<Record<string, number>>): CompactWeights | null {
  const names = Object.keys(weights);
  // (a lone empty name would join to the empty string, which reads back as no names)
  if (names.length === 1 && names[0] === '') return null;
  const values = new Int16Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const w = weights[name]!;
    const h = Math.round(w * 100);
    if (name.includes('\n') || h / 100 !== w || h < -32768 || h > 32767) return null;
    values[i] = h;
  }
  return { format: 'names-int16-hundredths', names: names.join('\n'), values: typedToBase64(values) };
}

/** The names and weights of a compact table, in their stored order. */
export function expandWeights(w: CompactWeights): { names: string[]; weights: Float64Array } {
  const names = w.names === '' ? [] : w.names.split('\n');
  const bytes = base64ToBytes(w.values);
  const hundredths = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1);
  if (hundredths.length !== names.length) throw new Error('quotes model: a compact table has as many weights as names');
  const weights = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) weights[i] = hundredths[i]! / 100;
  return { names, weights };
}

// The parts of the quote model that are tables of weights.
const WEIGHT_TABLES = ['cue', 'contentEnd', 'contentStart', 'mixedStart', 'mixedEnd', 'accept'] as const;

/**
 * The quote model (as parsed from models/quotes.json) with every table of weights that the compact
 * form holds exactly in that form; the rest of the model is unchanged. build.mjs writes it into the
 * extension's models script.
 */
export function compactQuotesModel(model: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...model };
  for (const key of WEIGHT_TABLES) {
    const table = model[key];
    if (typeof table !== 'object' || table === null || isCompactWeights(table)) continue;
    const compact = compactWeights(table as Record<string, number>);
    if (compact) out[key] = compact;
  }
  return out;
}
