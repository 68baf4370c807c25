import { describe, expect, test } from 'vitest';
import { allowedTransition, bilouToIob2, iob2ToBilou, labelName, LABEL_COUNT } from '../../../src/core/entities/labels';

describe('BILOU labels', () => {
  test.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'L-PER', 'O', 'U-LOC']],
    [['B-ORG', 'I-ORG', 'I-ORG'], ['B-ORG', 'I-ORG', 'L-ORG']],
    [['B-MISC', 'B-MISC'], ['U-MISC', 'U-MISC']],
    [['I-LOC', 'O'], ['U-LOC', 'O']],
    [['B-PER', 'I-ORG'], ['U-PER', 'U-ORG']],
  ])('%j reads as %j', (iob, bilou) => {
    expect(iob2ToBilou(iob).map(labelName)).toEqual(bilou);
  });

  test.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC']],
    [['B-MISC', 'B-MISC', 'I-MISC']],
    [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PER']],
  ])('IOB2 %j survives the round trip', (iob) => {
    expect(bilouToIob2(iob2ToBilou(iob))).toEqual(iob);
  });

  test('transitions: an open name must be closed by its own type', () => {
    const [bPer, iPer, lPer, uPer] = [1, 2, 3, 4];
    const bOrg = 5;
    expect(allowedTransition(bPer, iPer)).toBe(true);
    expect(allowedTransition(bPer, lPer)).toBe(true);
    expect(allowedTransition(bPer, 0)).toBe(false);
    expect(allowedTransition(bPer, bOrg)).toBe(false);
    expect(allowedTransition(lPer, bOrg)).toBe(true);
    expect(allowedTransition(uPer, -1)).toBe(true);
    expect(allowedTransition(iPer, -1)).toBe(false);
    expect(allowedTransition(-1, lPer)).toBe(false);
    expect(LABEL_COUNT).toBe(17);
  });
});
