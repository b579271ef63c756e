import { describe, expect, it } from 'vitest';
import { isMushList } from './phrase-list';

describe('a mush of noun pairs is no list (phrase-list.ts isMushList, judge15)', () => {
  const hanoi = [
    'We also launched initiatives that will help Vietnam transition to a more digital economy, and it will help grow women- and ethnic minority-owned businesses.',
    'As part of our economic partnership, we have also reached agreements about the importance of addressing the climate crisis and collaborating toward a clean energy future.',
  ];
  it.each([
    [
      [
        'Economic partnership',
        'Ethnic minority-owned businesses',
        'Clean energy future',
        'Vietnam transition',
      ],
      hanoi,
      true,
    ],
    [
      ['Energy communities', 'Tax credits', 'Clean energy', 'Fair chance'],
      [
        'Jobs that offer a free and fair chance to join a union.',
        'The IRA provides five times the value of tax credits when developers pay prevailing wages.',
        'It is aiming to build more clean energy by investing in low-income communities and energy communities.',
      ],
      true,
    ],
    // parallel items say the point together
    [
      ['Common heritage', 'Common sentiment', 'Common defense'],
      ['Our common heritage, our common sentiment and our common defense bind us.'],
      false,
    ],
    // a series the speaker said is her list
    [
      ['Solar panels', 'Heat pumps', 'Electric vehicles'],
      ['Families are saving money on solar panels, heat pumps, and electric vehicles.'],
      false,
    ],
  ])('%j', (phrases, sentences, mush) => {
    expect(isMushList(phrases, sentences)).toBe(mush);
  });
});
