/**
 * Labels judge24 found taken from another figure or ending on a verb (section A2, A6). Each
 * sentence is from a real speech, named above it.
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

describe('the words between two figures label only the first (between.ts)', () => {
  it.each([
    // דני עברי, נאום בטקס יום הזיכרון, משגב (misgav.org.il)
    ['23,816 חללי מערכות ישראל נפלו ב-150 שנה.', 'he', ['23,816 — חללי מערכות ישראל']],
    // Володимир Зеленський, вечірнє звернення, 17 квітня 2022 (president.gov.ua), commas for stops
    [
      'Державними нагородами відзначені 188 військовослужбовців Збройних Сил України, 553 бійці Національної гвардії, 64 прикордонники.',
      'uk',
      // (judge25: "64 прикордонники" is labelled by its noun, as its neighbours are: counted.ts)
      [
        '188 — військовослужбовців Збройних Сил України',
        '553 — бійці Національної гвардії',
        '64 — прикордонники',
      ],
    ],
    // Christopher J. Waller, "Something Appears to Be Giving", 28 November 2023 (federalreserve.gov):
    // each figure says its own "CPI inflation"
    [
      'Over the previous 12 months, CPI inflation was 3.2 percent, a dramatic improvement from 2022, when CPI inflation was above 8 percent for most of the year.',
      'en',
      ['3.2 percent — CPI inflation', 'above 8 percent — CPI inflation'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(cards(text, lang)).toEqual(expected);
  });
});

// Barack Obama, Address before a Joint Session of the Congress, 24 February 2009 (public domain)
describe('a count labelled "more <noun>" keeps the verb that is the fact (predicate.ts)', () => {
  it('"1 million more Americans have lost their health insurance" is no gain', () => {
    expect(
      cards('And in each of these years, 1 million more Americans have lost their health insurance.', 'en'),
    ).toEqual(['1 million — more Americans have lost their health insurance']);
  });
});

// Barack Obama, Address before a Joint Session of the Congress, 24 February 2009 (public domain)
describe('a label never ends on the first word of a list of examples it cuts (like-cut.ts)', () => {
  it('"technologies like wind [power and solar power, …]"', () => {
    expect(
      cards(
        'And to support that innovation, we will invest $15 billion a year to develop technologies like wind power and solar power, advanced biofuels, clean coal, and more efficient cars and trucks built right here in America.',
        'en',
      ),
    ).toEqual(['$15 billion a year — to develop technologies']);
  });
});

// Mario Monti, dichiarazioni programmatiche al Senato, 17 novembre 2011 (atti del Senato)
describe('an Italian label never gives the verb another subject (label-verb-it.ts)', () => {
  it('the letter to the Commission foresees the proceeds, not the Commission', () => {
    const text =
      "La lettera d'intenti inviata alla Commissione europea prevede proventi di almeno 5 miliardi all'anno nel prossimo triennio.";
    expect(cards(text, 'it')).not.toContain('almeno 5 miliardi — Commissione europea prevede proventi');
    expect(cards(text, 'it').filter((c) => /Commissione/u.test(c))).toEqual([]);
  });
});
