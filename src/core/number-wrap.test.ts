import { describe, expect, it } from 'vitest';
import { unbrokenNumbers } from './number-wrap';

const shown = (s: string) => unbrokenNumbers(s).replace(/\u00A0/gu, '~');

describe('no line break inside a number', () => {
  it('joins a whole number to its fraction', () => {
    expect(shown('has averaged 6 1/2 percent.')).toBe('has averaged 6~1/2 percent.');
    expect(shown('includes $2 4/10 billion.')).toBe('includes $2~4/10 billion.');
    expect(shown('the price is 5 3/4 percent, not 6')).toBe('the price is 5~3/4 percent, not 6');
  });
  it('joins the groups of a space-grouped number', () => {
    expect(shown('с 350 000 до 1 200 000 рублей')).toBe('с 350~000 до 1~200~000 рублей');
  });
  it('leaves apart what are two numbers or none', () => {
    // a date written with a slash, numbers in a list, a year before a count
    expect(shown('On 9/11 we lost 3,000 people.')).toBe('On 9/11 we lost 3,000 people.');
    expect(shown('scores of 6 11/4 and 12 13')).toBe('scores of 6 11/4 and 12 13');
    expect(shown('in 2019 350 people came')).toBe('in 2019 350 people came');
    expect(shown('1.5 000')).toBe('1.5 000');
  });
  it('changes nothing but those spaces', () => {
    const text = 'For the last 10 years it averaged 6 1/2 percent and 350 000 jobs.';
    expect(unbrokenNumbers(text).replace(/\u00A0/gu, ' ')).toBe(text);
  });
});
