/**
 * What is a figure at all (judge21, section A: a number on screen the speech did not say, or one
 * that means something else). Each sentence is from a real speech, named above its table.
 */
import { describe, expect, it } from 'vitest';
import { cards, kindOf } from '../../../../tests/helpers/figure-cards';
import { findFigures } from './index';

/** Every figure of a text, labelled or not: what a slide could ever show. */
const values = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => f.value);

// Mark Twain, "Taxes and Morals", New York, 1906-01-22 (Project Gutenberg #3188, Mark Twain's
// Speeches); Dwight D. Eisenhower, Farewell Address, 1961-01-17; Brian Deese, City Club of
// Cleveland, 2022-10-13 (bidenwhitehouse.archives.gov)
describe('a fraction that ends a mixed measure is no share (spelled.ts)', () => {
  it.each([
    // judge21: carded "a quarter — of names"; he said one and a quarter columns of them
    [
      'The next day the list appears in the papers—a column and a quarter of names, in fine print, and every man in the list a billionaire and member of a couple of churches.',
      [],
    ],
    [
      'Over the last year and a half, President Biden worked with Congress to pass four historic pieces of legislation.',
      [],
    ],
    // a mixed number before its scale is one number, never a piece of it
    [
      'Added to this, three and a half million men and women are directly engaged in the defense establishment.',
      ['three and a half million'],
    ],
    // a third of what he was charged is a share: kept
    [
      'When they assessed me at $75,000 a fortnight ago I went out and tried to borrow the money, and couldn’t; then when I found they were letting a whole crop of millionaires live in New York at a third of the price they were charging me I was hurt.',
      ['$75,000', 'a third'],
    ],
  ])('%s', (text, expected) => {
    expect(values(text, 'en')).toEqual(expected);
  });

  it('what a count is of is the whole pair, never its first noun ("three and a half million men")', () => {
    const said =
      'Added to this, three and a half million men and women are directly engaged in the defense establishment.';
    expect(values(said, 'en')).not.toContain('three and a half million men');
  });
});

// Twain, "Taxes and Morals" (1906): carded "eighty millions — born American"
describe('an old plural scale is read whole; with nothing counted after it, no figure (spelled.ts)', () => {
  it.each([
    [
      'Every born American among the eighty millions, let his creed or destitution of creed be what it may, is indisputably a Christian—to this degree that his moral constitution is Christian.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(values(text, 'en')).toEqual(expected);
  });
});

// Владимир Путин, Большая пресс-конференция, 2018-12-20 (kremlin.ru transcript): carded
// "10 месяцев — текущего года ВВП" and "1,7% — текущего года ВВП: рост"
describe('a part of a year said as its length is when, not a figure (date-parts.ts)', () => {
  it.each([
    ['Итак, за 10 месяцев текущего года ВВП вырос на 1,7%.', 'ru', ['1,7% — ВВП: рост']],
    ['In the first 10 months of this year, exports rose by 12 percent.', 'en', []],
  ])('%s', (text, lang, expected) => {
    expect(cards(text, lang)).toEqual(expected);
    expect(values(text, lang).some((v) => /10/u.test(v))).toBe(false);
  });

  it('the number, its unit and its year are one date', () => {
    expect(kindOf('Итак, за 10 месяцев текущего года ВВП вырос на 1,7%.', '10 месяцев текущего года')).toBe(
      'date',
    );
    // a length that is no part of a year stays one ("over the past 18 months")…
    expect(kindOf('Over the past 18 months, we have been busy.', '18')).toBe('number');
    expect(values('Over the past 18 months, we have been busy.', 'en')).toContain('18 months');
    // …and frames the figure beside it, no card of its own (time-ref.ts, judge22)
    expect(values('Over the past 18 months, we created 2 million jobs.', 'en')).toEqual(['2 million jobs']);
    // how often in a year is said without "first"/"за": no date
    expect(kindOf('The sun shines 300 days of the year here.', '300')).toBe('number');
  });
});

// Cem Laçin (SP), Tweede Kamer, 2019-05-16 (ParlaMint-NL): carded "1 kilometer — van Chemours"
describe('a radius round a place says whose, not how much (where.ts)', () => {
  it.each([
    [
      'Mensen met een moestuin binnen een straal van 1 kilometer van Chemours moesten maar niet te veel groente en fruit uit de eigen tuin eten, omdat dat gevaarlijk kon zijn, volgens het RIVM.',
      'nl',
      [],
    ],
    ['Families living within 2 miles of the plant were evacuated.', 'en', []],
  ])('%s', (text, lang, expected) => {
    expect(values(text, lang)).toEqual(expected);
  });

  it('a distance that is what was done stays a figure', () => {
    expect(values('We built 40 miles of road.', 'en')).toEqual(['40 miles']);
  });
});

// Lael Brainard, remarks on supply chains, Brookings, 2024-12-19 (bidenwhitehouse.archives.gov)
describe('a bound every counted thing passes is no amount (threshold.ts)', () => {
  it('"each cost at least a billion dollars" is never carded, least of all with the 28’s aside', () => {
    const said =
      'We saw 28 climate disasters last year that each cost at least a billion dollars—the highest number in U.S. history.';
    const billion = findFigures(said, 'en', 20).find((f) => f.value.includes('billion'));
    expect(billion?.threshold).toBe(true);
    expect(billion?.label).toBe('');
    expect(cards(said, 'en').filter((c) => c.includes('billion'))).toEqual([]);
    // the count is still read
    expect(values(said, 'en')).toContain('28 climate disasters');
  });
});

// Brainard (2024): carded "over $20,000 per container — Shipping rates to the West Coast", the
// peak shown as if it were today's rate
describe('a change said with the time of its first end is one change (change.ts)', () => {
  it('neither end of "from … at the peak … back down to …" is carded alone', () => {
    const said =
      'Shipping rates to the West Coast have fallen from over $20,000 per container at the peak of the disruption back down to around $4,400.';
    expect(cards(said, 'en')).toEqual([]);
  });
});
