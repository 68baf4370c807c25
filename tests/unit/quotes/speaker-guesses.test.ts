import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Quote } from '../../../src/core/annotations';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

const quotesOf = (text: string): Quote[] => findQuotes(articleTextFromPlainText(text), []);
const spoken = (text: string, q: Quote | undefined): string | null => (q?.speaker?.start != null ? text.slice(q.speaker.start, q.speaker.end) : null);

describe('speakers where the sentence shape names none', () => {
  test.each([
    ['the cue opening the sentence', 'Said Comey, "The thought that an error on our part is connected to this is very painful to us."', 'Comey'],
    ['the sentence before a quotation that opens its own', 'Clinton touted her credentials as a co-sponsor of the bill. "We need to find ways to support workers."', 'Clinton'],
    ['a colon sentence before the quotation', 'As Joel Pollak observed, the winner was the stage itself:\n\n"The clear winner of the debate was the network, which ran two lively sessions."', 'Joel Pollak'],
    ['a colon sentence with no speech verb, after a dated opener', 'The county counted the ballots twice.\n\nOn March 3, 2014, Talbot made the following remark:\n\n"Every ballot in this county will be counted by hand, and counted again."', 'Talbot'],
  ])('%s', (_name, text, speaker) => {
    const q = quotesOf(text).find((x) => x.direct);
    expect(spoken(text, q)).toBe(speaker);
  });
});

describe('nested reported speech', () => {
  test('a cue inside a reported statement does not start a second attribution', () => {
    const text = 'Stacy Baker of Columbia says she really thinks Cruz can pull off a win in the state.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('she really thinks Cruz can pull off a win in the state');
  });
});

describe('asides between a subject and its cue', () => {
  test.each([
    ['an adverb before a parenthetical', 'Sanders, meanwhile, who has no such endorsements, said the fact speaks volumes about who is "prepared to take on the establishment."', 'Sanders'],
    ['"for example" between commas', 'The governor\'s campaign, for example, said she would "support the nominee" in the fall.', 'The governor\'s campaign'],
    ['"at the time"', 'Trump at the time said he had asked his "people" to "look into" paying the fees.', 'Trump'],
    ['a participle naming the audience inside the subject', 'Another intelligence source speaking to Fox News said, "The agents are investigating the donations."', 'Another intelligence source'],
    ['a weekday inside the subject phrase', 'Carson took the stage Tuesday at the Grand Hotel in Baltimore and called the political system "rotten to the core."', 'Carson'],
    ['an aside between dashes', 'On Friday, Gingrich — mentioned as the leading choice for running mate — told Bill O\'Reilly of Fox News, that "you have to look at it very seriously."', 'Gingrich'],
  ])('%s', (_name, text, speaker) => {
    const q = quotesOf(text)[0];
    expect(spoken(text, q)).toBe(speaker);
  });
});
