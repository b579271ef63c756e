/**
 * Where figures and their labels begin and end, on sentences from unseen speeches (public
 * domain: the White House transcript of 21 December 2022; Booker T. Washington, Atlanta 1895).
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../segment';
import { itemOf, splitsToken } from './bounds';
import { findFigures, sentenceFigures } from './index';

const labels = (text: string) => findFigures(text, 'en', 20).map((f) => [f.value, f.label]);

const ZELENSKYY =
  'I have good news returning home: President Biden announced a new package of defense support — about 2 billion U.S. dollars. And the strongest element of this package is the Patriot battery systems, something that will strengthen our air defense significantly.';
const NATIONS =
  'More than 50 nations have committed nearly 2,000 tanks and other armored vehicles; more than 800 artillery systems; more 2 million rounds of artillery ammunition; and more than fif- — more than 50 advanced multiple rocket launching systems; anti-ship and anti- — and air defense systems all to strengthen Ukraine.';
const SIGNAL = 'And a third and fourth signal for water was answered, "Cast down your bucket where you are."';
const ONE_THIRD =
  'We shall constitute one-third and more of the ignorance and crime of the South, or one-third its intelligence and progress; we shall contribute one-third to the business and industrial prosperity of the South, or we shall prove a veritable body of death, stagnating, depressing, retarding every effort to advance the body politic.';
const THOUSAND = 'Effort or means so invested will pay a thousand per cent interest.';

describe('a figure never splits a word, an abbreviation or its unit', () => {
  it('"about 2 billion U.S. dollars" is one figure, labelled by the phrase it names again', () => {
    expect(labels(ZELENSKYY)).toEqual([['about 2 billion U.S. dollars', 'new package of defense support']]);
  });
  it('a counted noun after an abbreviation goes to the label whole ("300" — "U.S. workers")', () => {
    expect(labels('We sent 20 U.K. pounds and hired 300 U.S. workers.')).toEqual([
      ['20 U.K. pounds', ''],
      // (the verb said of the count stays on its label: verb-kept.ts)
      ['300', 'U.S. workers hired'],
    ]);
  });
  it('no figure or label starts or ends inside a token of the speech', () => {
    for (const text of [
      ZELENSKYY,
      NATIONS,
      ONE_THIRD,
      THOUSAND,
      'We hired 300 U.S. workers at 9 p.m. on St. Mary Street.',
    ])
      for (const f of findFigures(text, 'en', 20)) {
        expect(splitsToken(text, f.start), f.value).toBe(false);
        expect(splitsToken(text, f.end), f.value).toBe(false);
        expect(f.label, f.value).not.toMatch(/^[.\p{Ll}]?\.\p{L}/u);
      }
  });
  it('a sentence goes on after "U.S." before a name, and ends there before "The"', () => {
    expect(sentencesOf('The U.S. Congress approved $45 billion. Then we left.', 'en')).toEqual([
      'The U.S. Congress approved $45 billion.',
      'Then we left.',
    ]);
    expect(sentencesOf('Prices rose 5 percent in the U.S. The rest fell.', 'en')).toEqual([
      'Prices rose 5 percent in the U.S.',
      'The rest fell.',
    ]);
  });
  it('"a thousand per cent" keeps its unit (never "a thousand" — "per cent interest")', () => {
    expect(findFigures(THOUSAND, 'en').map((f) => [f.value, f.kind])).toEqual([
      ['a thousand per cent', 'percentage'],
    ]);
  });
});

describe('an ordinal is no fraction', () => {
  it('"a third and fourth signal" is no figure', () => {
    expect(findFigures(SIGNAL, 'en')).toEqual([]);
  });
  it('a share keeps its "of"', () => {
    expect(labels('One-third of the population of the South is of the Negro race.')).toEqual([
      ['One-third', 'of the population of the South'],
    ]);
  });
});

describe('a label comes from its own list item and its own claim', () => {
  it('"more than 800 artillery systems" never carries the tanks\' "other armored vehicles": its own noun is its label', () => {
    const found = findFigures(NATIONS, 'en', 20);
    expect(found.map((f) => [f.value, f.label])).toContainEqual(['more than 800', 'artillery systems']);
    for (const f of found.filter((g) => g.label)) {
      const item = itemOf(NATIONS, f);
      expect(NATIONS.slice(item.start, item.end), f.value).toContain(f.label);
    }
  });
  it('a counted noun never takes the scale of its number ("85 million Americans" is no "85")', () => {
    // Ford 1975: "more than 85 — million Americans" put a number on screen the speech did not say
    const found = sentenceFigures(
      'There were 59 million Americans employed at the start of 1949; now there are more than 85 million Americans who have jobs.',
      'en',
    );
    expect(found.map((f) => f.value)).toEqual(['59 million', 'more than 85 million Americans']);
    expect(
      sentenceFigures(
        'the drilling of new oil wells; the insulation of 18 million homes; and more',
        'en',
      ).map((f) => f.value),
    ).toEqual(['18 million homes']);
  });
  it('a figure in one branch of an either/or has no label (so it is never a card)', () => {
    expect(findFigures(ONE_THIRD, 'en', 20).map((f) => f.label)).toEqual(['']);
    expect(labels('Either we cut 40 percent of emissions by 2030, or the planet pays the price.')).toEqual([
      ['40 percent', ''],
    ]);
  });
  it('the same amount said again after "or" is no alternative', () => {
    expect(labels('We will invest $5 billion in roads, or about 2 percent of our budget.')).toEqual([
      ['$5 billion', 'in roads'],
      ['about 2 percent', 'of our budget'],
    ]);
  });
});
