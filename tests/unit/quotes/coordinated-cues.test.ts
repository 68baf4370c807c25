import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { registerModel } from '../../../src/core/models';
import { findQuotes } from '../../../src/core/quotes/index';
import { articleTextFromPlainText } from '../../../src/core/text/article-text';

beforeAll(() => {
  registerModel('quotes', JSON.parse(fs.readFileSync('models/quotes.json', 'utf8')));
});

const found = (text: string) => findQuotes(articleTextFromPlainText(text), []).map((q) => [q.text, q.cue?.verb, q.speaker?.name]);

describe('a second speech verb of the same subject heads its own statement', () => {
  test.each([
    [
      'the same verb twice',
      'At each stop, Trump tells the crowd he will build a wall and tells the crowd he was the “first one” to call for it.',
      [['he will build a wall', 'tells', 'Trump'], ['he was the “first one” to call for it', 'tells', 'Trump']],
    ],
    [
      'two verbs in the past',
      'The governor said the state would cut taxes and promised that schools would get more money.',
      [['the state would cut taxes', 'said', 'The governor'], ['that schools would get more money', 'promised', 'The governor']],
    ],
    [
      'two verbs in the present',
      'The mayor says the council will vote on Monday and says it will approve the plan.',
      [['the council will vote on Monday', 'says', 'The mayor'], ['it will approve the plan', 'says', 'The mayor']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('a verb in another tense after "and" is part of the reported statement (its subject is inside it)', () => {
    expect(found('The mayor said the council will vote on Monday and says it will approve the plan.')).toEqual([
      ['the council will vote on Monday and says it will approve the plan', 'said', 'The mayor'],
    ]);
  });
});

describe('a closing "according to" inside an earlier statement', () => {
  test('ends that statement and sources the whole sentence', () => {
    const quotes = found('The governor told aides that the vote was not that close, according to an account one of them gave.');
    expect(quotes.find((q) => q[1] === 'according to')?.[0]).toBe('The governor told aides that the vote was not that close');
    // (the statement of "told" inside it is not given again on its own: see nested-attributions.ts)
    expect(quotes.map((q) => q[0])).toEqual(['The governor told aides that the vote was not that close']);
  });
});
