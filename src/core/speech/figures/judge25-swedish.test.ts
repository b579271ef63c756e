/**
 * Swedish numbers said in words (judge24 A5): Ulf Kristersson, "Statsministerns tal till H.M.
 * Konungen", the King's golden jubilee banquet, 15 September 2023 (regeringen.se). The toast's best
 * line never reached the screen: spelled.ts had no Swedish. The value is the speaker's words, never
 * digits or a percentage nobody said.
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';
import { spelledSpans } from './spelled';

describe('Swedish numbers in words are figures in the words said (spelled.ts, label-nordic.ts)', () => {
  it.each([
    [
      'Under det senaste halvseklet har Sverige haft tio statsministrar och sjutton regeringar – men en och samma kung.',
      ['tio — statsministrar', 'sjutton — regeringar'],
    ],
    // a share said "X av Y": the words as said, what is said of them before the year (never "67 %")
    [
      'Två av tre svenskar är födda efter tronskiftet 1973.',
      ['Två av tre — svenskar är födda efter tronskiftet'],
    ],
    // a length said in words is a way of speaking: no card ("50 år på tronen" in digits is one)
    [
      'På regeringens och hela svenska folkets vägnar vill jag framföra ett varmt tack för dessa första femtio år i rikets tjänst.',
      [],
    ],
    // below ten, a number word is a word of the sentence
    ['Själv var jag nio år när Kungen blev kung.', []],
  ])('%s', (s, expected) => {
    expect(cards(s, 'sv')).toEqual(expected);
  });
  it.each([
    ['tjugofem', 'tjugofem'],
    ['tvåhundra', 'tvåhundra'],
    ['tretusen', 'tretusen'],
    ['två miljoner', 'två miljoner'],
    ['sjutton', 'sjutton'],
  ])('reads "%s" whole', (words, value) => {
    const s = `Vi har ${words} nya lärare.`;
    expect(spelledSpans(s, 'sv').map((h) => s.slice(h.start, h.end))).toEqual([value]);
  });
});
