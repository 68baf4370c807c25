import { describe, expect, test } from 'vitest';
import { splitSentences, splitSpan } from '../../../src/core/text/sentences';
import { articleTextFromBlocks, articleTextFromPlainText } from '../../../src/core/text/article-text';

const split = (text: string): string[] => splitSpan(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('splitSpan', () => {
  test.each([
    ['plain sentences', 'The base was handed over. Troops left. Was it over? Yes!', ['The base was handed over.', 'Troops left.', 'Was it over?', 'Yes!']],
    ['U.S. inside a sentence', 'The U.S. military left Bagram on Friday.', ['The U.S. military left Bagram on Friday.']],
    ['U.S. before a name', 'He met U.S. President Joe Biden. Then he left.', ['He met U.S. President Joe Biden.', 'Then he left.']],
    ['U.S. ending a sentence', 'Troops returned to the U.S. The base is empty.', ['Troops returned to the U.S.', 'The base is empty.']],
    ['title before a name', 'Gen. Austin Miller spoke. Sen. Smith agreed.', ['Gen. Austin Miller spoke.', 'Sen. Smith agreed.']],
    ['Mr. and Dr.', 'Mr. Jones met Dr. Lee in Kabul. They talked.', ['Mr. Jones met Dr. Lee in Kabul.', 'They talked.']],
    ['No. before a number', 'He lives at No. 10 Downing Street. It is old.', ['He lives at No. 10 Downing Street.', 'It is old.']],
    ['"no." ending a sentence', 'She said no. The talks ended.', ['She said no.', 'The talks ended.']],
    ['a.m. before a time word', 'It began at 9 a.m. Friday and ended at noon.', ['It began at 9 a.m. Friday and ended at noon.']],
    ['a.m. ending a sentence', 'It began at 9 a.m. The crowd had gone.', ['It began at 9 a.m.', 'The crowd had gone.']],
    ['initials', 'George W. Bush sent troops in 2001. They stayed.', ['George W. Bush sent troops in 2001.', 'They stayed.']],
    ['two initials', 'J. R. R. Tolkien wrote it. It sold well.', ['J. R. R. Tolkien wrote it.', 'It sold well.']],
    ['comma inside a quote', '"We will leave," he said. "Soon."', ['"We will leave," he said.', '"Soon."']],
    ['period inside a closing quote', 'He called it a "positive step." Others disagreed.', ['He called it a "positive step."', 'Others disagreed.']],
    ['curly quotes', '“It is over.” The base fell silent.', ['“It is over.”', 'The base fell silent.']],
    ['question inside a quote then attribution', '"Why now?" he asked. Nobody knew.', ['"Why now?" he asked.', 'Nobody knew.']],
    ['single curly quote opening the next sentence', 'He said on Friday. ‘I am pleased.’ He left.', ['He said on Friday.', '‘I am pleased.’', 'He left.']],
    ['ellipsis continuing the sentence', 'It was... well, it was over.', ['It was... well, it was over.']],
    ['ellipsis ending a sentence', 'A long, long time ago... Those words stuck.', ['A long, long time ago...', 'Those words stuck.']],
    ['unicode ellipsis', 'We waited… The trucks came.', ['We waited…', 'The trucks came.']],
    ['decimal numbers', 'Growth was 3.5 percent in 2020. It fell to 1.2 later.', ['Growth was 3.5 percent in 2020.', 'It fell to 1.2 later.']],
    ['company abbreviation ending a sentence', 'He sued Apple Inc. The case was dropped.', ['He sued Apple Inc.', 'The case was dropped.']],
    ['company abbreviation inside', 'Apple Inc. Chief Tim Cook spoke.', ['Apple Inc. Chief Tim Cook spoke.']],
    ['a case name', 'The court overturned Roe v. Wade in June. Protests followed.', ['The court overturned Roe v. Wade in June.', 'Protests followed.']],
    ['closing parenthesis', 'He left (for good.) Nobody stayed.', ['He left (for good.)', 'Nobody stayed.']],
    ['sentence ending with a number', 'The war began in 2001. It ended in 2021.', ['The war began in 2001.', 'It ended in 2021.']],
    ['no end punctuation', 'A caption without a period', ['A caption without a period']],
    ['leading and trailing space', '  One. Two.  ', ['One.', 'Two.']],
    ['fig. before a number, and lowercase after a period', 'See fig. 3 and the Jan. figures.', ['See fig. 3 and the Jan. figures.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('spans point into the original text', () => {
    const text = 'xx One. Two. yy';
    const spans = splitSpan(text, 3, 12);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });
});

describe('splitSentences', () => {
  test('a sentence never crosses a block, and each sentence knows its block', () => {
    const article = articleTextFromBlocks([
      { text: 'Bagram was handed over', kind: 'headline' },
      { text: 'The last troops left. The Taliban welcomed it.', kind: 'paragraph' },
      { text: 'A soldier at the gate', kind: 'caption' },
    ]);
    const sentences = splitSentences(article);
    expect(sentences.map((s) => [article.text.slice(s.start, s.end), s.block.kind])).toEqual([
      ['Bagram was handed over', 'headline'],
      ['The last troops left.', 'paragraph'],
      ['The Taliban welcomed it.', 'paragraph'],
      ['A soldier at the gate', 'caption'],
    ]);
  });

  test('empty article gives no sentences', () => {
    expect(splitSentences(articleTextFromPlainText(''))).toEqual([]);
  });
});
