import { describe, expect, test } from 'vitest';
import { entityTokens } from '../../../src/core/entities/entity-tokens';
import { recaseShouting } from '../../../src/core/entities/mentions';

// The cheap pre-tests in front of the clitic, abbreviation and shouting rules must not change what they find.
describe('entityTokens clitics and abbreviations', () => {
  test.each([
    ["I don't know", 'I|do|n\'t|know'],
    ["DON'T STOP", "DO|N'T|STOP"],
    ['Obama’s plan', 'Obama|’s|plan'],
    ["it's", "it|'s"],
    ["n't", "n't"],
    ["James' car", "James|'|car"],
    ["IT’S ISN'T Can’t", "IT’S|IS|N'T|Ca|n’t"],
    ['Mr. J. Smith Inc. U.S. St. x.', 'Mr.|J.|Smith|Inc.|U.S.|St.|x|.'],
  ])('%j → %s', (text, tokens) => {
    expect(entityTokens(text).map((t) => t.text).join('|')).toBe(tokens);
  });
});

describe('recaseShouting', () => {
  test.each([
    ['ZAKERIA HASHIMI/AFP via Getty Images said', 'ZAKERIA HASHIMI/AFP via Getty Images said'],
    ['photo by ZAKERIA HASHIMI for the agency', 'photo by Zakeria Hashimi for the agency'],
    ['the ÉLYSÉE PALACE said on Monday', 'the Élysée Palace said on Monday'],
    ['THE UNITED NATIONS SAID', 'THE UNITED NATIONS SAID'],
    ["IT’S ISN'T Can’t can't", "It’s Isn't Can’t can't"],
    ['a ABC DEF and more', 'a ABC DEF and more'],
  ])('%j → %j', (text, expected) => {
    expect(recaseShouting(text.split(' ')).join(' ')).toBe(expected);
  });
});
