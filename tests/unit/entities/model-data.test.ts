import { describe, expect, test } from 'vitest';
import { HashIndex } from '../../../src/core/entities/hash-table';
import { hashString } from '../../../src/core/entities/hash';
import {
  base64ToBytes,
  base64ToBytesPortable,
  base64ToUint32,
  bytesToBase64,
  isEntityModelData,
  typedToBase64,
} from '../../../src/core/entities/model-data';

describe('model data packing', () => {
  test.each([[[]], [[0]], [[1, 2]], [[255, 0, 128]], [[1, 2, 3, 4, 5, 6, 7]]])('bytes %j survive base64 both ways', (bytes) => {
    const b64 = bytesToBase64(Uint8Array.from(bytes));
    expect(Array.from(base64ToBytes(b64))).toEqual(bytes);
    expect(Array.from(base64ToBytesPortable(b64))).toEqual(bytes);
  });

  test("the platform's Uint8Array.fromBase64 decodes where it exists", () => {
    const host = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
    const had = Object.prototype.hasOwnProperty.call(host, 'fromBase64');
    const own = host.fromBase64;
    const calls: string[] = [];
    host.fromBase64 = function (this: unknown, s: string) {
      expect(this).toBe(Uint8Array);
      calls.push(s);
      return base64ToBytesPortable(s);
    };
    try {
      const b64 = bytesToBase64(Uint8Array.from([9, 8, 7, 6]));
      expect(Array.from(base64ToBytes(b64))).toEqual([9, 8, 7, 6]);
      expect(calls).toEqual([b64]);
    } finally {
      if (had) host.fromBase64 = own;
      else delete host.fromBase64;
    }
  });

  test('the encoder agrees with the platform base64', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  test('Uint32 arrays round-trip', () => {
    const a = Uint32Array.from([0, 1, 0xffffffff, 123456789]);
    expect(Array.from(base64ToUint32(typedToBase64(a)))).toEqual(Array.from(a));
  });

  test('bad base64 is rejected by the portable decoder', () => {
    expect(() => base64ToBytesPortable('ab$c')).toThrow();
  });

  test('isEntityModelData accepts only the model shape', () => {
    expect(isEntityModelData(null)).toBe(false);
    expect(isEntityModelData({ format: 'pressmark-entities', version: 2 })).toBe(false);
    const stage = { keys: '', weights: '', levels: [], transitions: [] };
    expect(
      isEntityModelData({
        format: 'pressmark-entities',
        version: 1,
        labels: 17,
        lexicon: { keys: '', values: '' },
        gazetteer: { keys: '', values: '', maxLength: 1 },
        stage1: stage,
        stage2: stage,
      }),
    ).toBe(true);
  });
});

describe('HashIndex', () => {
  test('finds every key and nothing else', () => {
    const keys = Uint32Array.from({ length: 5000 }, (_, i) => hashString(`feature ${i}`));
    const index = new HashIndex(keys);
    keys.forEach((k, i) => expect(index.lookup(k)).toBe(i));
    expect(index.lookup(hashString('not a feature'))).toBe(-1);
  });

  test('an empty index finds nothing', () => {
    expect(new HashIndex(new Uint32Array(0)).lookup(42)).toBe(-1);
  });
});
