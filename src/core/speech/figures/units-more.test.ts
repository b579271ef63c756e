import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const values = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => f.value);

/** The figures of `text` hold `value` whole, and never its number alone (the scale or the unit cut off). */
function keepsScale(lang: string, text: string, value: string): void {
  const vs = values(text, lang);
  expect(
    vs.some((v) => v.includes(value)),
    vs.join(' | '),
  ).toBe(true);
  expect(vs).not.toContain(/^[\d,.]+/u.exec(value)![0]);
}

describe('a number keeps its scale word and unit in pl/cs/uk/el/hu, and "percentage points" whole (units-more.ts, judge14)', () => {
  it.each([
    ['pl', 'Spłonęły tysiące domów i ponad 10 milionów ha lasów i buszu.', '10 milionów ha'],
    ['pl', 'Rząd przeznaczył 3 miliardy złotych na pomoc.', '3 miliardy złotych'],
    ['cs', 'Stát zaplatí 40,5 miliardy korun za energie.', '40,5 miliardy korun'],
    ['uk', 'Це 4,7 мільярда гривень для бюджету.', '4,7 мільярда гривень'],
    ['uk', 'Бюджет у 2,5 трильйона гривень витратили.', '2,5 трильйона гривень'],
    ['el', 'Εξοντώθηκαν 6 εκατομμύρια Εβραίοι της Ευρώπης.', '6 εκατομμύρια'],
    ['hu', 'A 25 százalékos társasági adót kellene bevezetni.', '25 százalékos'],
    ['hu', 'Javasoljuk az egységesen 5 ezer forintba kerülő bérlet bevezetését.', '5 ezer forintba'],
    [
      'en',
      'FHA lowered their mortgage insurance premiums by 0.3 percentage points this year.',
      '0.3 percentage points',
    ],
  ])('%s: %s', keepsScale);

  it('a plain count is not taken for a scaled one', () => {
    expect(values('Komise slyšela 112 různých poslanců.', 'cs')).not.toContainEqual(
      expect.stringMatching(/miliard|milion/u),
    );
    expect(values('We lowered premiums by 30 percent for 500 families.', 'en')).toContain('30 percent');
  });
});

describe('a word that only starts like a currency or a unit is none (units-more.ts)', () => {
  it('"European" is no currency; Hungarian "eurót" is', () => {
    expect(values('We met with 27 European leaders in 2021.', 'en')).not.toContain('27 European');
    expect(values('A támogatás 5 ezer eurót jelent.', 'hu').join(' ')).toContain('5 ezer eurót');
  });
});

// judge15: a Swedish speech in the Riksdag showed "3,1 — miljarder för att stötta…"
describe('a number keeps its scale word in the Nordic, Dutch, Finnish, South Slavic and Baltic languages', () => {
  it.each([
    [
      'sv',
      'Regeringen har presenterat åtgärder för sammanlagt cirka 3,1 miljarder för att stötta lantbruket.',
      '3,1 miljarder',
    ],
    ['sv', 'Ett stöd på 40 miljoner kronor går till yrkesfisket.', '40 miljoner kronor'],
    ['da', 'Regeringen afsætter 2 milliarder kroner til grøn omstilling.', '2 milliarder kroner'],
    ['nl', 'Het kabinet trekt 5 miljard euro uit voor de zorg.', '5 miljard euro'],
    ['fi', 'Hallitus käyttää 10 miljoonaa euroa tutkimukseen.', '10 miljoonaa euroa'],
    ['hr', 'Vlada je izdvojila 1,5 milijuna kuna za obnovu.', '1,5 milijuna kuna'],
    ['bg', 'Правителството отпусна 300 милиона лева за болниците.', '300 милиона лева'],
  ])('%s: %s', keepsScale);
});
