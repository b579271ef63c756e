/**
 * A figure whose sentence opens on the year it is said of keeps that year or has no card
 * (label-frame.ts; judge19: Biden's Trucking Action Plan remarks, 2022-04-04, whitehouse.gov,
 * public domain, showed "$34 — average truck driver’s pay an hour" as today's pay). And a hedge
 * said after the figure in Hindi stays on it (hedge.ts; render19: Modi, Mann Ki Baat, January 2019).
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../index';
import { figuresOf } from '../../../../tests/helpers/speech-rules';
import { findFigures } from './index';
import { openingYear } from './label-frame';

const labels = (s: string, lang: string) => findFigures(s, lang, 20).map((f) => [f.value, f.label]);

describe('a figure said in the year its sentence opens on', () => {
  it.each([
    ['Back in 1978, the average truck driver’s pay was $34 an hour in today’s dollars.', '1978'],
    ['In 2019, we created 500,000 jobs.', '2019'],
    ['En 2015, el paro bajó al 21 por ciento.', '2015'],
    ['Im Jahr 2010 lag die Quote bei 8 Prozent.', '2010'],
    ['В 2015 году ВВП снизился на 3,7 процента.', '2015'],
    // a year said later in the sentence, or a year that names a thing, frames nothing
    ['The average truck driver’s pay was $34 an hour in 1978.', ''],
    ['Inflation fell to 2 percent.', ''],
  ])('%s → %s', (sentence, year) => {
    expect(openingYear(sentence)).toBe(year);
  });

  it('has no label without that year, and none borrowed (judge19 fault 4)', () => {
    expect(
      labels('Back in 1978, the average truck driver’s pay was $34 an hour in today’s dollars.', 'en'),
    ).toEqual([['$34', '']]);
    expect(labels('В 2015 году ВВП снизился на 3,7 процента.', 'ru').every(([, l]) => l === '')).toBe(true);
    const deck = buildDeck(
      'Thank you.\n\nBack in 1978, the average truck driver’s pay was $34 — was $34 an hour in today’s dollars.  Last year, it was $25 an hour, nearly a 30 percent decline.',
      { fileName: 'en-trucking.txt' },
    );
    expect(deck.slides.flatMap(figuresOf).map((f) => f.value)).not.toContain('$34');
  });

  it('a sentence with no opening year is untouched', () => {
    expect(labels('Trucking moves about 70 percent of all the goods in this country.', 'en')).toEqual([
      ['about 70 percent', 'of all the goods'],
    ]);
  });
});

describe('a Hindi figure said "को पार" (gone past) keeps it (render19)', () => {
  it('shows "98% को पार", labelled by the noun before it', () => {
    expect(
      labels(
        'और ग्रामीण भारत में स्वच्छता coverage 98% को पार कर गया है और क़रीब नौ करोड़ परिवारों को शौचालय की सुविधा उपलब्ध करायी गयी है |',
        'hi',
      )[0],
    ).toEqual(['98% को पार', 'स्वच्छता coverage']);
  });
});
