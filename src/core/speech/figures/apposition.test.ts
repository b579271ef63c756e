import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const labels = (text: string) => findFigures(text, 'en', 20).map((f) => [f.value, f.label]);

describe('a figure in apposition to the noun phrase opening its sentence (apposition.ts)', () => {
  it('is labelled by that noun phrase (Reagan 1982: "12.4 percent" had no label)', () => {
    expect(
      labels('That double-digit inflation, 12.4 percent, has been cut in half for the last 6 months.'),
    ).toEqual([['12.4 percent', 'double-digit inflation']]);
    expect(labels('The total cost, about $40 billion, will be paid.')).toEqual([
      ['about $40 billion', 'total cost'],
    ]);
  });
  it('never by a time, a clause with a verb, or a pronoun', () => {
    expect(labels('In March, 12 percent, we said.')).toEqual([['12 percent', '']]);
    expect(labels('We did it, 12 percent, again.')).toEqual([['12 percent', '']]);
    expect(labels('Unemployment rose sharply, 7 percent, last year.')).toEqual([['7 percent', '']]);
  });
});

describe('money followed by its rate and the noun it is (index.ts purposeLabel)', () => {
  it('"the $35 per month cap on insulin" is the cap on insulin (Brainard: was "$35 per month — seniors due")', () => {
    expect(
      labels(
        'This includes savings averaging more than $100 per month for seniors due to the $35 per month cap on insulin.',
      ),
    ).toContainEqual(['$35 per month', 'cap on insulin']);
  });
});
