/**
 * judge29c #2, #3: a label that drops the verb, or the place, that gives its number its meaning.
 * Real sentences from the corpus (Brainard, Biden UNGA 2021, Podesta 2024, Boukoros 2022).
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';
import { figureSlideTitle } from '../figure-title';

describe('a label keeps the verb that says what its number is (verb-kept.ts)', () => {
  it.each([
    [
      'Annual inflation has now declined every month for 12 months in a row.',
      '12 months in a row — Annual inflation has declined',
    ],
    [
      'When the President took office, concentration had increased in more than three-quarters of U.S. industries.',
      'more than three-quarters — of U.S. industries, where concentration increased',
    ],
    [
      'We’re mourning more than 4.5 million people — people of every nation from every background.',
      'more than 4.5 million — people mourned',
    ],
    [
      'But they’re trying to prevent funds from being used for the American Climate Corps…which is already supporting 9,000 young people serving their communities in climate and environmental jobs.',
      '9,000 — young people supported',
    ],
    [
      'We’ve shipped more than 160 million doses of COVID-19 vaccine to other countries.',
      'more than 160 million — doses of COVID-19 vaccine shipped',
    ],
  ])('%s', (sentence, card) => {
    expect(cards(sentence, 'en')).toEqual([card]);
  });

  it('a verb of a plan, one given to, or a label that says its purpose gets no verb', () => {
    // (the one given to is the count: "campus leaders provided" would say they gave)
    expect(
      cards(
        'As just one example, this past summer we provided 5,000 campus leaders all across the country with a detailed list of the federal resources.',
        'en',
      ),
    ).toEqual(['5,000 — campus leaders']);
    expect(
      cards('Americans filed nearly 10.5 million applications to start new businesses in 2021.', 'en'),
    ).toEqual(['nearly 10.5 million — applications to start new businesses']);
    expect(cards('Next year we will hire 9,000 young people in climate jobs.', 'en')).not.toContainEqual(
      expect.stringMatching(/hired/u),
    );
  });

  it('a length said for how long a thing stood keeps no verb when it measures its subject', () => {
    // (a copula says the subject's measure: no verb added)
    expect(cards('The drought lasted for 17 months.', 'en').join()).not.toMatch(/lasted/u);
  });

  it('the slide keeps the counted noun as its title, not the verb ("Cancer cell lines")', () => {
    const notes =
      'And as I saw when I visited Australia in 2016, Australians and Americans are driving cutting-edge research to end cancer as we know it — and we will — research that has only grown with Australia teams recently mapping 949 cancer cell lines across 40 types of cancers.';
    const at = notes.indexOf('949');
    const block = {
      type: 'figures' as const,
      items: [{ value: '949', label: 'cancer cell lines mapped', span: { start: at, end: at + 3 } }],
    };
    expect(figureSlideTitle('Ode Remembrance promise', notes, block, 'en', new Set() as never)).toBe(
      'Cancer cell lines',
    );
  });
});

describe('a figure of a place said in a "where" clause is no card without the place (where-clause.ts)', () => {
  it('el: "αυτό της Ζακύνθου, όπου διασώθηκε το 100%" beside "86% … χάθηκαν"', () => {
    const text =
      'Ο Ελληνικός Εβραϊσμός πλήρωσε βαρύ φόρο αίματος, 86% των ανθρώπων των ελληνικών κοινοτήτων χάθηκαν στο Ολοκαύτωμα. Χαρακτηριστικότερο όλων ήταν αυτό της Ζακύνθου, όπου διασώθηκε το 100% των μελών της εβραϊκής κοινότητας.';
    const out = cards(text, 'el');
    expect(out.some((c) => c.startsWith('86%'))).toBe(true);
    expect(out.some((c) => c.startsWith('100%'))).toBe(false);
  });

  it('en: the same clause in English', () => {
    expect(
      cards(
        'The most striking was that of Zakynthos, where 100 percent of the members of the Jewish community were saved.',
        'en',
      ),
    ).toEqual([]);
  });
});
