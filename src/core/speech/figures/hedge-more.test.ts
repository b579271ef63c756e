import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const values = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => f.value);

describe('a hedge said before a number in pl/cs/uk/el/hu stays with it (hedge.ts, judge14)', () => {
  it.each([
    ['pl', 'Zginęło w nim do tej pory co najmniej 28 osób.', 'co najmniej 28 osób'],
    ['pl', 'Spłonęły tysiące domów i ponad 10 milionów ha lasów i buszu.', 'ponad 10 milionów ha'],
    ['cs', 'Asi nepřekvapí, že víc než 70 % z nich byli poslanci opoziční.', 'víc než 70 %'],
    ['uk', 'В цьому році більше 800 мільйонів гривень на партії віддається.', 'більше 800 мільйонів гривень'],
    [
      'hu',
      'Ennek körülbelül 100-120 milliárd forintos költségét a költségvetés fedezné.',
      'körülbelül 100-120',
    ],
    // judge15: "50 procent — framgår att drygt" (the hedge cut off into the label)
    [
      'sv',
      'Av rödlistan framgår att drygt 50 procent av alla rödlistade arter är knutna till odlingslandskapet.',
      'drygt 50 procent',
    ],
    ['nl', 'Het kabinet trekt ruim 5 miljard euro uit voor de zorg.', 'ruim 5 miljard euro'],
    // judge18: "50 % — en la manipulación" (the hedge "cerca del" lost)
    ['es', 'Esos costes suponen cerca del 50 % en la manipulación de mercancías.', 'cerca del 50 %'],
    ['es', 'Más del 60 % de los trabajadores portuarios están afectados.', 'Más del 60 %'],
    ['pt', 'A abstenção chegou perto de 40 % dos eleitores.', 'perto de 40 %'],
    // judge26: "70% — του εβραϊκού πληθυσμού" for "over 70 %" (the Greek hedge with its article;
    // Hellenic Parliament, Holocaust Remembrance Day, 2022)
    ['el', 'Η Ελλάδα θρήνησε πάνω από το 70% του εβραϊκού πληθυσμού της.', 'πάνω από το 70%'],
    // judge26: "17 — லட்சம் ரூபாய் …" for "about 17 lakh rupees" (Mann Ki Baat, June 2017, Tamil)
    ['ta', 'இதன் வாயிலாக சுமார் 17 லட்சம் ரூபாய் அவர்களுக்கு அளிக்கப்பட்டது.', 'சுமார் 17 லட்சம் ரூபாய்'],
  ])('%s: %s', (lang, text, hedged) => {
    expect(values(text, lang).some((v) => v.startsWith(hedged))).toBe(true);
  });

  it('a word that only looks like a hedge is no part of the value', () => {
    expect(values('Komise slyšela 112 různých poslanců.', 'cs').join(' ')).not.toMatch(/kolem|téměř/u);
    expect(values('Rząd kupił 400 nowych autobusów.', 'pl')).not.toContainEqual(
      expect.stringMatching(/^ponad/u),
    );
  });
});

describe('a minus is the number’s (hedge.ts SIGN_BEFORE, judge26)', () => {
  it.each([
    // Mann Ki Baat, June 2017 (Tamil): the card said "40 — டிகிரிகள் …", plus forty degrees
    [
      'ta',
      'மைனஸ் 20, 25, 40 டிகிரிகள் வெப்பநிலை உள்ள சியாச்செனிலும் கூட நமது படையினர் யோகக் கலையில் ஈடுபட்டார்கள்.',
      'மைனஸ் 20, 25, 40',
    ],
    // the same in English, and a sign glued to the number (sentences of our own)
    [
      'en',
      'Even in Siachen, at minus 20, 25, 40 degrees, our soldiers did yoga.',
      'minus 20, 25, 40 degrees',
    ],
    ['en', 'Temperatures fell to minus 40 degrees in Siachen last winter.', 'minus 40 degrees'],
    ['en', 'It was -40 degrees in Siachen.', '-40 degrees'],
    ['ru', 'Температура опустилась до минус 40 градусов.', 'минус 40 градусов'],
  ])('%s: %s', (lang, text, value) => expect(values(text, lang)).toContain(value));

  it('a range’s hyphen is no minus', () => {
    expect(values('Between 20-40 percent of firms grew.', 'en')).toEqual(['Between 20-40 percent']);
  });
});

it('a Greek verb with its own subject before the hedge is no part of the label (judge26)', () => {
  // Hellenic Parliament, Holocaust Remembrance Day 2022: Greece mourned, not the population
  const [f] = findFigures('Η Ελλάδα θρήνησε πάνω από το 70% του εβραϊκού πληθυσμού της.', 'el', 20);
  expect([f?.value, f?.label]).toEqual(['πάνω από το 70%', 'του εβραϊκού πληθυσμού']);
});
