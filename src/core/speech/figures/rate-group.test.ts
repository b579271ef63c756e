import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const labels = (text: string, lang = 'en') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);

describe('a figure keeps the rate and the subgroup its sentence says (rate-group.ts)', () => {
  it('keeps "every single day" (Obama 2015: was "30 — precious lives cut short")', () => {
    expect(
      labels(
        'But I hope we also see the 30 precious lives cut short by gun violence in this country every single day.',
      ),
    ).toEqual([['30', 'precious lives cut short every single day']]);
  });
  it('keeps a yearly rate said after the figure', () => {
    expect(
      labels(
        'We will also make better use of the $80 billion worth of purchases the Government makes each year.',
      ),
    ).toEqual([['$80 billion', 'worth of purchases each year']]);
  });
  it('keeps "среди многодетных семей" (Putin 2024: was "около 30 процентов — уровень бедности")', () => {
    expect(
      labels(
        'Сейчас она затрагивает более девяти процентов населения страны, а среди многодетных семей, по оценкам, которые дают эксперты, уровень бедности составляет около 30 процентов.',
        'ru',
      ),
    ).toEqual([['около 30 процентов', 'уровень бедности среди многодетных семей']]);
  });
  it('does not take "a year" said of a time ago', () => {
    expect(
      labels('A year ago the plant employed 4,000 workers.')
        .map((l) => l[1])
        .join(),
    ).not.toMatch(/year/u);
  });
});
