/**
 * A multiple is shown with what it multiplies (judge7: JFK's "three times what it was in January
 * 1961" was no figure, and "3 times" cut at "times" read "3 times — space budget").
 */
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const cards = (s: string) => sentenceFigures(s, 'en').map((f) => `${f.value} — ${f.label}`);

describe('multiples', () => {
  it('a multiple said in words is a figure with its base', () => {
    expect(cards("This year's space budget is three times what it was in January 1961.")).toEqual([
      'three times what it was in January 1961 — space budget',
    ]);
    expect(
      cards(
        "This Nation's own scientific manpower is doubling every 12 years in a rate of growth more than three times that of our population as a whole.",
      ),
    ).toEqual([
      'every 12 years — scientific manpower is doubling',
      'more than three times that of our population as a whole — rate of growth',
    ]);
  });

  it('a multiple said with digits keeps its base too', () => {
    expect(cards("This year's space budget is 3 times what it was in January 1961.")).toEqual([
      '3 times what it was in January 1961 — space budget',
    ]);
  });

  it('a repetition, or a multiple with no base said short, is no figure', () => {
    expect(cards('I have been there three times the last year.')).toEqual([]);
    expect(cards('Costs rose three times in a row.')).toEqual([]);
    expect(
      cards('It is three times the size of the thing that we used to build in the old factory by the river.'),
    ).toEqual([]);
  });
});
