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
