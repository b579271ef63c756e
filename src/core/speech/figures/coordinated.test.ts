import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

// judge14: Harris at the Coast Guard Academy, Brainard on housing (2022, 2023)
describe('a count of a coordinated phrase keeps the whole phrase in its label', () => {
  it.each([
    [
      'The Coast Guard has more than 60 bilateral and multilateral agreements around the world.',
      'more than 60',
      'bilateral and multilateral agreements',
    ],
    [
      'We delivered more than 10 million emergency rental or utility assistance payments to families in need.',
      'more than 10 million',
      'emergency rental or utility assistance payments',
    ],
  ])('%s', (sentence, value, label) => {
    const [f] = findFigures(sentence, 'en');
    expect(f?.value).toBe(value);
    expect(f?.label).toBe(label);
  });
  it('a noun and the next clause, or a second count, are no coordination of the count', () => {
    const [f] = findFigures('We hired 400 teachers and they started in May.', 'en');
    expect(f?.value).toBe('400 teachers');
    const [g] = findFigures(
      'We lost 13 American heroes and almost 200 innocent Afghan civilians in the heinous terrorist attack.',
      'en',
    );
    expect(g?.value).toBe('13 American heroes');
  });
});

// judge26 (Deese 2022): "950 million solar panels" was on no card
describe('two counts that name what they count share the date said after the pair', () => {
  it('each count keeps its own noun and the date is both', () => {
    const found = findFigures(
      'We’re talking about 950 million solar panels and 120,000 wind turbines by the end of this decade, billions of semiconductor-powered devices.',
      'en',
    );
    expect(found.map((f) => [f.value, f.label])).toEqual([
      ['about 950 million solar panels', 'by the end of this decade'],
      ['120,000 wind turbines', 'by the end of this decade'],
    ]);
  });
  it('"by" the ministry says who, not when: no label is borrowed', () => {
    const [f] = findFigures('We hired 500 teachers and 300 nurses paid by the ministry.', 'en');
    expect(f?.label).toBe('');
  });
});
