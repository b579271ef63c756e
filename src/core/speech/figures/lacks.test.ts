import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';
import { opposesCards } from '../card-title';

// judge18 (probe en-no-gains): "90 percent — of workers saw" ← "the bottom 90 percent of workers
// saw no wage gains": the verb's object "no …" is the point, and without it the card says the opposite
describe('a figure whose verb takes "no …" keeps the denial on its label (lacks.ts)', () => {
  it.each([
    [
      'en',
      'One analysis found that corporations used the windfall to buy back stock, while the bottom 90 percent of workers saw no wage gains.',
      '90 percent — of workers saw no wage gains',
    ],
    [
      'en',
      'Last year 40 percent of small farms received no federal support.',
      '40 percent — of small farms received no federal support',
    ],
    [
      'de',
      'Rund 90 Prozent der Beschäftigten sahen keine Lohnzuwächse.',
      'Rund 90 Prozent — der Beschäftigten sahen keine Lohnzuwächse',
    ],
    [
      'es',
      'El 90 % de los trabajadores no vieron ninguna subida salarial.',
      '90 % — de los trabajadores no vieron ninguna subida salarial',
    ],
    // (no card at all is right too: never the share without what it did not see)
    ['fr', "Près de 90 % des salariés n'ont vu aucune hausse de salaire.", ''],
  ])('%s: %s', (lang, text, card) => {
    expect(cards(text, lang)).toEqual(card ? [card] : []);
  });

  it('a verb whose object is not denied keeps its short predicate, undenied', () => {
    // (judge18 corpus check: "of workers" said little; the share keeps what it saw, lacks.ts sharePredicate)
    expect(cards('The bottom 90 percent of workers saw wage gains.', 'en')).toEqual([
      '90 percent — of workers saw wage gains',
    ]);
  });
});

describe('a card’s denied direction is no direction (card-title.ts): the slide keeps its title', () => {
  it('"Corporate rate cut" does not oppose "of workers saw no wage gains"', () => {
    const card = { value: '90 percent', label: 'of workers saw no wage gains' };
    expect(opposesCards('Corporate rate cut', [card])).toBe(false);
    expect(opposesCards('Corporate rate cut', [{ ...card, label: 'of workers saw wage gains' }])).toBe(true);
  });
});
