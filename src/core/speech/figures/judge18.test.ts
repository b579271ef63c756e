import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';
import { findFigures } from './index';
import { isThreshold } from './threshold';

// judge18 (unseen speeches): a number shown with a meaning the speech did not give it.
describe('a threshold is no amount: no card (threshold.ts)', () => {
  it.each([
    // Biden, State of the Union, 7 March 2024 (White House remarks as delivered; the brief's quote)
    [
      'en',
      'And by the way, no one earning less than $400,000 a year will pay an additional penny in new taxes.',
    ],
    // Biden, remarks in Manchester, New Hampshire, 11 March 2024 (quoted by The Recount)
    [
      'en',
      "I promised nobody — nobody, as long as I'm president, who earns less than $400,000 — it's a lot more than I ever made — will pay an additional penny in federal taxes.",
    ],
    // Biden, remarks in Virginia Beach, 28 February 2023 (White House transcript, quoted by Benzinga)
    [
      'en',
      "You're going to see the people making less than $400,000, as I said from the very beginning, will not pay an additional single penny in any tax.",
    ],
    // written after the judge18 Dutch budget card "boven 1 miljoen euro"; and its German, Finnish shapes
    ['nl', 'Huishoudens met een vermogen boven 1 miljoen euro gaan meer belasting betalen.'],
    ['nl', 'Wie meer dan 1 miljoen euro verdient, betaalt meer.'],
    ['de', 'Haushalte mit einem Einkommen unter 50.000 Euro werden entlastet.'],
    ['fi', 'Yli 100 000 euroa vuodessa ansaitsevat maksavat lisää veroa.'],
    ['es', 'Quienes ganan más de 100.000 euros pagarán más.'],
    ['fr', 'Les ménages dont les revenus sont inférieurs à 30 000 euros seront aidés.'],
    ['it', 'Le famiglie con un reddito inferiore a 30.000 euro riceveranno il bonus.'],
    ['en', "We're asking corporations with profits over $1 billion to pay a minimum tax of 15 percent."],
  ])('%s: %s', (lang, text) => {
    const f = findFigures(text, lang, 20);
    const line = f.find((x) =>
      /400,000|1 miljoen|50\.000|100 000|100\.000|30 000|30\.000|\$1 billion/u.test(x.value),
    );
    expect(line?.threshold).toBe(true);
    expect(line?.label).toBe('');
  });

  it('the bound stays in the value ("boven", "unter" are said)', () => {
    expect(findFigures('Voor vermogens boven 1 miljoen euro geldt een hoger tarief.', 'nl')[0]?.value).toBe(
      'boven 1 miljoen euro',
    );
    expect(
      findFigures('Haushalte mit einem Einkommen unter 50.000 Euro werden entlastet.', 'de')[0]?.value,
    ).toBe('unter 50.000 Euro');
  });

  it('an amount earned, invested or spent is no threshold', () => {
    // (Biden, remarks on the deficit, 2022: "55 of which earned $40 billion in profits")
    const amount = (text: string, value: string) => {
      const start = text.indexOf(value);
      return isThreshold(text, { start, end: start + value.length });
    };
    expect(
      amount('55 of the biggest companies earned more than $40 billion in profits.', 'more than $40 billion'),
    ).toBe(false);
    expect(
      amount('Het kabinet investeert meer dan 1 miljard euro in onderwijs.', 'meer dan 1 miljard euro'),
    ).toBe(false);
    expect(
      amount('Der Bund investiert mehr als 1 Milliarde Euro in Schulen.', 'mehr als 1 Milliarde Euro'),
    ).toBe(false);
  });
});

