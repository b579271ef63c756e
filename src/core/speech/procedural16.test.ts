import { describe, expect, it } from 'vitest';
import { isThrowaway } from './quotable';

// judge16: the order of business is never a slide's quote, in any language
describe('procedural lines are no quote (quotable.ts ROOM_ASIDE, judge16)', () => {
  it.each([
    ['En mevrouw Leijten zal reageren op de financiële gevolgen voor zorgverzekeraars.', 'nl'],
    [
      'In het vervolg van mijn beantwoording zal ik ingaan op de ontstaansgeschiedenis van het voorstel.',
      'nl',
    ],
    ['Mevrouw Bruins Slot zal het hebben over de juridische gevolgen.', 'nl'],
    ['Wij bedanken de partijen voor de lovende woorden.', 'nl'],
    ['Vi starter med mindeord for Svend Jakobsen, og vi byder særlig velkommen til hans familie.', 'da'],
    ['Jeg giver ordet til ministeren.', 'da'],
    ['Esittelen eduskunnan käsittelyyn vuoden 18 toisen lisätalousarvion.', 'fi'],
    ['Jag börjar med att tacka utskottet.', 'sv'],
  ])('"%s" (%s) is said to the room', (line, lang) => {
    expect(isThrowaway(line, lang)).toBe(true);
  });

  it.each([
    ['Deze wet beoogt vast te leggen wat al elf jaar gangbare praktijk is.', 'nl'],
    ['For Svend Jakobsen var det altid sagen, der var i centrum.', 'da'],
    ['Zorgverzekeraars moeten reageren op de wensen van hun verzekerden.', 'nl'],
  ])('"%s" (%s) is a line of the speech', (line, lang) => {
    expect(isThrowaway(line, lang)).toBe(false);
  });
});
