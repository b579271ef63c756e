/**
 * Figure labels judge22 still found wrong, empty or thin (section A, faults 3–5, 11, 27): a label
 * from a time phrase or a pointer ("Twenty-two years later", "last year that rate"), a target said
 * as a fact, a real figure left without a card. Each sentence is from a real speech, named above it.
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

// Lyndon B. Johnson, commencement address at Howard University, 1965-06-04 (presidency.ucsb.edu)
describe('"it" and "that rate" are labelled by what the sentence before named', () => {
  it.each([
    [
      'The infant mortality of nonwhites in 1940 was 70 percent greater than whites. Twenty-two years later it was 90 percent greater.',
      // judge22: "90 percent — Twenty-two years later"
      [
        '70 percent — infant mortality of nonwhites greater than whites, 1940',
        '90 percent — infant mortality of nonwhites greater than whites',
      ],
    ],
    [
      'In 1948 the 8 percent unemployment rate for Negro teenage boys was actually less than that of whites. By last year that rate had grown to 23 percent, as against 13 percent for whites unemployed.',
      // judge22: "23 percent — last year that rate"
      ['23 percent — unemployment rate for Negro teenage boys', '13 percent — for whites unemployed'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'en')).toEqual(expected);
  });

  it('a time phrase alone is never a label', () => {
    expect(cards('Twenty-two years later it was 90 percent greater.', 'en')).toEqual([]);
  });
});

// Christopher J. Waller, "Something Appears to Be Giving", 2023-11-28 (federalreserve.gov)
describe('a figure keeps its subject and its time frame; a target said in a clause is no card', () => {
  it.each([
    [
      'In fact, productivity growth over the last two quarters has averaged over 4 percent, more than double the long-term rate.',
      // judge22: no card for the 4 percent (the frame made the subject too long to be a label)
      ['over 4 percent — productivity growth, last two quarters'],
    ],
    [
      'The bottom line here is that the labor market is still fairly tight and I will be watching closely to see whether it continues to moderate in ways that keeps inflation moving toward 2 percent.',
      // judge22: "2 percent — bottom line, in the 36 years" (the goal, labelled by the main clause)
      [],
    ],
    [
      'The October data I have cited on economic activity and inflation are consistent with the kind of moderating demand and easing price pressure that will help move inflation back to 2 percent, and I will be looking to see that confirmed in upcoming data releases.',
      // judge22: "2 percent — October data"
      [],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'en')).toEqual(expected);
  });
});
