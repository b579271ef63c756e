import { describe, expect, it } from 'vitest';
import { cards, kindOf } from '../../../../tests/helpers/figure-cards';
import { findFigures } from './index';

// judge17 (probe it-articolo): "17 — prevede l'adozione da parte del Ministero" ← "L'articolo 17
// prevede…"; a number naming an article, section, clause or resolution is a name, never a count
describe('a numbered article, section or clause is a name, never a figure (identifier.ts)', () => {
  it.each([
    ['it', "L'articolo 17 prevede l'adozione da parte del Ministero della transizione ecologica.", '17'],
    ['it', "Il Capo V detta disposizioni, prevedendo all'articolo 11 lo sportello unico digitale.", '11'],
    ['it', "Il Capo I, dall'articolo 1 all'articolo 14, detta disposizioni in materia di turismo.", '14'],
    ['it', 'Il Titolo I, composto dagli articoli da 1 a 15, reca misure urgenti.', '15'],
    ['it', 'Il Capo I, dagli articoli 16 al 19- ter, detta disposizioni in materia di ambiente.', '19'],
    ['it', 'In particolare il 16- bis proroga di due anni l’affidamento del servizio.', '16'],
    [
      'it',
      "L'articolo 21 dispone l'assegnazione di risorse, mentre il 22 disciplina l'assegnazione delle risorse.",
      '22',
    ],
    ['fr', "L'article 49 de la Constitution permet au gouvernement d'engager sa responsabilité.", '49'],
    ['de', 'Nach Artikel 38 des Grundgesetzes sind die Abgeordneten Vertreter des ganzen Volkes.', '38'],
    ['de', 'Gemäß Absatz 12 der Geschäftsordnung stimmen wir ab.', '12'],
    ['es', 'El artículo 155 de la Constitución permite intervenir la autonomía.', '155'],
    ['pt', 'O artigo 18 da Constituição protege os direitos fundamentais.', '18'],
    ['en', 'Section 230 protects the platforms from liability for what users post.', '230'],
    ['en', 'Under Title 42 of the code, the border was closed to 1,000 migrants a day.', '42'],
    ['en', 'Articles 12 and 13 of the treaty set out the rights of 27 member states.', '13'],
    ['nl', 'Artikel 23 van de Grondwet regelt de vrijheid van onderwijs.', '23'],
    ['ru', 'Статья 31 Конституции гарантирует право на собрания.', '31'],
    ['ru', 'Согласно статье 80 Конституции президент является гарантом.', '80'],
  ])('%s: %s', (lang, text, digits) => {
    expect(kindOf(text, digits)).toBe('reference');
    expect(findFigures(text, lang, 20).some((f) => f.value.includes(digits))).toBe(false);
  });

  it('a count of articles keeps its noun, and a count said after a name stays a figure', () => {
    // "51 — decreto-legge era composto inizialmente": the counted "articoli" was dropped
    const text =
      'Il decreto-legge era composto inizialmente da 51 articoli e, a seguito delle modifiche, risulta ora contenere 96 articoli suddivisi in quattro Titoli.';
    const figs = findFigures(text, 'it', 20);
    expect(figs.find((f) => f.value.startsWith('51'))?.label ?? '').toBe('');
    expect(cards(text, 'it')).toEqual(['96 — articoli suddivisi in quattro Titoli']);
    expect(kindOf('Il decreto contiene ora 96 articoli.', '96')).toBe('number');
    expect(
      kindOf('Under Title 42 of the code, the border was closed to 1,000 migrants a day.', '1,000'),
    ).toBe('number');
    expect(kindOf("L'articolo 5 prevede che il 30 per cento delle risorse vada al Sud.", '30')).toBe(
      'number',
    );
  });
});

// judge17 (probe ru-sootvetstvenno): "50 тысяч рублей — соответственно должны быть осуществлены" ←
// "в 75 и 50 тысяч рублей соответственно": half of a pair, labelled by an adverb and a verb
describe('numbers paired on one unit are one figure, and "respectively" labels none (respectively.ts)', () => {
  it.each([
    [
      'ru',
      'Также обращаю внимание: выплаты к 75-летию Великой Победы ветеранам и труженикам тыла в 75 и 50 тысяч рублей соответственно должны быть осуществлены до майских праздников.',
      ['75 и 50 тысяч рублей — ветеранам и труженикам тыла'],
    ],
    ['en', 'Veterans and survivors will receive payments of 75 and 50 thousand dollars respectively.', []],
    ['de', 'Die Renten im Westen und im Osten steigen um 3 und 4 Prozent beziehungsweise.', []],
    ['fr', 'Les deux primes atteignent 300 et 500 euros respectivement, versées en avril.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(cards(text, lang)).toEqual(expected);
    for (const f of findFigures(text, lang, 20)) {
      expect(f.label).not.toMatch(/^(?:соответственно|respectively|beziehungsweise|respectivement)/iu);
      // never the second half alone
      expect(f.value).not.toMatch(/^(?:50 тысяч|50 thousand|4 Prozent|500 euros)/u);
    }
  });
});

// judge17 (probe en-not-access): "24 million people — in our country" ← "24 million people in our
// country do not have access to high-speed Internet": a shortfall read as a population
describe('a figure whose clause denies something of it keeps the denial on its label (lacks.ts)', () => {
  it.each([
    [
      'en',
      'Today, 24 million people in our country do not have access to high-speed Internet, either because they cannot afford the monthly cost of a plan.',
      '24 million people — do not have access to high-speed Internet',
    ],
    [
      'en',
      'For around 24 million Americans across this country, there is no high-speed Internet.',
      'around 24 million Americans — no high-speed Internet',
    ],
    [
      'en',
      'And Sunset is similar to many rural communities for another reason: Almost 40 percent of households in that area do not have high-speed\nInternet, in large part because the lines never made it to Sunset.',
      'Almost 40 percent — of households in that area do not have high-speed Internet',
    ],
    [
      'en',
      'The 27 member states do not agree on the budget.',
      '27 — member states do not agree on the budget',
    ],
    [
      'de',
      'Rund 8 Millionen Menschen in Deutschland haben keinen Zugang zu schnellem Internet.',
      'Rund 8 Millionen Menschen — haben keinen Zugang zu schnellem Internet',
    ],
    // (no card at all is right too: never the population without what it lacks)
    ['fr', "Aujourd'hui, 13 millions de Français n'ont pas accès à internet.", ''],
    ['es', 'Más de 24 millones de personas no tienen acceso a internet.', ''],
    [
      'it',
      'Oltre 2 milioni di famiglie non hanno accesso alla banda larga.',
      'Oltre 2 milioni — di famiglie non hanno accesso alla banda larga',
    ],
    [
      'ru',
      'Около 24 миллионов человек в стране не имеют доступа к интернету.',
      'Около 24 миллионов человек — не имеют доступа к интернету',
    ],
  ])('%s: %s', (lang, text, card) => {
    expect(cards(text, lang)).toEqual(card ? [card] : []);
  });

  it('a denial in a relative clause, or after "and", is not the figure’s, and a cut one is no label', () => {
    expect(cards('We connected 3 million homes that did not have broadband before.', 'en')).toEqual([]);
    expect(cards('We hired 400 teachers and did not fire anyone.', 'en')).toEqual([]);
    // (a predicate too long to show whole is no label: never the population without it)
    const long = findFigures(
      'Some 24 million people do not have access to affordable high-speed Internet service at home or at work today.',
      'en',
    );
    expect(long[0]?.label).toBe('');
  });
});
