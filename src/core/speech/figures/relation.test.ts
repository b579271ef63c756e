/**
 * Issue #10, round 5: labels that misstated what a number is, found on Reagan's 1982 address on
 * the tax and budget bill and the 2022 Biden–Zelenskyy press conference. Each case is a class:
 * checked on the sentence it came from and on one like it.
 */
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const cards = (s: string, lang = 'en') => sentenceFigures(s, lang).map((f) => [f.value, f.label]);
const values = (s: string, lang = 'en') => sentenceFigures(s, lang).map((f) => f.value);
const labelOf = (s: string, value: string) => sentenceFigures(s, 'en').find((f) => f.value === value)?.label;

describe('issue #10: a label says what the number is, or there is none', () => {
  it('a part of a whole takes what is said of it; the whole takes no label', () => {
    expect(
      cards(
        'Roughly 48 billion of the 99 billion represents closing off special-interest loopholes which have resulted in unintended tax advantages.',
      ),
    ).toEqual([
      ['Roughly 48 billion', 'closing off special-interest loopholes'],
      ['99 billion', ''],
    ]);
    expect(
      cards(
        'Of the entire $99 billion, 32 billion is collection of tax presently owed under the present laws and which is not being paid.',
      ),
    ).toEqual([
      ['$99 billion', ''],
      ['32 billion', 'collection of tax presently owed'],
    ]);
    expect(
      labelOf('About 12 million of the 40 million workers are union members.', '40 million workers'),
    ).toBe('');
  });

  it('a change keeps its change word in the label, or has none', () => {
    expect(
      labelOf(
        'Revenues would increase by about $99 billion, and outlays in that same period would be reduced by 280 billion.',
        '280 billion',
      ),
    ).toBe('cut in outlays in that same period');
    expect(labelOf('The deficit was lowered by $40 billion for the coming fiscal year.', '$40 billion')).toBe(
      '',
    );
    // a subject that does the cutting is not what the figure counts
    expect(
      labelOf(
        'In the same 3 years, our tax-cut program even after this increase will save you 335 billion.',
        '335 billion',
      ),
    ).toBe('');
    expect(labelOf('And as of today, three major banks have lowered it to 14 percent.', '14 percent')).toBe(
      '',
    );
  });

  it('an age is no figure', () => {
    expect(values('Low-income citizens below 65 will be exempt from the new rule.')).toEqual([]);
    expect(values('Workers aged 40 will keep their pensions.')).toEqual([]);
    expect(values('People over 65 years of age will pay nothing more.')).toEqual([]);
    // a count over a number stays a count
    expect(values('We signed treaties with over 65 countries last year.')).toEqual(['over 65 countries']);
  });

  it('bare money coordinated with money gets no label that would make it a count', () => {
    expect(
      cards('The credit is worth $8,000 for an individual or 15,300 for those filing joint returns.').map(
        ([v, l]) => [v, v === '15,300' ? l : '·'],
      ),
    ).toEqual([
      ['$8,000', '·'],
      ['15,300', ''],
    ]);
    // a count with its own noun beside money is a count
    expect(values('The plant cost $5 million and hired 300 workers.')).toContain('300 workers');
  });

  it('a label is the noun the number measures, never an adverb, a verb or a particle', () => {
    expect(cards('All of this in only 10 months hardly looks like a program that failed to me.')).toEqual([
      ['10 months', ''],
    ]);
    expect(cards('Now, let me take that $99 billion tax program apart, and you decide.')).toEqual([
      ['$99 billion', 'tax program'],
    ]);
  });

  it('a period between a figure and its noun follows the noun; for whom is no label', () => {
    expect(
      labelOf(
        'Now, this leaves $19 billion over three years of actual new taxes, which is far outweighed.',
        '$19 billion',
      ),
    ).toBe('actual new taxes over three years');
    expect(
      labelOf(
        'The telephone tax increase is only about 54 cents a month for the average household.',
        'about 54 cents a month',
      ),
    ).toBe('telephone tax increase');
    expect(labelOf('Withholding applies to $24,214 for couples filing a joint return.', '$24,214')).toBe('');
  });

  it('a change noun takes what it changes; "out of" carries a noun phrase on', () => {
    expect(
      labelOf(
        'This compromise adds up to a total over three years of a $380 billion reduction in the budget deficits.',
        '$380 billion',
      ),
    ).toBe('reduction in the budget deficits, over three years');
    expect(labelOf('There were almost 8 million Americans out of work.', 'almost 8 million')).toBe(
      'Americans out of work',
    );
  });

  it('keeps every qualifier said with the figure', () => {
    expect(values('Allies sent more 2 million rounds of artillery ammunition.')[0]).toBe(
      'more 2 million rounds',
    );
    expect(values('They are exempt if their income is less than about $8,000.')).toEqual([
      'less than about $8,000',
    ]);
    expect(values('It applies to incomes of $14,450 and up per individual.')).toEqual(['$14,450 and up']);
  });

  it('never takes a number out of a fraction or a date written with a slash', () => {
    // a mixed number is one number: "21 1/2 percent", never "2 percent" nor "21"
    expect(values('The prime rate was, as I said, 21 1/2 percent.')).toEqual(['21 1/2 percent']);
    expect(values('Well, last week it was 14 1/2 percent.')).toEqual(['14 1/2 percent']);
    expect(values('It was 14 3/2 percent.')).toEqual([]);
    expect(values('On 9/11 we lost 3,000 people.')).toEqual(['3,000 people']);
  });

  it('a figure in the main clause after "if …," is foretold, not a fact, even when its modal comes after it', () => {
    expect(
      labelOf(
        'If this provision is not enacted, 2 million unemployed people will use up their benefits by the end of March.',
        '2 million',
      ),
    ).toBe('');
    expect(
      labelOf(
        'They are exempt if their income is less than about $8,000 for an individual.',
        'less than about $8,000',
      ),
    ).toBe('');
  });
});
