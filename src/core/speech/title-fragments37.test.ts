/**
 * Fragment titles that reached the screen (judge36): every title asks fragment.ts on its way to
 * the screen, whichever step chose it (compose.ts standingTitle: Twain's "Quantity well",
 * "Compensates"); a phrase that opens on its verb gives its object ("Unconditional war" of
 * "declares unconditional war", LBJ 1964); a German adjective keeps the article whose ending it
 * has ("Das deutsche Volk", Ebert 1919); a Scandinavian subject after its modal and the verb it
 * governs ("Presidenten takke alle"), the second half of a compound written in two
 * ("Viðskiptanefndar leggur" of "efnahags- og viðskiptanefndar"), an English noun run into the
 * clause that tells of it ("Life Clementa Pinckney" of "What a life Clementa Pinckney lived").
 */
import { describe, expect, it } from 'vitest';
import { fragmentProblem, mendedPhrase, titleFragment } from './fragment';
import { buildDeck } from './index';
import { isTitle } from './titles';
import { structureKind } from './structure';
import { capitalizeIn } from './text';

// Twain, "The Weather", New England Society 1876 (judge33), as said
const TWAIN =
  'He wanted to go and inspect it; he wanted to see how it came out in quality and quantity. ' +
  'And as to quantity well, after he had picked out and discarded all that was blighted, he had weather to spare. ' +
  'I will still have to credit the weather with one feature which compensates for all its bullying vagaries—the ice-storm. ' +
  'One cannot make the words too strong.';
// Johnson, State of the Union 1964 (judge33)
const LBJ =
  'Unfortunately, many Americans live on the outskirts of hope—some because of their poverty, and some because of theft color, and all too many because of both. ' +
  'This administration today, here and now, declares unconditional war on poverty in America. ' +
  'I urge this Congress and all Americans to join with me in that effort.';
// Ebert, Eröffnung der Nationalversammlung 1919 (judge33)
const EBERT =
  'In der Revolution erhob sich das deutsche Volk gegen eine veraltete, zusammenbrechende Gewaltherrschaft. ' +
  'Sobald die Nationalversammlung ihre Arbeit beendet hat, ist das deutsche Volk frei.';
// Stortingspresidenten, avslutning av det 155. storting, 2011 (judge35)
const STORTING =
  'Så får vi vurdere om det kan bli aktuelt å utvide praksisen. ' +
  'Til slutt vil presidenten takke alle som har vært involvert i Stortingets virksomhet i året som gikk, for innsatsen og erklærer forhandlingene i det 155. storting for avsluttet.';
// Fjárlaganefnd, 3. umræða um fjárlög 2022 (judge35)
const ALTHINGI =
  'Annars vegar er 7.200 millj. kr. lækkun tekna vegna virðisaukaskatts. ' +
  'Meiri hluti efnahags- og viðskiptanefndar leggur til að framlengja auknar endurgreiðslur á virðisaukaskatti vegna vinnu í tengslum við byggingarframkvæmdir o.fl.';
// Obama, eulogy for Clementa Pinckney 2015 (corpus)
const PINCKNEY =
  'Preacher by 13. Pastor by 18. Public servant by 23. What a life Clementa Pinckney lived. What an example he set.';

describe('a title the slide says as a fragment of a clause (fragment.ts titleFragment)', () => {
  it.each([
    ['Quantity well', TWAIN],
    ['Compensates', TWAIN],
    ['Viðskiptanefndar leggur', ALTHINGI],
    ['Life Clementa Pinckney', PINCKNEY],
  ])('%s', (title, text) => {
    const lang = text === ALTHINGI ? 'is' : 'en';
    expect(titleFragment(title, text, lang)).not.toBeNull();
  });
  it('Presidenten takke alle (a Norwegian subject after its modal, and its verb)', () => {
    expect(fragmentProblem('Presidenten takke alle', STORTING, 'nb')).toBe('a clause (subject and verb)');
    // (a genitive and its noun is whole)
    expect(titleFragment('Stortingets virksomhet', STORTING, 'nb')).toBeNull();
  });
  it('Viðskiptanefndar leggur is half of a compound', () => {
    expect(fragmentProblem('Viðskiptanefndar leggur', ALTHINGI, 'is')).toBe('half of a compound');
  });
  // (said whole, a sentence or a clause, a title is no fragment of one)
  it.each([
    ['Josh loves electric cars', 'My friend is here. Josh loves electric cars. He drives one.', 'en'],
    [
      'Es cierto que vivimos tiempos complejos y difíciles',
      'Es cierto que vivimos tiempos complejos y difíciles, pero saldremos adelante.',
      'es',
    ],
  ])('%s stands', (title, text, lang) => {
    expect(titleFragment(title, text, lang)).toBeNull();
  });
  // the plural-noun test reads English's "-s": a Romance adjective follows its noun, a Germanic -s is a genitive
  it.each([
    [
      'Utsläppen från inrikes sjöfart',
      'Utsläppen från inrikes sjöfart var 738 000 ton koldioxidekvivalenter år 2018.',
      'sv',
    ],
    ['Tiempos complejos', 'Vivimos tiempos complejos para muchas familias.', 'es'],
  ])('%s stands', (title, text, lang) => {
    expect(titleFragment(title, text, lang)).toBeNull();
  });
  // (a line of its own, and a refrain, are whole)
  it.each([
    [
      'Shift from Services to Goods',
      'The economy is rebalancing.\n\n*Shift from Services to Goods*\n\nDuring the pandemic…',
    ],
    [
      'Get it done',
      'And, Speaker Pelosi, you always get it done. You always get it done. Come hell or highwater, you get it done.',
    ],
  ])('%s stands', (title, text) => {
    expect(titleFragment(title, text, 'en')).toBeNull();
  });
  it('Honda’s existing Ohio facilities (a possessive, no plural)', () => {
    expect(
      titleFragment(
        'Retooling Honda’s existing Ohio facilities',
        'This includes retooling Honda’s existing Ohio facilities to build EVs.',
        'en',
      ),
    ).toBeNull();
  });
});

