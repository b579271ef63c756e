import { describe, expect, it } from 'vitest';
import { cards, kindOf } from '../../../../tests/helpers/figure-cards';
import { findFigures } from './index';

// judge19, es-montero-ref-canarias-2022 (María Jesús Montero, Congreso, 2022-01-25; ParlaMint-ES,
// CC BY 4.0): "31 — de este mes de enero" and "29 — para ampliar" (article 29 of Ley 19/1994)
describe('a day of the month said without its month next to it is a date (date-parts.ts)', () => {
  it.each([
    [
      'es',
      'También obliga a extender hasta el próximo día 31 de este mes de enero el plazo ordinario de presentación de renuncia.',
      '31',
    ],
    [
      'es',
      'Este plazo lo extendemos desde la fecha de publicación en el BOE del real decreto-ley, es decir, desde el 29 de diciembre, hasta el día 31 de este mismo mes de enero.',
      '31',
    ],
    ['es', 'El plazo vence el 31 de este mes.', '31'],
    ['pt', 'O prazo termina no dia 31 deste mês.', '31'],
    ['fr', 'Le délai est prolongé jusqu’au 31 de ce mois.', '31'],
    ['it', 'La scadenza è il 31 di questo mese.', '31'],
    ['de', 'Die Frist endet am 31. dieses Monats.', '31'],
    ['ru', 'Срок продлён до 31 числа.', '31'],
  ])('%s: %s', (lang, text, digits) => {
    expect(kindOf(text, digits)).toBe('date');
    expect(findFigures(text, lang, 20).some((f) => f.value.includes(digits))).toBe(false);
  });

  it('a count said each day stays a count, and the day is no part of a label', () => {
    expect(cards('Cada día 20 personas mueren en las carreteras.', 'es').join(' ')).toContain('20 personas');
    expect(cards('Die Frist endet am 31. dieses Monats für 300 Betriebe.', 'de').join(' ')).not.toContain(
      'Monats',
    );
    expect(
      cards('Hasta el 31 de este mes de enero se inscribieron 300 empresas canarias.', 'es').join(' '),
    ).not.toMatch(/mes|enero/u);
  });
});

describe('a bare "el 29" after an article named in its sentence is another article (identifier.ts)', () => {
  it.each([
    [
      'es',
      'Este mismo artículo único modifica también el 29 para ampliar la vigencia de la ZEC, la Zona Especial Canaria.',
      '29',
    ],
    ['it', 'Questo articolo modifica anche il 12 per estendere il termine.', '12'],
    ['fr', "L'article unique modifie aussi le 29 pour élargir l'aide.", '29'],
  ])('%s: %s', (lang, text, digits) => {
    expect(kindOf(text, digits)).toBe('reference');
    expect(findFigures(text, lang, 20).some((f) => f.value.includes(digits))).toBe(false);
  });

  it('a share said after an article stays a figure', () => {
    const text = 'El artículo prevé que el 30 por ciento de los fondos vaya a los municipios.';
    expect(kindOf(text, '30')).toBe('number');
    expect(findFigures(text, 'es', 20).map((f) => f.value)).toContain('30 por ciento');
  });

  it('the whole repro gives no card', () => {
    expect(
      cards(
        'Señorías, muy buenas tardes.\n\nTambién obliga a extender hasta el próximo día 31 de este mes de enero el plazo ordinario de presentación de renuncia. Este mismo artículo único modifica también el 29 para ampliar la vigencia de la ZEC, la Zona Especial Canaria.',
        'es',
      ),
    ).toEqual([]);
  });
});
