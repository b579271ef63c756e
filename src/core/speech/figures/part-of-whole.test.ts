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

describe('a bare part and the whole it is taken from are one figure (part-of-whole.ts, judge16)', () => {
  it.each([
    // sl judge16: "62 — od razpoložljivih" (read "62 of the available", scale and unit cut)
    [
      'sl',
      'Na ministrstvu računajo, da bi lahko za te projekte počrpali 62 od razpoložljivih 77 milijonov evrov.',
      '62 od razpoložljivih 77 milijonov evrov',
    ],
    ['hr', 'Iskoristili smo 62 od raspoloživih 77 milijuna eura.', '62 od raspoloživih 77 milijuna eura'],
    ['sr', 'Potrošili smo 62 od 77 miliona evra.', '62 od 77 miliona evra'],
    ['pl', 'Wydaliśmy 62 z 77 milionów złotych.', '62 z 77 milionów złotych'],
    ['cs', 'Vyčerpali jsme 62 z 77 milionů korun.', '62 z 77 milionů korun'],
    ['bg', 'Усвоихме 62 от 77 милиона лева.', '62 от 77 милиона лева'],
    ['en', 'They could draw 62 of the available 77 million euros.', '62 of the available 77 million euros'],
  ])('%s: %s', (lang, s, joined) => {
    const got = findFigures(s, lang, 20);
    expect(got.map((f) => f.value).filter((v) => /62/u.test(v))).toEqual([joined]);
    // the words between part and whole are the value's, never its label
    expect(got.find((f) => f.value === joined)?.label ?? '').not.toMatch(/^(?:od|of|z|от)\s/u);
  });
  it('the whole after a small part ("5 od 77 milijuna eura") takes no label', () => {
    expect(labelOf('Iskoristili smo 5 od raspoloživih 77 milijuna eura.', /77/u, 'hr')).toBe('');
  });
  it('a year before "od" is no part', () => {
    expect(labels('U 2015 od 30 milijuna eura potrošeno je malo.', 'hr').map((l) => l[0])).toContain(
      '30 milijuna eura',
    );
  });
});
