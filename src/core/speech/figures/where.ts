/**
 * Numbers that say where, never how much (numbers.ts gives them the kind `place`): a radius drawn
 * round a place. "Mensen met een moestuin binnen een straal van 1 kilometer van Chemours moesten
 * maar niet te veel groente … eten" (Laçin, 2019) was carded "1 kilometer — van Chemours": the
 * kilometre only says whose gardens are meant; the point is that their vegetables are unsafe.
 * Likewise "within a radius of 5 miles", "im Umkreis von 10 Kilometern", "dans un rayon de 20 km",
 * "в радиусе 30 км", and "within 1 mile of the plant".
 */

/** A radius said before its number, in the languages a speech comes in. */
const RADIUS_BEFORE =
  /(?<![\p{L}])(?:(?:within|in)\s+(?:a\s+)?radius\s+of|(?:binnen|in)\s+een\s+(?:straal|omtrek)\s+van|(?:im|in\s+einem)\s+(?:Umkreis|Radius)\s+von|dans\s+un\s+(?:rayon|périmètre)\s+de|(?:en|dentro\s+de)\s+un\s+radio\s+de|(?:num|em\s+um|dentro\s+de\s+um)\s+raio\s+de|(?:in|nel|entro)\s+un\s+raggio\s+di|(?:в|у)\s+радиусе|(?:в|у)\s+радіусі|w\s+promieniu|v\s+okruhu)\s+(?:(?:about|around|some|ongeveer|circa|etwa|environ|unos|cerca\s+de|около|близько|około)\s+)?$/iu;
/** "within 1 mile of the plant": a distance from a place, said with "within" before it and "of" after. */
const WITHIN_BEFORE = /(?<![\p{L}])within\s+(?:(?:about|around|some)\s+)?$/iu;
const UNIT_OF_PLACE =
  /^\s?(?:miles?|kilomet(?:er|re)s?|km|meters?|metres?|m|yards?|feet|blocks)\s+(?:of|from)\s/iu;

/** Whether the number at start…end is the radius of a place (a condition, not a figure). */
export function isRadius(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (
    RADIUS_BEFORE.test(before) ||
    (WITHIN_BEFORE.test(before) && UNIT_OF_PLACE.test(text.slice(end, end + 24)))
  );
}