describe('a label is the figure’s own, never another number’s or an aside’s', () => {
  it.each([
    // the words after the tonnes say what the tonnes are; the hours take none of them (own-label.ts)
    [
      'uk',
      'Загалом із регіону вивезли 97 тонн небезпечних відходів за 11 годин.',
      ['97 тонн — небезпечних відходів'],
    ],
    ['en', 'The enemy destroyed 97 tonnes of grain in 11 hours.', ['97 tonnes — of grain']],
    // (Podesta, IRA anniversary 2024, corpus: the jobs are not "of that investment")
    [
      'en',
      '$265 billion of that investment has been announced since the IRA passed…creating more than 300,000 jobs.',
      ['$265 billion — of that investment'],
    ],
    // a restatement says the same in another measure and keeps the label (pt corpus, Reis 2015)
    [
      'pt',
      'o stock de pagamentos em atraso reduziu cerca de 2,9 mil milhões de euros, isto é, mais de 61%, entre 2011 e novembro de 2014',
      [
        'cerca de 2,9 mil milhões de euros — redução de pagamentos em atraso',
        'mais de 61% — redução de pagamentos em atraso',
      ],
    ],
    // an aside after a dash that compares the figure counts nothing (judge18 "halfway back to the previous")
    ['en', 'Rents are down 35 percent — halfway back to the previous high.', []],
    ['en', "That's 35 percent — halfway back to the previous peak.", []],
    // who reports a figure is its source, never what it is (judge18 "$50 billion — Treasury estimates")
    ['en', 'The Treasury estimates this will raise $50 billion.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(cards(text, lang)).toEqual(expected);
  });
});

describe('a label keeps who or what (judge18 fault 3)', () => {
  it.each([
    // White House fact sheet wording, said by Biden in 2023: the rate is the billionaires'
    [
      'en',
      'Billionaires pay an average federal tax rate of just 8 percent.',
      ['8 percent — Billionaires pay an average federal tax rate'],
    ],
    [
      'en',
      'Billionaires pay just 8 percent on their true income.',
      ['8 percent — Billionaires pay on their true income'],
    ],
    [
      'en',
      'The 1,000 billionaires in America pay just 8 percent on their true income.',
      ['1,000 billionaires — in America pay', '8 percent — billionaires pay on their true income'],
    ],
    // said by a pronoun, who pays is another sentence's: no card rather than everyone's rate
    ['en', 'They pay 8 percent on their true income.', []],
    // (Biden, remarks on the deficit, 2022: "the billionaires who on average pay just 8 percent in federal income taxes")
    [
      'en',
      'The wealthiest Americans, like the billionaires who on average pay just 8 percent in federal income taxes, got the tax cut.',
      [],
    ],
    // written: the tonnes and the hours say of what (label-open.ts measuredThing)
    ['uk', 'Внаслідок атаки знищено 97 тонн зерна.', ['97 тонн — зерна']],
    ['uk', 'Ворог скинув на область 97 тонн вибухівки за 11 годин.', ['97 тонн — вибухівки']],
    // (a phrase that opens on a preposition says when, not what lasted: was "11 годин — обстрілу рятувальники")
    ['uk', 'Після обстрілу рятувальники працювали на місці 11 годин.', []],
    ['uk', 'Засідання комітету тривало 11 годин поспіль.', ['11 годин поспіль — Засідання комітету тривало']],
    // (how long is no part of what: was "12 meses — economía creció durante")
    ['es', 'La economía creció durante 12 meses consecutivos.', ['12 meses consecutivos — economía creció']],
    // (Bosacki 2020, corpus: a label said right after the unit stays whole)
    [
      'pl',
      'Pożary strawiły już ponad 10 milionów ha lasów i buszu.',
      ['ponad 10 milionów ha — lasów i buszu'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(cards(text, lang)).toEqual(expected);
  });

  it('a share keeps a short predicate (corpus: "90 percent of workers saw wage gains")', () => {
    expect(cards('The bottom 90 percent of workers saw wage gains after we acted.', 'en')).toEqual([
      '90 percent — of workers saw wage gains',
    ]);
    // (too long to keep whole: the whole alone, as before)
    expect(
      cards('About 70 percent of Americans are fully vaccinated against the virus today.', 'en'),
    ).toEqual(['About 70 percent — of Americans']);
    // (a place said right after the whole is one phrase with it, as said: was "benefits flow … flow to …")
    expect(cards('40 percent of the benefits flow to disadvantaged communities.', 'en')).toEqual([
      '40 percent — of the benefits flow to disadvantaged communities',
    ]);
  });
});

describe('Finnish pairs: each figure its own value and label (judge18 fault 2)', () => {
  it.each([
    // Timo Kalli, eduskunta PTK 175/2018 vp (12.3.2019): two sums in one sentence, neither labelled by the other
    ['Arvonlisäveroennuste alenee 196 miljoonalla eurolla, yhteisövero 110 miljoonalla.', []],
    // written in that shape: a part said after "josta" is labelled by what befalls it, and its value is no verb
    [
      'Esitämme 60 miljoonan euron lisäystä, josta 18 miljoonaa menee kunnille.',
      ['18 miljoonaa — menee kunnille'],
    ],
    [
      'Säästöt ovat 60 miljoonaa euroa, joista 18 miljoonaa euroa kohdistuu kuntiin.',
      ['18 miljoonaa euroa — kohdistuu kuntiin'],
    ],
    ['Tieverkon korjausvelkaan osoitetaan 60 miljoonaa euroa ja rataverkolle 18 miljoonaa.', []],
  ])('%s', (text, expected) => {
    expect(cards(text, 'fi')).toEqual(expected);
  });
});
