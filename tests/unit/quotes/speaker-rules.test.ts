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
/** The speaker of the direct quote whose text starts with `opening`. */
const speakerOf = (text: string, opening: string): string | null => spoken(text, quotesOf(text).find((q) => q.direct && q.text.startsWith(opening)));
/** The speaker of the direct quote holding `words` (where its span starts is not the point). */
const speakerHolding = (text: string, words: string): string | null => spoken(text, quotesOf(text).find((q) => q.direct && q.text.includes(words)));

describe('a later quotation in the sentence of a quoted speaker', () => {
  test.each([
    ['the second half of an interrupted quotation', '"This used to be Russia\'s back yard," said Raffaello Pantucci, director of studies at the institute, "but it is increasingly coming into China\'s orbit."', 'but it is', 'Raffaello Pantucci'],
    ['a partial quote in a participle clause', '"This merger will leave taxpayers holding the bag," Hillary Clinton said in a statement, calling on Congress to force large corporations to pay "their fair share" of taxes.', 'their fair', 'Hillary Clinton'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });

  test('a quotation in a later sentence is not taken over by this rule', () => {
    const text = '"We will win," said Mark Smith. Critics dismissed the "secret plan" as fiction.';
    expect(speakerOf(text, 'secret plan')).not.toBe('Mark Smith');
  });
});

describe('a verb or number read in a speaker\'s place gives way to the sentence subject', () => {
  test.each([
    ['a verb after a conjunction', 'Trump gestured as if to stop the ruckus, then leaned in and boomed: "Let\'s defeat her in November."', 'Let', 'Trump'],
    ['a participle after an opening adverbial', 'In the email, Ash described the move as a "major breach of trust," adding: "I am now informing all of our committee members of this incident."', 'I am now', 'Ash'],
    ['a number in an aside', 'Tester, himself up for reelection in 2018, said he voted against the proposal because it "went too far for Montana."', 'he voted', 'Tester'],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });

  test('a phrase that is a noun phrase is kept', () => {
    const text = 'The protesters chanted: "Bad for New Jersey, bad for you."';
    expect(speakerOf(text, 'Bad for')).toBe('The protesters');
  });
});

describe('sentence openers before the subject of a participle attribution', () => {
  test.each([
    ['a time adverbial', 'Hours later, Trump returned the compliment to Adelson, telling Reuters, "Sheldon and I have been friends for a long time."', 'Sheldon', 'Trump'],
    ['a place with its state', 'Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him "a total stiff."', 'him', 'Trump'],
    ['a time phrase with "later"', 'A month later, he paid an impromptu visit to the border in Laredo, Texas and explained why "the Hispanics" love him.', 'why', 'he'],
    ['a dateline with an agency', 'Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump, saying that "bombastic comments" do more harm than good.', 'that', 'Democrat Hillary Clinton'],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});

describe('a subject noun phrase naming no one', () => {
  test.each([
    ['a singular subject before its verb', 'The ad targets a "corrupt political system that keeps in place a rigged economy."', 'The ad targets', 'The ad'],
    ['a plural after a quantifier', 'Many reporters noted on Twitter the change from the usual slogan, "Make America Great Again," to a new one.', 'Make America', 'Many reporters'],
    ['a possessive before its verb', 'Her economic plan promises to "lift up participation in the workforce, especially for women."', 'to', 'Her economic plan'],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});

describe('a participle read as the speaker of a second quotation', () => {
  test('takes the speaker named earlier in its sentence', () => {
    const text = '"I have tremendous respect for Governor Mike Pence," Cruz said, adding: "I would enthusiastically welcome his support."';
    expect(speakerOf(text, 'I would')).toBe('Cruz');
  });
});

describe('words between a speaker and its cue', () => {
  test.each([
    ['"in the past" before the cue', 'Sanders in the past has criticized the president for "a lack of courage."', 'the president', 'Sanders'],
    ['a place after the speaker', '"Will he be the next attorney general?" a Democratic staffer in the room wondered.', 'Will he', 'a Democratic staffer in the room'],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});

describe('a quotation inside a statement attributed in its sentence', () => {
  test.each([
    ['a name as the cue aside', 'Vice President Joe Biden, Rubio said, had been in the Senate for "a thousand years" and passed "hundreds of bills."', 'a thousand', 'Rubio'],
    ['a pronoun as the cue aside', 'The Murdoch outlets have been standing in the way, he said, by creating a "false reality bubble denying science" that scares Republican politicians away.', 'a "false', 'he'],
  ])('%s', (_name, text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});

describe('a quotation in a sentence that closes on its attribution', () => {
  test.each([
    ['an inverted cue with an apposition', 'Clinton "drew quite well from white, working-class Democrats" in the 2008 primary, said Paul Beck, a professor at Ohio State University.', 'Paul Beck'],
    ['a name before the cue', 'The rejection of the treaty signals "the beginning of the end" for the union, Wilders said.', 'Wilders'],
  ])('%s', (_name, text, speaker) => {
    expect(spoken(text, quotesOf(text).find((q) => q.direct))).toBe(speaker);
  });
});

describe('a dash and a name closing the paragraph sign the quotation before them', () => {
  const list = [
    'Readers told us what they thought of the debate.',
    '“He can’t even answer a question. He is obsessed with Mexico.” ― Esther Tapia',
    '“Mostly he promotes ignorance. He says it over and over.”― Julie A. Diaz Martinez.',
    '“Maybe we can build a wall around him.” — Steve Quinlan, a teacher in Phoenix',
  ].join('\n\n');
  test.each([
    ['a horizontal bar after a quote with pronouns inside', 'He can’t', 'Esther Tapia'],
    ['no space before the dash, initials in the name, a closing period', 'Mostly he', 'Julie A. Diaz Martinez'],
    ['an em dash and a description after a comma', 'Maybe we', 'Steve Quinlan'],
  ])('%s', (_name, opening, speaker) => {
    expect(speakerOf(list, opening)).toBe(speaker);
  });

  test.each([
    ['a dash going on into a clause', '“We will win,” he said — and Trump agreed with him.', 'We will'],
    ['a name on the next line', '“We will win,” he said.\n— Trump', 'We will'],
  ])('not %s', (_name, text, opening) => {
    expect(speakerOf(text, opening)).toBe('he');
  });
});

describe('a participle takes the subject of the finite verb before it, or of the main clause after it', () => {
  test.each([
    ['after a quotation closing on its comma', 'Trump told Newsmax that Romney “had a crazy policy which was maniacal,” adding, “He lost all of the Latino vote.”', 'He lost', 'Trump'],
    ['after an attribution following a quotation', '“I think he would be the best nominee,” Graham said on MSNBC, adding, “His problem is he is an insider.”', 'His problem', 'Graham'],
    ['after a plural noun that is not a verb', 'Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, "We have got to achieve the day when young men can walk the streets."', 'We have', 'Sanders'],
    ['joined to another participle', 'In June 2009, Axelrod emailed her condolences, addressing her warmly and telling her, “You are an all-star player and we need you for the long run!”', 'You are', 'Axelrod'],
    ['a participle clause opening the sentence', 'Reflecting on his earlier career as a trial lawyer, the Senate Democratic leader said, "I never knew what was going to happen when I went to court."', 'I never', 'the Senate Democratic leader'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });
});

describe('a colon read as the cue gives the clause subject, not the word before it', () => {
  test.each([
    ['a complement before the colon', 'A footnote in the report makes that clear: "These assessments do not apply to the system used by the department."', 'These assessments', 'A footnote'],
    ['an adverb before the colon', 'The Clinton campaign, in a Q&A on the controversy, worded it even more carefully: "Her practice was to email officials on their accounts."', 'Her practice', 'The Clinton campaign'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });
});

describe('an attribution closing a quotation names its speaker over a cue before it', () => {
  test.each([
    ['a pronoun after a colon cue', 'Clinton seemed irritated: “It is a public statement! Just email it,” she wrote.', 'It is a public', 'she'],
    ['an inverted name after a cue with its audience', 'The governor told reporters: “We will not back down,” said Smith, his spokesman.', 'We will not', 'Smith'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });

  test('a quotation closing its sentence keeps the cue before it', () => {
    expect(speakerHolding('Trump said: "We will build a wall." He said it twice.', 'We will build')).toBe('Trump');
  });
});

describe('a phrase opening the sentence is not its speaker; the main clause subject is', () => {
  test.each([
    ['a participle clause holding a quotation', 'Holding signs calling Christie “New Jersey’s Biggest Loser,” the protesters chanted “Chris Christie: Bad for New Jersey, bad for you.”', 'Biggest Loser', 'the protesters'],
    ['a preposition opening the sentence', 'Amid responses from some to create websites, The Blaze’s Matt Walsh provided a justification for a blacklist, saying it is necessary to “identify the traitors and remember their names.”', 'identify the traitors', 'Blaze’s Matt Walsh'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });
});

describe('an attribution right after a quotation closing on a comma or "!" names its speaker', () => {
  test.each([
    ['a name with a participle aside before the cue', 'Not everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down.', 'more successful', 'Bill Eastland'],
    ['a name that is also a helper verb', 'Costs keep rising, Kantrowitz said.\n\n"It\'s a pretty expensive business model," said Will Doyle, a professor of higher education at Vanderbilt University. "The biggest thing is personnel costs."', 'expensive business', 'Will Doyle'],
    ['a noun phrase naming no one right before its cue', 'A friend referred to him warmly in a post. He had “wanted to be a pilot since he was 5,” his childhood friend told The Daily Beast.', 'wanted to be', 'his childhood friend'],
    ['a quotation closing its sentence on "!"', 'The museum waived its fee.\n\n"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl of convention activities.', 'Perpetual', 'Glenn Thompson'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });
});

describe('a person named before "of" is the speaker, not the place or body after it', () => {
  test.each([
    ['a town', '“I think she should have run from Virginia,” said Jason Gilbert of Cheyenne.', 'I think she', 'Jason Gilbert'],
    ['a university', '“It would have been a long shot,” said Stephen Vladeck of the University of Texas School of Law.', 'It would', 'Stephen Vladeck'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });

  test('an organisation written with "of" is not cut before it', () => {
    expect(speakerHolding('“We will not back down,” said the Federal Reserve Bank of New York.', 'We will not')).not.toBe('Federal Reserve Bank');
  });
});

describe('an object pronoun after a participle cue is never the speaker', () => {
  test('the subject of the sentence speaks', () => {
    const text = 'Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him favorably to President Obama.';
    expect(speakerHolding(text, 'strong leader')).toBe('Trump');
  });
});

describe('a transcript turn opening a quoted paragraph names its speaker before the colon', () => {
  const text = 'Partial transcript as follows:\n\n"WALLACE: But, Governor Pence, I have to ask you about his temperament.\n\n"PENCE: Well, the question really should be why she invited a celebrity to the debate.\n\n"WALLACE: Do you really see those two as equivalent?"\n\nHe did not answer.';
  test.each([
    ['the first turn', 'But, Governor', 'WALLACE'],
    ['a turn of the other speaker', 'Well, the question', 'PENCE'],
  ])('%s', (_name, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });

  test.each([
    ['the first turn', 'But, Governor Pence, I have to ask you about his temperament.'],
    ['a turn of the other speaker', 'Well, the question really should be why she invited a celebrity to the debate.'],
  ])('the words of %s start after the label and its colon', (_name, words) => {
    const quotes = findQuotes(articleTextFromPlainText(text), []);
    expect(quotes.some((q) => q.text === words)).toBe(true);
    expect(quotes.some((q) => /^"?(?:WALLACE|PENCE):/.test(q.text))).toBe(false);
  });

  test('an acronym and a colon inside a sentence are not a label', () => {
    expect(speakerHolding('Trump said: "NATO: obsolete and expensive, believe me."', 'obsolete')).toBe('Trump');
  });
});

describe('a misread speaker inside an opening adverbial gives way to the main clause subject', () => {
  test.each([
    ['a participle after a preposition', 'After casting doubt earlier this week on the value of an outside investigation, Emanuel said Thursday that the city "welcomes" a Justice Department role.', 'welcomes', 'Emanuel'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });
});

describe('a quotation inside a relative clause is the relative pronoun’s', () => {
  test('an open relative clause after the subject', () => {
    expect(speakerHolding('Trump, who has postured himself as the “law and order candidate,” has taken a hardline stance against terrorism.', 'law and order')).toBe('who');
  });

  test('a relative clause closed before the quotation leaves the subject', () => {
    expect(speakerHolding('Trump, who was in Iowa, called the plan “a disaster for everyone.”', 'a disaster')).toBe('Trump');
  });
});

describe('a bracketed party and state before the comma of an apposition', () => {
  test('the name before the bracket speaks', () => {
    expect(speakerHolding('Tuesday at Baldwin Wallace University in Berea, after winning Ohio in the primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”', 'covered wagon')).toBe('John Kasich');
  });
});

describe('a month or a preposition’s object before the comma is not the speaker', () => {
  test.each([
    ['a month after "in" inside an opening adverbial', 'In granting Judicial Watch a right to discovery in February, a federal judge determined that the handling of the email controversy has created at least a “reasonable suspicion” of bad faith.', 'handling of the email', 'a federal judge'],
    ['a capitalised preposition opening the sentence', 'In May, the city council voted to pay $5.5 million to victims abused by the notorious police unit known as the "Midnight Crew."', 'to pay', 'the city council'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerHolding(text, words)).toBe(speaker);
  });

  test('a name before an apposition still speaks', () => {
    expect(speakerHolding('Fawad Aman, the spokesman, said the base was handed over “in a positive step.”', 'the base')).toBe('Fawad Aman');
  });
});
