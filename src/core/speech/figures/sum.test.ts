import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const values = (s: string, lang: string) => sentenceFigures(s, lang).map((f) => f.value);

describe('no term of a sum is a figure (index.ts sumTerms, judge16)', () => {
  it.each([
    // sr judge16: "30 — prošle godine" and "20 evra — za sve naše" (the sum, 80 evra, and its unit lost)
    ['sr', 'Prošle godine 30 plus 30, plus 20 evra za sve naše punoletne sugrađane.'],
    ['hr', 'Dobili su 100 plus 50 eura pomoći za sve umirovljenike.'],
    ['en', 'Each family gets 300 plus 200 dollars in support this winter.'],
    ['en', 'Each family gets $300 + $200 in support this winter.'],
    ['ru', 'Каждый получит 30 плюс 20 тысяч рублей на детей.'],
    ['fr', 'Chaque famille reçoit 300 plus 200 euros de soutien cet hiver.'],
  ])('%s: %s', (lang, s) => {
    expect(values(s, lang)).toEqual([]);
  });
  it('keeps figures that each say what they count ("30 countries plus 20 agencies")', () => {
    expect(values('We gave $5 billion plus $3 billion in aid to 30 countries.', 'en')).toContain(
      '$3 billion',
    );
    expect(values('Ove godine 30 miliona evra za puteve i 20 evra po osobi.', 'sr')).toContain(
      '30 miliona evra',
    );
  });
});
