/**
 * A share labelled only by its whole drops what the share is (judge6: Reagan 1982 "19.6 percent —
 * of the gross national product", where the speech says the Federal Government "in 1985 will only
 * be taking" it).
 */
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const cards = (s: string) => sentenceFigures(s, 'en').map((f) => `${f.value} — ${f.label}`);

describe('a share and who takes it', () => {
  it('the doer and the act say what the share is, with the year it is said of', () => {
    expect(
      cards(
        'But even after passage of this bill, the Federal Government in 1985 will only be taking 19.6 percent of the gross national product.',
      ),
    ).toEqual(['19.6 percent — Federal Government taking … of the gross national product in 1985']);
    expect(cards('China produces 60 percent of the world’s steel.')).toEqual([
      '60 percent — China produces … of the world’s steel',
    ]);
  });

  it('a connective or an adverb before the doer is no word of it', () => {
    expect(cards('Now America imports 40 percent of its oil.')).toEqual([
      '40 percent — America imports … of its oil',
    ]);
  });

  it('a pronoun, a copula or a predicate after the whole leaves the label as it was', () => {
    expect(cards('We spend 3 percent of our budget on aid.')).toEqual(['3 percent — of our budget']);
    expect(cards('The share is 40 percent of the market.')).not.toContainEqual(expect.stringContaining('…'));
  });
});
