import { describe, expect, test } from 'vitest';
import { isCreditLine, isFurniture, isFurnitureLine, leadingFurnitureLength } from '../../../src/core/summary/boilerplate';

const strip = (s: string, first = true): string => s.slice(leadingFurnitureLength(s, first));

describe('leadingFurnitureLength', () => {
  test.each([
    ['(CNN)They may be close to finding alien life.', 'They may be close to finding alien life.'],
    ['(CNN) -- The talks ended.', 'The talks ended.'],
    ['Boston (CNN)Guilty across the board.', 'Guilty across the board.'],
    ['Kathmandu, Nepal (CNN)Rescuers pulled a man out.', 'Rescuers pulled a man out.'],
    ['WASHINGTON (AP) — The Latest on the race.', 'The Latest on the race.'],
    ['FLINT, Mich., Oct. 4 (UPI) — Bill Clinton spoke.', 'Bill Clinton spoke.'],
    ['LONDON — Prices rose again.', 'Prices rose again.'],
    ['FAIRVIEW, W.Va. - The coal was piled high.', 'The coal was piled high.'],
    ['Scroll down for video A new graph reveals the favourite teams.', 'A new graph reveals the favourite teams.'],
    ['The last U.S. and NATO forces have left Bagram.', 'The last U.S. and NATO forces have left Bagram.'],
    ['NATO forces have left Bagram.', 'NATO forces have left Bagram.'],
  ])('%s', (sentence, expected) => {
    expect(strip(sentence)).toBe(expected);
  });

  test('a dateline is furniture only at the start of a paragraph', () => {
    expect(strip('WASHINGTON (AP) — The Latest on the race.', false)).toBe('WASHINGTON (AP) — The Latest on the race.');
    expect(strip('Scroll down for video The club lost.', false)).toBe('The club lost.');
  });
});

describe('isFurniture', () => {
  test.each([
    ['Click here for all the latest news.', true],
    ['CLICK HERE for all the latest Manchester United news.', true],
    ['Follow us on Twitter.', true],
    ['Read the rest here.', true],
    ['Sign up for our newsletter.', true],
    ['© 2024 Latin Times.', true],
    ['All rights reserved.', true],
    ['ZAKERIA HASHIMI/AFP via Getty Images', true],
    ['GettyImages-1233765341', true],
    ['The company told Reuters it would appeal.', false],
    ['The copyright lawsuit was filed in May.', false],
    ['He read the report twice.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isFurniture(sentence)).toBe(expected);
  });
});

describe('isCreditLine and isFurnitureLine', () => {
  test.each([
    ['An Afghan soldier at Bagram on July 2, 2021. ZAKERIA HASHIMI/AFP via Getty Images', true],
    ['Protesters in Kabul (Photo by Jane Doe/Getty Images)', true],
    ['GettyImages-1233765341', true],
    ['Photo: Jane Doe', true],
    ['The agency AFP reported the news on Friday.', false],
  ])('credit: %s → %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected);
  });

  test('a long paragraph that ends in a credit is not a caption', () => {
    expect(isCreditLine(`${'The war went on. '.repeat(50)}Photo via Getty Images`)).toBe(false);
  });

  test.each([
    ['© 2024 Latin Times. All rights reserved. Do not reproduce without permission.', true],
    ['Copyright 2021 The Times. Do not copy.', true],
    ['The Taliban welcomed the withdrawal.', false],
  ])('furniture line: %s → %s', (line, expected) => {
    expect(isFurnitureLine(line)).toBe(expected);
  });
});
