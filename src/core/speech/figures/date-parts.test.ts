import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';
import { numberTokens } from './numbers';

const values = (s: string, lang: string) => sentenceFigures(s, lang).map((f) => f.value);
const kindOf = (s: string, digits: string) =>
  numberTokens(s).find((t) => s.slice(t.start, t.end) === digits)?.kind;

describe('days said together before one month are dates, never counts (date-parts.ts, judge16)', () => {
  it.each([
    // pt judge16: "24 — próximos dias" was the slide's lead card
    [
      'pt',
      'O trabalho prosseguirá com a reunião formal do Conselho Europeu, nos próximos dias 24 e 25 de março.',
    ],
    ['pt', 'Nos dias 23, 24 e 25 de março reunimos em Bruxelas.'],
    ['en', 'The European Council meets on 24 and 25 March in Brussels.'],
    ['en', 'The European Council meets on 24–25 March in Brussels.'],
    ['en', 'The European Council meets on March 24 and 25.'],
    ['de', 'Der Europäische Rat tagt am 24. und 25. März in Brüssel.'],
    ['fr', 'Le Conseil européen se réunira les 24 et 25 mars à Bruxelles.'],
    ['es', 'El Consejo Europeo se reunirá los días 24 y 25 de marzo en Bruselas.'],
    ['it', 'Il Consiglio europeo si riunirà il 24 e 25 marzo a Bruxelles.'],
    ['nl', 'De Europese Raad komt op 24 en 25 maart bijeen in Brussel.'],
    ['pl', 'Rada Europejska zbierze się 24 i 25 marca w Brukseli.'],
    ['cs', 'Evropská rada zasedne 24. a 25. března v Bruselu.'],
    ['hr', 'Europsko vijeće sastaje se 24. i 25. ožujka u Bruxellesu.'],
    ['sl', 'Evropski svet se sestane 24. in 25. marca v Bruslju.'],
    ['uk', 'Європейська рада збереться 24 і 25 березня в Брюсселі.'],
    ['ru', 'Европейский совет соберётся 24 и 25 марта в Брюсселе.'],
    ['bg', 'Европейският съвет ще заседава на 24 и 25 март в Брюксел.'],
    ['el', 'Το Ευρωπαϊκό Συμβούλιο συνεδριάζει στις 24 και 25 Μαρτίου στις Βρυξέλλες.'],
    ['sv', 'Europeiska rådet möts den 24 och 25 mars i Bryssel.'],
    ['da', 'Det Europæiske Råd mødes den 24. og 25. marts i Bruxelles.'],
    ['fi', 'Eurooppa-neuvosto kokoontuu 24. ja 25. maaliskuuta Brysselissä.'],
    ['hu', 'Az Európai Tanács március 24. és 25. között ülésezik Brüsszelben.'],
    ['hu', 'Az Európai Tanács március 24-én és 25-én ülésezik Brüsszelben.'],
    ['tr', 'Avrupa Konseyi 24 ve 25 mart tarihlerinde Brüksel’de toplanacak.'],
  ])('%s: %s', (lang, s) => {
    // (a date, or a name when a case ending is glued on: "24-én")
    expect(kindOf(s, '24')).not.toBe('number');
    expect(kindOf(s, '25')).not.toBe('number');
    expect(values(s, lang).filter((v) => /24|25/u.test(v))).toEqual([]);
  });
  it('keeps a count said before a date as a count', () => {
    expect(kindOf('We met 24 people on 25 March.', '24')).toBe('number');
    expect(kindOf('On March 24, 25 people were hurt.', '25')).toBe('number');
    expect(kindOf('Op 24 maart kwamen 25 ministers samen.', '25')).toBe('number');
  });
});

describe('a year said in two digits is a year (date-parts.ts, judge16)', () => {
  it('fi "vuonna 16" (2016): was "16 — aloitettua pk-yritysaloiteohjelmaa"', () => {
    const s =
      'Siksi olemme rahoittaneet vuonna 16 aloitettua pk-yritysaloiteohjelmaa 35 miljoonalla eurolla.';
    expect(kindOf(s, '16')).toBe('year');
    expect(values(s, 'fi')).toEqual(['35 miljoonalla eurolla']);
    expect(sentenceFigures(s, 'fi')[0]?.label).toBe('aloitettua pk-yritysaloiteohjelmaa');
    expect(kindOf('Työttömyys on laskenut vuodesta 15 lähtien.', '15')).toBe('year');
  });
  it('en "in \'16"', () => {
    expect(kindOf("The programme we started in '16 has 40 partners.", '16')).toBe('year');
  });
  it('keeps a count or a share said after a year word', () => {
    expect(kindOf('Vuoden 16 prosentin kasvu yllätti.', '16')).toBe('number');
    expect(kindOf('Vuonna 2016 aloitettiin 16 hanketta.', '16')).toBe('number');
  });
});

describe('a piece of a number said partly in words is no figure (date-parts.ts, judge16)', () => {
  it('sr "milion 59 hiljada 411 mladih" (1,059,411)', () => {
    const s = 'Do sada smo isplatili novac za milion 59 hiljada 411 mladih ljudi.';
    expect(kindOf(s, '59')).toBe('name');
    expect(kindOf(s, '411')).toBe('name');
    expect(values(s, 'sr')).toEqual([]);
  });
  it('hr "2 milijuna 300 tisuća": neither piece is shown', () => {
    expect(values('Zaposleno je 2 milijuna 300 tisuća ljudi.', 'hr').filter((v) => /2|300/u.test(v))).toEqual(
      [],
    );
  });
  it('keeps a scaled number said with digits alone', () => {
    expect(values('Isplatili smo 59 hiljada dinara za 411 mladih ljudi.', 'sr')).toContain(
      '59 hiljada dinara',
    );
  });
});
