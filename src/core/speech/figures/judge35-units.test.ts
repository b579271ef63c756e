import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const values = (text: string, lang: string) => findFigures(text, lang, 10).map((f) => f.value);

// judge35: Alþingi, fjárlög 2022 3. umr. (2021); Stortinget, avslutning av det 155. storting (2011)
describe('amounts, percents and scales written short in Icelandic and Norwegian keep their unit', () => {
  it('reads "millj. kr." and "kr." as an amount in krónur', () => {
    expect(values('Annars vegar er 7.200 millj. kr. lækkun tekna vegna virðisaukaskatts.', 'is')).toEqual([
      '7.200 millj. kr.',
    ]);
    expect(
      values('Gerð er ein tillaga á gjaldahlið fjárlaga um 272,4 millj. kr. hækkun sóknargjalda.', 'is'),
    ).toEqual(['272,4 millj. kr.']);
    expect(
      values('Nú er gert ráð fyrir að gjaldið verði tímabundið miðað við 1.107 kr. á einstakling.', 'is'),
    ).toEqual(['1.107 kr.']);
  });
  it('reads "pst." as a percent', () => {
    expect(
      values(
        'Antall skriftlige spørsmål er per i dag 1 967, og da er det igjen satt rekord i antall, med en økning på ca. 10 pst. fra forrige storting.',
        'no',
      ),
    ).toContain('10 pst.');
  });
});
