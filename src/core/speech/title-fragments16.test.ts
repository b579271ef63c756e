import { describe, expect, it } from 'vitest';
import { isTitle } from './titles';
import { titleWordsProblem } from './title-words';
import { fragmentProblem } from './fragment';
import { listPhraseProblem } from './keylist';
import { isDenied } from './negation';

// judge16 (issue 10, "titles a designer would write"): the fragment titles of eight unseen speeches
describe('fragment titles of nl, da, sr, sl and en are refused (judge16)', () => {
  it.each([
    ['Samenleving verwijst daarnaar', 'nl'], // ends on a pronominal adverb
    ['Mevrouw Dik-Faber wees', 'nl'], // a colleague named, and her verb
    ['Mevrouw Leijten', 'nl'], // a bare name with its honorific
    ['Kamer wel verbeterd', 'nl'], // a clause cut around "wel"
    ['Zorgverzekeraar dienstbaar', 'nl'], // a predicate adjective after its noun
    ['Gang te gaan', 'nl'], // "te" and an infinitive
    ['Svend Jakobsen kendt', 'da'], // a name and its predicate
    ['Grčka preko', 'sr'], // ends on a preposition
    ['Isti način kao', 'sr'], // ends on a comparison word
    ['Isti način', 'sr'], // "the same" points back
    ['Koliko nam', 'sr'], // a question word and a clitic
    ['Račune svih onih', 'sr'],
    ['Godine prosečna plata', 'sr'], // the year's word cut from "2026. godine"
    ['Prošle godine', 'sr'], // when, not what
    ['Evropi prošle godine', 'sr'],
    ['Pokazali snagu', 'sr'], // a past participle opens the clause
    ['Dali penzionerima', 'sr'],
    ['Država odgovorna', 'sr'], // a predicate adjective
    ['Posebno važno', 'sr'],
    ['Desetak dana', 'sr'], // a length of time
    ['Polnijo vodni sklad', 'sl'], // opens on a verb
    ['Kakšne ukrepe', 'sl'], // a question word
    ['Republika Slovenija neuspešna', 'sl'], // a name and its predicate
    ['Første gang valgt', 'da'], // ends on a participle
    ['Boligminister nåede Svend Jakobsen', 'da'], // a past verb inside
    ['Määrätietoisen politiikan', 'fi'], // ends on a genitive
    ['Hallituskauden alun', 'fi'],
    ['Uusista yrityksistä', 'fi'], // "from new companies"
    ['Prosenttia yrityksistä viestii', 'fi'], // ends on a verb
    ['Jedna potvrda uspešne', 'sr'], // an adjective whose noun was cut
    ['Prošle nedelje isplatili', 'sr'], // a past participle
    ['Benzinárt hozzák válaszul', 'hu'], // an adverb in -ul
  ])('"%s" (%s) is no title', (title, lang) => {
    expect(isTitle(title, lang)).toBe(false);
  });

  it.each([
    ['Financiële gevolgen', 'nl'],
    ['Nederlandse Zorgautoriteit', 'nl'],
    ['Maximale zorg', 'nl'],
    ['Svend Aage Jakobsen', 'da'],
    ['Lykkeligste dag', 'da'],
    ['Prosečna penzija', 'sr'],
    ['Javni dug Srbije', 'sr'],
    ['Sveti Trifun', 'sr'],
    ['Sprejetje Predloga Zakona', 'sl'],
    ['Protipoplavne ukrepe', 'sl'],
    ['Srpske vojske', 'sr'],
    ['Biotooppien suojelu', 'fi'],
    ['Kymmeniätuhansia avoimia työpaikkoja', 'fi'],
    ['Ágazat energiaigénye', 'hu'],
    ['Pojedinačno najveća pomoć', 'sr'],
  ])('"%s" (%s) may be a title', (title, lang) => {
    expect(titleWordsProblem(title, lang)).toBeNull();
    expect(isTitle(title, lang)).toBe(true);
  });

  it('a later part of a name joined by "en", "og", "e" is a name cut in two', () => {
    const nl = 'Ook de Raad voor Volksgezondheid en Samenleving verwijst daarnaar in zijn rapport.';
    expect(fragmentProblem('Samenleving verwijst', nl, 'nl')).toBe('a name cut in two');
    // a court named whole after "do" is its own name
    const pt =
      'O Conselho apoia a iniciativa do Procurador do Tribunal Penal Internacional, no sentido da investigação.';
    expect(fragmentProblem('Tribunal Penal Internacional', pt, 'pt')).toBeNull();
  });

  it('a Serbian phrase said only after "da" opens on its verb', () => {
    const sr = 'Osim što vide da se voze modernijim autoputevima, osim što mogu da nađu posao, takođe vide.';
    expect(fragmentProblem('Nađu posao', sr, 'sr')).toBe('a verb phrase');
  });

  it('an English person and the verb after the name is a clause, not a person', () => {
    expect(
      listPhraseProblem('Abe met thousands', 'In his travels, Abe met thousands of Americans.', 'en'),
    ).toBe('a clause (a person and a verb)');
  });

  it.each([
    [
      'goed gaan',
      'Dit alles — de dingen die nog niet goed gaan — is onder druk van de Kamer wel verbeterd.',
      'nl',
    ],
    ['gode resultater', 'Det gav ikke gode resultater for partiet.', 'da'],
    ['dobre rezultate', 'Vlada nije dala dobre rezultate.', 'sr'],
    ['dobre rezultate', 'Vlada ni dala dobre rezultate.', 'sl'],
  ])('a title never drops its negation: "%s" is denied (%s)', (phrase, text, lang) => {
    expect(isDenied(phrase, text, lang)).toBe(true);
  });

  it('a phrase denied and then said plainly is the speaker’s own', () => {
    expect(isDenied('goed gaan', 'Het zal niet goed gaan, maar het kan goed gaan.', 'nl')).toBe(false);
  });
});
