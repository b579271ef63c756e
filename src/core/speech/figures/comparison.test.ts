import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { withComparison } from './comparison';

const labels = (text: string, lang = 'en') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);

describe('a label keeps the comparison its clause says of it (comparison.ts)', () => {
  it('keeps "ниже среднероссийского" (Putin 2024: was "39 — регионах суммарный коэффициент рождаемости")', () => {
    expect(
      labels('В 39 регионах суммарный коэффициент рождаемости был ниже среднероссийского.', 'ru'),
    ).toEqual([['39', 'регионах суммарный коэффициент рождаемости ниже среднероссийского']]);
    // said "В 2022 году" (in 2022), a label without the year reads as today's: none (label-frame.ts, judge19)
    expect(
      labels('В 2022 году в 39 регионах суммарный коэффициент рождаемости был ниже среднероссийского.', 'ru'),
    ).toEqual([['39', '']]);
  });
  it('in other languages, without the verb', () => {
    const s = 'In 12 states the jobless rate was above the national average.';
    expect(withComparison(s, { start: 3, end: 5 }, 'states the jobless rate')).toBe(
      'states the jobless rate above the national average',
    );
    const es = 'En 12 regiones la natalidad era inferior a la media.';
    expect(withComparison(es, { start: 3, end: 5 }, 'regiones la natalidad')).toBe(
      'regiones la natalidad inferior a la media',
    );
  });
  it('a comparison with a number is another figure, and a long one leaves no label', () => {
    const s = 'In 12 states the jobless rate was above 5 percent.';
    expect(withComparison(s, { start: 3, end: 5 }, 'states the jobless rate')).toBe(
      'states the jobless rate',
    );
    const long =
      'In 12 states the average jobless rate of young workers was above the rate of the nation as a whole.';
    expect(
      withComparison(long, { start: 3, end: 5 }, 'states the average jobless rate of young workers'),
    ).toBe('');
  });
});
