/**
 * judge28 #1 (Deese, Cleveland, 13 October 2022, public domain): the cards "$20 billion —
 * semiconductor complex outside Columbus", "nearly $1 billion — to make electric-vehicle
 * components", "$1.5 billion — for its Avon Lake assembly plant" never said whose money it was, and
 * "its" pointed off screen. A clause that opens on the spender's name keeps it on the card
 * (subject-predicate.ts spenderWhere); a pronoun or a common noun opening the clause does not.
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

describe('an amount keeps the name of who spent it (subject-predicate.ts)', () => {
  it.each([
    [
      'Intel broke ground on a $20 billion semiconductor complex outside Columbus.',
      ['$20 billion — Intel, semiconductor complex outside Columbus'],
    ],
    [
      'General Motors committed nearly $1 billion to make electric-vehicle components, with UAW workers, at its factory in Toledo—and has committed to scale a lithium-ion battery factory in Youngstown.',
      ['nearly $1 billion — General Motors, to make electric-vehicle components'],
    ],
    [
      'Ford committed $1.5 billion for its Avon Lake assembly plant, just outside Cleveland, adding nearly 2,000 new union jobs.',
      ['$1.5 billion — Ford, for its Avon Lake assembly plant', 'nearly 2,000 — new union jobs'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'en')).toEqual(expected);
  });

  it.each([
    // (the speaker's own money: "we" is no name)
    ['We committed $1.5 billion for the new assembly plant.', ['$1.5 billion — for the new assembly plant']],
    // (a label that names the spender already: Deese 2022)
    [
      'And just this week, Honda and LG announced plans to invest up to $4.4 billion in an electric-vehicle battery plant in Fayette County, and a further $700 million retooling Honda’s existing Ohio facilities to manufacture electric vehicles.',
      ['$700 million — retooling Honda’s existing Ohio facilities'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'en')).toEqual(expected);
  });
});
