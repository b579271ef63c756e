import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const figures = (text: string, lang: string) =>
  findFigures(text, lang, 20).map((f) => [f.value, f.kind] as const);

// Prime Minister Abe's press conferences, 30 April and 12 June 2020 (japan.kantei.go.jp,
// provisional translation): yen after digits is money as it is after a number in words — one
// list of currency words (rules.ts CURRENCY_WORD) serves both
describe('a currency word after a number in digits or in words is one list (rules.ts, spelled.ts)', () => {
  it.each([
    [
      'A supplementary budget with a scale of 117 trillion yen, the largest in history, was enacted just now.',
      [['117 trillion yen', 'currency']],
    ],
    [
      'The budget also contains a rent subsidy of up to 6 million yen.',
      [['up to 6 million yen', 'currency']],
    ],
    [
      'Without delay, applications for the Sustainability Subsidy, which provides up to two million yen in cash to small- and medium-sized enterprises, as well as micro-business operators, will be accepted from tomorrow.',
      [['up to two million yen', 'currency']],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text, 'en')).toEqual(expected);
  });
});
