import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { numberTokens } from './numbers';
import { numbersWhatFollows } from './identifier';

const values = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => f.value);
const kindOf = (text: string, digits: string) =>
  numberTokens(text).find((t) => text.slice(t.start, t.end) === digits)?.kind;

describe('a number after what it numbers is a name, never a figure (identifier.ts, judge14)', () => {
  it.each([
    ['cs', 'Podle odstavce 2, § 95 našeho jednacího řádu navrhuji hlasovat.', '95'],
    ['cs', 'Hlasování v případě sněmovního tisku číslo 458 proběhne ve středu.', '458'],
    ['cs', 'Jde o zákon č. 250 o rozpočtových pravidlech.', '250'],
    ['el', 'Η Βουλή με την ομόφωνη απόφασή του 3218 από το 2004 καθιέρωσε την ημέρα.', '3218'],
    ['el', 'Και εν συνεχεία με το π.δ.31 του 2005 ορίστηκε η ημέρα μνήμης.', '31'],
    ['pl', 'Senat przyjął ustawę nr 123 o pomocy dla rolników.', '123'],
    ['pl', 'Komisja rozpatrzyła druk nr 456 na posiedzeniu.', '456'],
    ['uk', 'Ми проголосували закон № 10016 про податкові перевірки.', '10016'],
    ['uk', 'Це законопроект 8401 про бюджет.', '8401'],
    ['en', 'The House passed Bill 3218 to fund 500 new schools.', '3218'],
    ['en', 'Under Executive Order 14008 the agencies acted.', '14008'],
    // Monti, Senate, 17 Nov 2011 (judge24): was the card "23 — decreto legislativo n"
    [
      'it',
      "Il decreto legislativo n. 23 del 14 marzo 2011 prevede per il 2014 l'entrata in vigore dell'imposta municipale che assorbirà l'attuale ICI.",
      '23',
    ],
  ])('%s: %s', (lang, text, digits) => {
    expect(kindOf(text, digits)).toBe('reference');
    expect(values(text, lang).some((v) => v.includes(digits))).toBe(false);
  });

  it('a count said after an ordinary word stays a figure', () => {
    expect(values('Komise projednala 258 vystoupení poslanců za 35 hodin.', 'cs').join(' ')).toContain('258');
    expect(kindOf('Ustawa objęła 2400 gmin w całym kraju.', '2400')).toBe('number');
    expect(kindOf('The bill costs $5 billion and funds 500 schools.', '500')).toBe('number');
    expect(kindOf('Το 86% των ανθρώπων χάθηκαν.', '86')).toBe('number');
    expect(numbersWhatFollows('найменше ')).toBe(false);
    expect(numbersWhatFollows('sněmovního tisku číslo ')).toBe(true);
    expect(numbersWhatFollows('απόφασή του ')).toBe(true);
  });
});

describe('a day of the month in uk/pl/cs/el/hu/tr is a date, never a count (months.ts)', () => {
  it.each([
    ['uk', 'Бізнес мав платити більше, аніж робив це до 24 лютого.', '24'],
    ['uk', 'Ми були парламентом єдності 24 лютого 2022 року.', '24'],
    ['pl', 'Pożary trwały od 24 lutego do 3 marca.', '24'],
    ['cs', 'Hlasování proběhne 26. července ve středu.', '26'],
    ['el', 'Στις 27 Ιανουαρίου τιμούμε τη μνήμη των θυμάτων.', '27'],
    ['hu', 'A háború 2022. február 24 óta tart.', '24'],
    ['tr', '15 Temmuz gecesi 251 vatandaşımız şehit oldu.', '15'],
    // judge15: "24 февруари — бе даден нов силен тласък" was a card
    ['bg', 'На 24 февруари бе даден нов силен тласък.', '24'],
    ['hr', 'Zakon je stupio na snagu 1. siječnja 2023.', '1'],
    ['sl', 'Zakon velja od 15. marca letos.', '15'],
    ['sv', 'Beslutet fattades den 24 februari.', '24'],
    ['nl', 'Het debat is op 12 mei gehouden.', '12'],
    ['fi', 'Laki tulee voimaan 1. tammikuuta.', '1'],
  ])('%s: %s', (_lang, text, digits) => {
    expect(kindOf(text, digits)).toBe('date');
  });

  it('a number before a word that only looks like a month stays a number', () => {
    expect(kindOf('Vláda zaměstnává 24 lidí na ministerstvu.', '24')).toBe('number');
    expect(kindOf('To kosztowało 24 miliony złotych.', '24')).toBe('number');
  });
});