describe('a title cut from the word that denies it (negation.ts, asked by titleFragment)', () => {
  // Pirtea, moţiune simplă privind educaţia, Camera Deputaţilor 2018 (judge37)
  const PIRTEA =
    'Astfel, trebuie să angajăm mai mulţi profesori, nu să comasaţi clase, în care să fie cuprinşi chiar şi 40 de elevi!';
  it('Comasaţi clase', () => {
    expect(titleFragment('Comasaţi clase', PIRTEA, 'ro')).toBe('denied where it is said');
    expect(titleFragment('Mai mulţi profesori', PIRTEA, 'ro')).toBeNull();
  });
});

describe('a refused phrase mended (fragment.ts mendedPhrase)', () => {
  it('the object of a phrase that opens on its verb', () => {
    expect(fragmentProblem('declares unconditional war', LBJ, 'en')).toBe('a verb and its object');
    expect(mendedPhrase('declares unconditional war', LBJ, 'en')).toBe('unconditional war');
    // (a noun phrase is left as it is)
    expect(mendedPhrase('outskirts of hope', LBJ, 'en')).toBeNull();
  });
  it('a German adjective with the article whose ending it has', () => {
    expect(mendedPhrase('Deutsche Volk', EBERT, 'de')).toBe('das deutsche Volk');
    expect(fragmentProblem('Das deutsche Volk', EBERT, 'de')).toBeNull();
  });
});

describe('every title asks on its way to the screen (compose.ts standingTitle)', () => {
  it('Twain: no slide titled by a fragment', () => {
    const speech = [
      'There is a sumptuous variety about the New England weather that compels the stranger’s admiration—and regret. The weather is always doing something there; always attending strictly to business; always getting up new designs and trying them on the people to see how they will go.',
      'Year before last I went and made a collection of the weather. He wanted to go and inspect it; he wanted to see how it came out in quality and quantity. Well, he came and he made his collection in four days. And as to quantity well, after he had picked out and discarded all that was blighted, he had weather to spare; weather to hire out; weather to sell; to deposit; weather to invest; weather to give to the poor.',
      'I will still have to credit the weather with one feature which compensates for all its bullying vagaries—the ice-storm. One cannot make the words too strong.',
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'en-weather.txt' });
    const titles = deck.slides.map((s) => s.title);
    expect(titles).not.toContain('Quantity well');
    expect(titles).not.toContain('Compensates');
  });
});

describe('Slovak closed words and the salutations of four more languages (judge37)', () => {
  // Číž, štátny sviatok 30. októbra, NR SR 2018: "…že ste boli proti", "…a stretol som sa v tom zahraničí…"
  const CIZ =
    'Nemám problém s tým, že ste boli proti, to je úplne v poriadku. Doteraz je obrovským príkladom a stretol som sa v tom zahraničí desiatky krát s obdivom.';
  it.each(['Ste boli', 'Stretol som'])('%s is no title, whichever step chose it', (title) => {
    expect(isTitle(title, 'sk')).toBe(false);
    expect(titleFragment(title, CIZ, 'sk')).toBe('ends on a word that waits for its clause');
  });
  it.each([
    ['Stimaţi colegi deputaţi,', 'ro'],
    ['Doamnelor şi domnilor,', 'ro'],
    ['Pán kolega,', 'sk'],
    ['Austatud Riigikogu juhataja!', 'et'],
  ])('%s is a salutation', (line, lang) => {
    expect(structureKind(line)).toBe('salutation');
    expect(isTitle(line.replace(/[,!]$/u, ''), lang)).toBe(false);
  });
});

describe("capitalize in the speech's language (text.ts)", () => {
  it('Turkish raises i to İ whatever else the word writes', () => {
    expect(capitalizeIn('ilgi alanı', 'tr')).toBe('İlgi alanı');
    expect(capitalizeIn('ilke', 'tr')).toBe('İlke');
    expect(capitalizeIn('ilke', 'en')).toBe('Ilke');
  });
});
