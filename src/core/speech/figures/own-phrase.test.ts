/**
 * A card's label comes from its figure's own phrase, never from a clause that names another
 * number (judge33/34: LBJ, State of the Union, 1964, s05 "$107,900 million — below last year's
 * request", when $107,900 million is last year's request and "below" is the $4 billion
 * reduction's; the budget's own total, $97,900 million, was not shown).
 */
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';
import { wholeBelowPart } from './whole';
import { figuresBlock } from '../body';

const LBJ =
  "It will call for total expenditures of $97,900 million—compared to $98,400 million for the current year, a reduction of more than $500 million. It will call for new obligational authority of $103,800 million—a reduction of more than $4 billion below last year's request of $107,900 million.";

const cards = (s: string) =>
  sentenceFigures(s, 'en')
    .filter((f) => f.label)
    .map((f) => `${f.value} — ${f.label}`);

describe("a label is the figure's own phrase", () => {
  it('the noun phrase a figure is the measure of stops at a word of place ("below", "above")', () => {
    const [, second] = LBJ.split(/(?<=\.)\s/u);
    expect(cards(second!)).toEqual([
      '$103,800 million — new obligational authority',
      "$107,900 million — last year's request",
    ]);
  });

  it('a figure compared with another and labelled by a time alone is the same thing at that time', () => {
    const [first] = LBJ.split(/(?<=\.)\s/u);
    expect(cards(first!)).toEqual([
      '$97,900 million — total expenditures',
      '$98,400 million — total expenditures for the current year',
    ]);
  });

  it('a total of one sum is no whole of another sum said beside it, so the budget total is carded', () => {
    const block = figuresBlock([{ text: LBJ }], 'en');
    expect(block?.type === 'figures' && block.items.map((f) => `${f.value} — ${f.label}`)).toEqual([
      '$97,900 million — total expenditures',
      '$98,400 million — total expenditures for the current year',
      '$103,800 million — new obligational authority',
      "$107,900 million — last year's request",
    ]);
    // (a total of changes stays below a change beside it: Ford 1975, part-labels.test.ts)
    expect(
      wholeBelowPart({ value: '$12 billion', label: 'total cut in rates' }, [
        { value: '$16 billion', label: 'one-year tax reduction' },
      ]),
    ).toBe(true);
    expect(
      wholeBelowPart({ value: '$97,900 million', label: 'total expenditures' }, [
        { value: '$103,800 million', label: 'new obligational authority' },
      ]),
    ).toBe(false);
  });
});
