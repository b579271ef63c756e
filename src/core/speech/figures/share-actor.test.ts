/**
 * A share labelled only by its whole, said as what someone does with that whole (judge6: Reagan
 * 1982 "19.6 percent — of the gross national product", where the speech says the Federal
 * Government "in 1985 will only be taking" it; render19: no label stitched with "…").
 */
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const cards = (s: string) => sentenceFigures(s, 'en').map((f) => `${f.value} — ${f.label}`);

describe('a share and who takes it', () => {
  it('the whole alone is the label, never the doer and the whole stitched with "…" (render19)', () => {
    // Biden, Trucking Action Plan remarks, 2022-04-04 (whitehouse.gov, judge19)
    expect(cards('Trucking moves about 70 percent of all the goods in this country.')).toEqual([
      'about 70 percent — of all the goods',
    ]);
    expect(cards('China produces 60 percent of the world’s steel.')).toEqual([
      '60 percent — of the world’s steel',
    ]);
    // Podesta, IRA anniversary remarks, 2024-08-13 (whitehouse.gov): the list the whole opens stays whole
    expect(
      cards(
        'Federal agencies have already awarded nearly two-thirds of all available grant, loan, and rebate funding.',
      ),
    ).toEqual(['nearly two-thirds — of all available grant, loan, and rebate funding']);
  });

  it('a share said of a year, or of a whole only the doer says whose, has no label', () => {
    // Reagan, address on tax and budget legislation, 1982-08-16: without "in 1985" the card reads as today's share
    expect(
      cards(
        'But even after passage of this bill, the Federal Government in 1985 will only be taking 19.6 percent of the gross national product.',
      ),
    ).toEqual(['19.6 percent — ']);
    expect(cards('Now America imports 40 percent of its oil.')).toEqual(['40 percent — ']);
    // Podesta 2024
    expect(
      cards('And HUD has now awarded 70% of its IRA funds through the Green and Resilient Retrofit Program.'),
    ).toEqual(['70% — ']);
  });

  it('a pronoun, a copula or a predicate after the whole leaves the label as it was', () => {
    expect(cards('We spend 3 percent of our budget on aid.')).toEqual(['3 percent — of our budget']);
    expect(cards('The share is 40 percent of the market.')).not.toContainEqual(expect.stringContaining('…'));
  });
});
