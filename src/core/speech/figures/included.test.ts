import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { amountOf } from './whole';

const labels = (text: string) => findFigures(text, 'en', 20).map((f) => [f.value, f.label]);

describe('an amount a whole is said to include (included.ts)', () => {
  it('is labelled "in" that whole, over the asides between them (LBJ 1964: "$2 4/10 billion" had none)', () => {
    expect(
      labels(
        "Next year's Defense budget, the one just sent up for fiscal 1965, includes, due to more efficient management of our defenses, $2 4/10 billion. That is more than $10 for every man, woman, and child in our country.",
      ),
    ).toEqual([
      ['$2 4/10 billion', "in next year's Defense budget"],
      ['more than $10', 'for every man, woman, and child'],
    ]);
  });
  it('never by a pronoun, and never over a label of its own', () => {
    expect(labels('It includes $40 billion.')).toEqual([['$40 billion', '']]);
    expect(labels('The bill includes $40 billion for roads.')).toEqual([['$40 billion', 'for roads']]);
  });
});

describe('a mixed number is read whole as an amount (whole.ts)', () => {
  it('"$2 4/10 billion" is 2.4 billion dollars, "5¾ percent" 5.75 percent', () => {
    expect(amountOf('$2 4/10 billion')).toEqual({ unit: '$', n: 2.4e9 });
    expect(amountOf('more than $66 billion')).toEqual({ unit: '$', n: 66e9 });
    expect(amountOf('5¾ percent')).toEqual({ unit: '%', n: 5.75 });
    expect(amountOf('6 1/2 percent')).toEqual({ unit: '%', n: 6.5 });
    expect(amountOf('almost 800')).toBeNull();
  });
});
