/**
 * Titles that are fragments by their language's grammar (judge33, judge34): a Czech noun phrase in
 * the case its preposition, auxiliary or possessive gave it ("České republice" of "v České
 * republice", cs-okamura 2023), and the Czech verbs, adverbs and infinitives that open or end a
 * clause cut from its sentence; a Turkish genitive cut from its head ("Bütçenin Cumhurbaşkanlığı",
 * "Sorulara vereceği yanıtın", tr-kaya 2014); the tail of a Portuguese abbreviation ("Mo Senhor
 * Presidente" of "Ex.mo Senhor Presidente", pt-mensagem 2024).
 */
import { describe, expect, it } from 'vitest';
import { fragmentProblem } from './fragment';
import { isTitle } from './titles';

// Okamura, důchody a Ukrajinci, Poslanecká sněmovna 2023 (judge33), as said
const OKAMURA =
  'Takže 40,5 miliardy korun dala vláda Ukrajincům tady v České republice. A o čem já tady budu dneska v podstatě hovořit. ' +
  'Kde jenom v těch diskuzích na mých sítích mi píšou desetitisíce občanů jenom na mých sítích. ' +
  'Je to dokument, který jsem obdržel od ministra vnitra, a je to dokument, který jsem tady obdržel. ' +
  'Uvažujete o tom, že si ještě navíc půjčíte od Evropské komise, Evropské unie, Evropské komise v přepočtu dalších 137 miliard korun. ' +
  'Opakování druhého čtení navrhujeme na státní rozpočet. Jde o opakování druhého čtení.';

describe('Czech phrases in the case of the word that governs them (fragment.ts)', () => {
  it.each([
    ['České republice', 'a case cut from its preposition'],
    ['Mých sítích', 'a case cut from its preposition'],
    ['Podstatě hovořit', 'a case cut from its preposition'],
    ['Evropské komise', 'a case cut from its preposition'],
    ['Obdržel', 'a predicate after its copula'],
  ])('%s', (phrase, why) => {
    expect(fragmentProblem(phrase, OKAMURA, 'cs')).toBe(why);
  });
  // (a form the nominative shares after its preposition: the soft -í, a thing's accusative)
  it.each(['Opakování druhého čtení', 'Státní rozpočet'])('%s stands', (phrase) => {
    expect(fragmentProblem(phrase, OKAMURA, 'cs')).toBeNull();
  });
});

describe('Czech titles that are clauses cut from their sentence (title-cee.ts)', () => {
  it.each([
    'Podstatě hovořit',
    'Podporuje Fialova vláda',
    'Našim občanům berete',
    'Nekompetentní vaší vládě',
    'Těch vašich dluhů',
    'Vláda nepočítá',
    'Jasně kvantifikováno',
    'Opravdu šokující',
    'Samozřejmě příjemci důchodů například',
    'Dohromady',
  ])('%s', (title) => {
    expect(isTitle(title, 'cs')).toBe(false);
  });
  it.each([
    'Fialova vláda',
    'Zasílání zbraní',
    'Desátý občan',
    'Státní deficit',
    'Nezávislá Ukrajina',
    'Rozpočet naší země',
  ])('%s stands', (title) => {
    expect(isTitle(title, 'cs')).toBe(true);
  });
});

// Kaya, Cumhurbaşkanlığı bütçesi, TBMM 2014 (judge31), as said
const KAYA =
  'Cumhurbaşkanlığı bütçesinin önceki yılla kıyaslandığında neredeyse ikiye katlanmış olmasının nedeni, bu bütçenin ' +
  'Cumhurbaşkanlığı makamı için değil, o makamda oturan zat için yapılmış olmasıdır. Halkın Cumhurbaşkanı seçildi.';

describe('Turkish genitives cut from their head (fragment.ts, title-words.ts)', () => {
  it('a genitive said before a compound whose last noun was cut', () => {
    expect(fragmentProblem('Bütçenin Cumhurbaşkanlığı', KAYA, 'tr')).toBe('a genitive cut before its head');
    // (its head is the phrase's: "seçildi" is a verb, no noun of the compound)
    expect(fragmentProblem('Halkın Cumhurbaşkanı', KAYA, 'tr')).toBeNull();
  });
  it.each(['Sorulara vereceği yanıtın', 'Cumhurbaşkanlığı bütçesinin önceki'])('%s', (title) => {
    expect(isTitle(title, 'tr')).toBe(false);
  });
  it.each(['Ortak zemin', 'Kamuda israfın önlenmesi', 'Dolmabahçe Sarayı'])('%s stands', (title) => {
    expect(isTitle(title, 'tr')).toBe(true);
  });
});

describe('a phrase cut from an abbreviation (fragment.ts)', () => {
  const MENSAGEM =
    'Mensagem do Sr. Presidente da República: «Ex.mo Senhor Presidente da Assembleia da República, 1. Dirijo-me a V. Ex.a. ' +
    'Muito boa tarde, Sr.as e Srs. Deputados.';
  it('the tail after its stop, and the abbreviation without it', () => {
    expect(fragmentProblem('Mo Senhor Presidente', MENSAGEM, 'pt')).toBe('the tail of an abbreviation');
    expect(fragmentProblem('Srs', MENSAGEM, 'pt')).toBe('an abbreviation without its stop');
    expect(fragmentProblem('Assembleia da República', MENSAGEM, 'pt')).toBeNull();
  });
});
