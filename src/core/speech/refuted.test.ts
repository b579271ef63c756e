import { describe, expect, it } from 'vitest';
import { isConceded, isRefutedSetUp } from './refuted';
import { deriveTitle } from './titles';

describe('a claim the speech refutes never heads a slide (refuted.ts, judge15)', () => {
  it.each([
    ['House Republicans say that prices are too high.', 'But they’re proposing to raise costs.', true],
    ['House Republicans say we should be tough on China.', 'But they want to slash DOE funding.', true],
    ['Critics claim the law has failed.', 'In fact, it has created 300,000 jobs.', true],
    ['House Republicans say that prices are too high.', 'They are right about that.', false],
    ['We say that prices are too high.', 'But we will bring them down.', false],
    ['Prices are too high.', 'But they are coming down.', false],
  ])('%s / %s → %s', (sentence, next, refuted) => {
    expect(isRefutedSetUp(sentence, next, 'en')).toBe(refuted);
  });

  it('the rebuttal titles the slide, not the set-up', () => {
    const title = deriveTitle(
      [
        'House Republicans say that prices are too high.',
        'But they’re proposing to raise costs by preventing DOE from enforcing energy efficiency standards for home appliances.',
        'And trying to divert money away from weatherization, which would prevent low-income households from receiving assistance to reduce their energy costs.',
      ],
      [],
      'en',
    );
    expect(title).not.toMatch(/prices are too high/iu);
    expect(title).not.toBe('');
  });

  it('a concession the slide turns against never titles it (Harris, CSW 2021, judge29c)', () => {
    const slide = [
      'These are signs of progress.',
      'These are signs of strength.',
      'But, friends, we cannot take this progress for granted.',
      'Especially now.',
      'COVID-19 has threatened the economic security, the physical security, and the health of women everywhere.',
    ];
    expect(isConceded(slide, 'en')).toBe(true);
    expect(
      isConceded(['Prices are too high.', 'They hurt families.', 'We will bring them down.'], 'en'),
    ).toBe(false);
    const title = deriveTitle(slide, [], 'en');
    expect(title).not.toMatch(/signs of progress/iu);
    expect(title).not.toBe('');
  });
});
