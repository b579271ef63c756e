import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

// judge19, ru-putin-pryamaya-liniya-2015-cifry (В. Путин, «Прямая линия», 2015-04-16; kremlin.ru,
// CC BY 4.0): six figures in two paragraphs, none on a figure slide (the thing counted is said
// before the dash)
describe('"X – N unit": a figure after a dash is labelled by the noun phrase before it (dash-label.ts)', () => {
  it('ru: the repro', () => {
    expect(
      cards(
        'Обновлён рекорд добычи нефти, самый большой за всю новейшую историю – 525 миллионов тонн. Собран один из самых богатых урожаев зерновых в нашей новейшей истории – 105,3 миллиона тонн. В целом сельское хозяйство дало очень хороший результат – 3,7 процента роста.',
        'ru',
      ),
    ).toEqual([
      '525 миллионов тонн — рекорд добычи нефти',
      '105,3 миллиона тонн — урожаев зерновых',
      '3,7 процента роста — сельское хозяйство',
    ]);
  });
  it.each([
    [
      'uk',
      'Оновлено рекорд видобутку нафти – 525 мільйонів тонн.',
      '525 мільйонів тонн — рекорд видобутку нафти',
    ],
    ['pl', 'Rekord wydobycia ropy – 525 milionów ton.', '525 milionów ton — Rekord wydobycia ropy'],
    [
      'de',
      'Ein neuer Rekord bei der Ölförderung – 525 Millionen Tonnen.',
      '525 Millionen Tonnen — neuer Rekord bei der Ölförderung',
    ],
    [
      'en',
      'We set a new record for oil output — 525 million tonnes.',
      '525 million tonnes — new record for oil output',
    ],
  ])('%s: %s', (lang, text, card) => {
    expect(cards(text, lang)).toEqual([card]);
  });
  it('a figure with more said after it is not labelled from before the dash', () => {
    expect(
      cards('Урожай – 105,3 миллиона тонн в прошлом году и больше в этом.', 'ru').join(' '),
    ).not.toContain('Урожай');
  });
});

// judge19, de-wadephul-wahlpruefung (Dr. Johann Wadephul, Bundestag 2014-10-09, Plenarprotokoll
// 18/57; ParlaMint-DE, CC BY 4.0): "die letzten 9 von insgesamt 224 Einsprüchen" never reached a slide
describe('a German counted noun with the complement that says what it is about is labelled (label-eu.ts)', () => {
  it.each([
    [
      'Sie behandelt die letzten 9 von insgesamt 224 Einsprüchen gegen die Gültigkeit der Bundestagswahl 2013.',
      ['224 — Einsprüchen gegen die Gültigkeit der Bundestagswahl'],
    ],
    [
      'Wir haben 300 Anträge auf Förderung der Landwirtschaft bewilligt.',
      ['300 — Anträge auf Förderung der Landwirtschaft'],
    ],
    // a possibility is no fact: no card ("dass 8 Millionen Menschen … je zwei Stimmen abgegeben haben")
    [
      'Es bestand die Möglichkeit, dass 8 Millionen Menschen in der gesamten Europäischen Union je zwei Stimmen abgegeben haben.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'de')).toEqual(expected);
  });
});
