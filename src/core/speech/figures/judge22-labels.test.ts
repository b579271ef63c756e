/**
 * Figure labels from judge22's unseen speeches (section A, faults 1, 3, 6, 7, 9, 10, 11): a number
 * glued to an Arabic name, a time since read as a count, a German change read as a level, a judgement
 * or a word cut at its hyphen read as a label. Each sentence is from a real speech, named above it.
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';
import { findFigures } from './index';

const values = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => f.value);

describe('names and times are no figures', () => {
  // António Guterres, message for the International Day of Peace, 2021 (un.org, Arabic)
  it('"كوفيد-19" is a name, never a count "19"', () => {
    expect(values('إذ قلبت جائحة كوفيد-19 عالمنا رأسا على عقب.', 'ar')).toEqual([]);
  });
  // Olaf Scholz, Haushaltsrede im Deutschen Bundestag, 2018 (bundesfinanzministerium.de)
  it('"seit 17 Jahren" says since when, no count of years', () => {
    expect(
      values(
        'Ein Resultat dieser Vorgehensweise: Erstmals seit 17 Jahren wird nächstes Jahr die gesamtstaatliche Schuldenquote wieder unter einen Anteil von 60 Prozent des Bruttoinlandsprodukts fallen.',
        'de',
      ),
      // a value is the number and its unit; the bound is in the label (judge23-labels.test.ts)
    ).toEqual(['60 Prozent']);
  });
});

// Olaf Scholz, Haushaltsrede, 2018 (as above)
describe('a German change is labelled as one; a scaled count keeps its noun', () => {
  it.each([
    [
      'Allein der Haushaltsentwurf für dieses Jahr sieht eine Steigerung der investiven Ausgaben um 3 Milliarden Euro auf 37 Milliarden Euro vor.',
      // the change and the level it reaches, one card (figures/change.ts, "um X auf Y")
      ['um 3 Milliarden Euro auf 37 Milliarden Euro — Steigerung der investiven Ausgaben'],
    ],
    // judge22: "10 Milliarden — Mitte des Jahrhunderts" (in a budget speech, read as euros); judge23:
    // no card at all lost the world's 10 billion beside Europe's 500 million: the inhabitants stay in
    // the value, the world and its time are the label (label-de.ts germanHolder)
    [
      'In einer Welt, die zur Mitte des Jahrhunderts 10 Milliarden Einwohner haben wird, wird unsere Stimme nur gehört werden.',
      ['10 Milliarden Einwohner — Welt, zur Mitte des Jahrhunderts'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'de')).toEqual(expected);
  });

  it('the inhabitants stay in the value', () => {
    expect(
      values(
        'In einer Welt, die zur Mitte des Jahrhunderts 10 Milliarden Einwohner haben wird, wird unsere Stimme nur gehört werden.',
        'de',
      ),
    ).toEqual(['10 Milliarden Einwohner']);
  });
});

// Gerald R. Ford, "Whip Inflation Now" address to Congress, 1974-10-08 (presidency.ucsb.edu);
// Christopher J. Waller, "Something Appears to Be Giving", 2023-11-28 (federalreserve.gov)
describe('English labels: no dash left, no word cut at its hyphen, no judgement', () => {
  it.each([
    [
      "One-third of our oil—17 percent of America's total energy—now comes from foreign sources that we cannot control, at high cartel prices costing you and me $16 billion—$16 billion more than just a year ago.",
      ['One-third — of our oil', "17 percent — of America's total energy"],
    ],
    [
      'Sharing is not easy, not easy to measure like mileage and family budgets, but I am sure that 5 percent more is not nearly enough to ask, so I ask you to share everything you can and a little bit more.',
      [],
    ],
    [
      'Job creation is down this year from the high rates of 2022, and the unemployment rate has risen from a more than 50-year low of 3.4 percent in April to 3.9 percent in October.',
      // "50-year" is a modifier, never "-year low"; each end of the change keeps its month
      ['3.4 percent — unemployment rate, in April', '3.9 percent — unemployment rate, in October'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'en')).toEqual(expected);
  });
});
