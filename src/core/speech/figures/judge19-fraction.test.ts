import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

// judge19, ar-guterres-unga-2024 (António Guterres to the UN General Assembly, 2024-09-24, Arabic
// text on bahrain.un.org): "نصف — عامٌ يذهب فيه من البشرية"
describe('an Arabic fraction is carded only with what it is a fraction of (fraction-of.ts)', () => {
  it.each([
    [
      'وفي الوقت ذاته، عام 2024 عامٌ يذهب فيه من البشرية نصفُها إلى صناديق الاقتراع - في عملية ستؤثر في البشرية جمعاء.',
      ['نصفُها — البشرية'],
    ],
    ['يعيش نصف سكان العالم في المدن.', ['نصف — سكان العالم']],
    ['خفضنا الفقر إلى النصف.', []],
  ])('%s', (text, expected) => {
    expect(cards(text, 'ar')).toEqual(expected);
  });
});
