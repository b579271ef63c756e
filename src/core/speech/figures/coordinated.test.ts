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
