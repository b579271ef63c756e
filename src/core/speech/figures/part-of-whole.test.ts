import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const labels = (text: string, lang = 'en') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);
const labelOf = (text: string, value: RegExp, lang = 'en') =>
  labels(text, lang).find((l) => value.test(l[0]!))?.[1];

describe('the whole a part is taken from takes no label (part-of-whole.ts)', () => {
  it('the number after "out of" (LBJ 1964: was "15 passed — appropriations bills")', () => {
    expect(labels('We had 5 or 6 appropriations bills out of 15 passed.')).toEqual([['15 passed', '']]);
    expect(labelOf('Only 3 schools out of 40 reopened in the district.', /40/u)).toBe('');
  });
  it('the whole after "of the" and "из" when a part is said right before it', () => {
    expect(labelOf('Some 30 percent of the 500 companies reported losses.', /^500/u)).toBe('');
    expect(labelOf('Трое из 10 опрошенных поддержали проект.', /10/u, 'ru')).toBe('');
  });
  it('never a label borrowed from the sentence before', () => {
    expect(
      labelOf(
        'Appropriations bills are the budget of the government. We had 5 or 6 of them out of 15 passed.',
        /15/u,
      ),
    ).toBe('');
  });
  it('keeps a figure after "of" that is the measure of a noun, or a whole named with no part beside it', () => {
    expect(labels('The company reported a net loss of $3 billion last year.')).toEqual([
      ['$3 billion', 'net loss'],
    ]);
    expect(
      labelOf(
        'This includes 130 million doses from our own supply and the first tranches of the half a billion doses of Pfizer vaccine we purchased.',
        /half/u,
      ),
    ).toBe('of Pfizer vaccine');
  });
});

describe('a number of a noun phrase before "of" is no part (part-of-whole.ts)', () => {
  it('keeps "a gross income of $5,600" after "a family of four" (Ford 1975)', () => {
    expect(
      labelOf(
        'For example, a typical family of four with a gross income of $5,600 now pays $185 in federal income taxes.',
        /5,600/u,
      ),
    ).toBe('gross income');
  });
});
