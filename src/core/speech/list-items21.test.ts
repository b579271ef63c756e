import { describe, expect, it } from 'vitest';
import { itemText, wholeItemText } from './items';

/** The item a list slide shows for a sentence (body.ts listBlock: the short form, whole). */
const shown = (sentence: string) => wholeItemText(sentence, 'en', itemText(sentence, 'en'));

describe('an item is never cut mid-clause (judge21)', () => {
  it.each([
    // Carter, address to the nation on energy, 8 November 1977 (judge21 fault 23): "designed"
    // waits for its "to meet…", and the aside "As I've said before," is no part of the point
    [
      "Second, as I've said before, it's designed to meet our important goals for energy conservation, to promote a shift to more plentiful and permanent energy supplies and encourage increased production of energy in the United States.",
      "It's designed to meet our important goals for energy conservation",
    ],
    // the first item of the same list is cut where its clause ends, as before
    [
      'First, it’s fair both to the American consumers and to the energy producers, and it will not disrupt our national economy.',
      'It’s fair both to the American consumers and to the energy producers',
    ],
    // Kennedy, inaugural address, 1961 (judge20): two adjectives before one noun ("serious and
    // precise proposals"), one determiner for two nouns ("the inspection and control"), and a
    // phrase of time set off by commas between the head and its verb
    [
      'Let both sides, for the first time, formulate serious and precise proposals for the inspection and control of arms—and bring the absolute power to destroy other nations under the absolute control of all nations.',
      'Let both sides formulate serious and precise proposals for the inspection and control of arms',
    ],
    // Kennedy 1961: the noun phrase whole, before the participle that says what its people do
    // (never "…of half the globe struggling", which waits for "to break the bonds…")
    [
      'To those peoples in the huts and villages of half the globe struggling to break the bonds of mass misery, we pledge our best efforts to help them help themselves, for whatever period is required—not because the communists may be doing it, not because we seek their votes, but because it is right.',
      'Those peoples in the huts and villages of half the globe',
    ],
    // Deese, remarks on a modern American industrial strategy, 20 April 2022 (judge20): a comma
    // between two adjectives of one noun ends no clause (never "You’d look to strategic"); the item
    // ends before its first circumstance, short enough for the anaphora's three items to fit
    [
      'You’d look to strategic, long-term investments in areas with the highest returns for our economy’s productive potential.',
      'You’d look to strategic, long-term investments',
    ],
  ])('%s', (sentence, item) => {
    expect(shown(sentence)).toBe(item);
  });
});
