import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const values = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => f.value);

describe('a length said in two units is one figure (duration-pair.ts, judge14)', () => {
  it.each([
    ['cs', 'Tedy celkem dohromady už 35 hodin a 10 minut jednání o tisku.', '35 hodin a 10 minut'],
    ['en', 'The debate lasted 12 hours and 40 minutes in the chamber.', '12 hours and 40 minutes'],
    ['uk', 'Засідання тривало 14 годин і 20 хвилин без перерви.', '14 годин і 20 хвилин'],
    ['pl', 'Obrady trwały 11 godzin i 15 minut bez przerwy.', '11 godzin i 15 minut'],
  ])('%s: %s', (lang, text, pair) => {
    const vs = findFigures(text, lang, 20).map((f) => f.value);
    // either the whole pair, or nothing: never the first unit alone, never the second alone
    for (const v of vs) expect(pair.includes(v) && v !== pair).toBe(false);
  });

  it('two lengths said apart stay apart', () => {
    expect(values('We waited 12 hours, and 40 minutes later the vote came.', 'en')).not.toContain(
      '12 hours and 40 minutes',
    );
  });
});
