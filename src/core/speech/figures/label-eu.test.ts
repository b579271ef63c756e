import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

describe('French, German and Italian counts are labelled by their own noun phrase (label-eu.ts)', () => {
  it.each([
    // judge13 (Philippe, 2017): none of these gave a card, whatever the thousands separator
    [
      'fr',
      'Chaque année le tabac en France entraîne plus de 80 000 décès.',
      ['plus de 80 000 décès — tabac en France'],
    ],
    [
      'fr',
      'Chaque année le tabac en France entraîne plus de 80\u00a0000 décès.',
      ['plus de 80\u00a0000 décès — tabac en France'],
    ],
    [
      'fr',
      'Chaque année le tabac en France entraîne plus de 80\u202f000 décès.',
      ['plus de 80\u202f000 décès — tabac en France'],
    ],
    [
      'fr',
      'Chaque année le tabac en France entraîne plus de 80.000 décès.',
      ['plus de 80.000 décès — tabac en France'],
    ],
    [
      'fr',
      'La construction de 15 000 places supplémentaires de prison est un engagement fort.',
      ['15 000 — places supplémentaires de prison'],
    ],
    ['fr', 'Le prix du paquet de cigarettes est de 10 euros.', ['10 euros — prix du paquet de cigarettes']],
    // a plan keeps its verb (planned.ts)
    [
      'fr',
      'Nous porterons progressivement le prix du paquet de cigarettes à 10 euros, en luttant contre les trafics.',
      ['10 euros — porterons progressivement le prix du paquet de cigarettes'],
    ],
    // was "430 — d’entre vous font": the partitive is part of what is counted
    [
      'fr',
      'Je vois une assemblée renouvelée, puisque 430 d’entre vous font leurs premiers pas dans cette enceinte ; une assemblée qui ressemble à la France.',
      ['430 d’entre vous — premiers pas dans cette enceinte'],
    ],
    // judge13 (Grundl, 2022): was "533 — inhaftierte Journalistinnen", half of a pair
    [
      'de',
      '533 inhaftierte Journalistinnen und Journalisten sind ein neuer Negativrekord.',
      ['533 — inhaftierte Journalistinnen und Journalisten'],
    ],
    [
      'it',
      'Sono stati costruiti 300 nuovi asili nido in Lombardia.',
      ['300 — nuovi asili nido in Lombardia'],
    ],
    // a pronoun subject, or a verb with no article before it: no label, no card
    ['de', 'Sie sendet in 34 Sprachen.', []],
    ['fr', 'Je vois 12 enfants.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(cards(text, lang)).toEqual(expected);
  });
});
