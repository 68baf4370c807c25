/**
 * The entity model's stored form (models/entities.json): one JSON value whose packed arrays are
 * base64 strings of little-endian typed arrays, so the CLI can JSON.parse it and the extension can
 * embed it as a script. Written by scripts/train-entities.mjs, read by ./model.ts.
 */

/** One stage's weights: feature hashes (sorted) and their int8 rows over the labels. */
export interface StageData {
  /** base64 Uint32Array of feature hashes. */
  keys: string;
  /** base64 Int8Array, keys.length × labels codes: weight = sign(code) × levels[|code|]. */
  weights: string;
  /** The 128 non-negative weight levels of the codes (log-spaced). */
  levels: number[];
  /** (labels + 1) × (labels + 1) transition weights: row 0 the sentence start, column `labels` the end. */
  transitions: number[];
  /**
   * A stacked stage: its scores are `alpha` × the first pass's emission scores plus its own
   * features (document evidence, and with `word` the token's own word and shape context).
   */
  stack?: { alpha: number; word: boolean };
}

/** The whole model. */
export interface EntityModelData {
  format: 'pressmark-entities';
  version: 1;
  labels: number;
  /** base64 Uint32Array hashes and base64 Uint32Array packed word facts (clusters, casing). */
  lexicon: { keys: string; values: string };
  /** base64 Uint32Array phrase hashes and base64 Uint16Array list bits (bit 8: longer phrases continue it). */
  gazetteer: { keys: string; values: string; maxLength: number };
  stage1: StageData;
  stage2: StageData;
  /** Platt scaling of span margins into confidences: p = 1 / (1 + exp(-(a × margin + b))). */
  calibration?: { a: number; b: number };
  /** Dev-set figures at training time, for the record. */
  trainedWith?: Record<string, unknown>;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Encodes bytes as base64 (no platform Buffer or btoa needed). */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const parts: string[] = [];
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
    if (out.length > 8192) {
      parts.push(out);
      out = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + '=';
  }
  parts.push(out);
  return parts.join('');
}

type FromBase64 = (s: string) => Uint8Array;

/**
 * Decodes base64 into bytes: with the platform's Uint8Array.fromBase64 where there is one (Chrome
 * 140+, Firefox 133+: about 1 ms for the entity model's 1.4 MB where the atob loop takes 7, more in
 * a worker's cold code), else atob (several times faster than decoding in script), else in script.
 */
export function base64ToBytes(s: string): Uint8Array {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;
  if (typeof fromBase64 === 'function') return fromBase64.call(Uint8Array, s);
  if (typeof atob === 'function') {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return base64ToBytesPortable(s);
}

/** Decodes base64 into bytes without platform help. */
export function base64ToBytesPortable(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const v = B64_INDEX[s.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('entity model: bad base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** A typed array's bytes in little-endian order (the platforms Pressmark runs on are little-endian). */
export function typedToBase64(a: Uint32Array | Int8Array | Uint8Array | Int16Array | Uint16Array): string {
  return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

/** Decodes a base64 Uint32Array. */
export function base64ToUint32(s: string): Uint32Array {
  const b = base64ToBytes(s);
  return new Uint32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
}

/** Decodes a base64 Uint16Array. */
export function base64ToUint16(s: string): Uint16Array {
  const b = base64ToBytes(s);
  return new Uint16Array(b.buffer, b.byteOffset, b.byteLength >> 1);
}

/** Decodes a base64 Int8Array. */
export function base64ToInt8(s: string): Int8Array {
  const b = base64ToBytes(s);
  return new Int8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Whether a value read from JSON has the shape of the entity model. */
export function isEntityModelData(v: unknown): v is EntityModelData {
  const m = v as Partial<EntityModelData> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.format === 'pressmark-entities' &&
    m.version === 1 &&
    typeof m.stage1?.keys === 'string' &&
    typeof m.stage2?.keys === 'string' &&
    typeof m.lexicon?.keys === 'string' &&
    typeof m.gazetteer?.keys === 'string'
  );
}
