/**
 * Labels a measure takes from the words that frame it, where the noun phrase rules of label.ts
 * find none:
 * - "reentering the atmosphere at speeds of over 25,000 miles per hour": the measure's noun
 *   ("speeds") alone says nothing, but the action measured, the participle phrase before "at
 *   speeds of", says what the figure is: "reentering the atmosphere";
 * - "240,000 miles away from the control station in Houston": a distance said "away from"
 *   somewhere is labelled by that: "away from the control station".
 * Both are the speech's own words, in its order.
 */

/** Nouns of a measure said "at … of" a figure ("at speeds of", "at a temperature of"). */
const MEASURE_NOUN = String.raw`(?:(?:a|an)\s+)?(?:speeds?|velocit(?:y|ies)|rates?|temperatures?|altitudes?|heights?|depths?|pressures?)`;
const HEDGE = String.raw`(?:(?:about|nearly|almost|over|some|roughly|around|more\s+than|up\s+to)\s+)*`;
/** "…reentering the atmosphere at speeds of over ": the participle, its object (1–3 words). */
const MEASURED_ACTION = new RegExp(
  String.raw`(?<![\p{L}])(\p{Ll}{3,}ing(?:\s+(?:the|a|an|its|our|their|this|that))?(?:\s+[\p{L}'’-]+){1,3}?)\s+at\s+${MEASURE_NOUN}\s+of\s+${HEDGE}$`,
  'u',
);

/** The action a measure is of ("reentering the atmosphere"), or ''. */
export function measuredAction(before: string, isWord: (w: string) => boolean): string {
  const m = MEASURED_ACTION.exec(before);
  if (!m) return '';
  const ws = m[1]!.split(/\s+/u);
  // the object ends on a content word ("reentering the atmosphere", not "flying over the")
  return isWord(ws[ws.length - 1]!) ? ws.join(' ') : '';
}

/** Units of distance. */
const DISTANCE = /(?:miles?|kilomet(?:er|re)s?|km|feet|foot|met(?:er|re)s?|yards?|light[- ]years?)$/iu;
/** "away from the control station in Houston": the place up to its first word of another phrase. */
const AWAY_FROM =
  /^\s+(away\s+from\s+(?:(?:the|a|an|our|their|this|that|its)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=$|\s+(?:in|at|on|to|and|or|with|of|by|for)\s|[,.;:!?—–)])/iu;

/** The place a distance is said away from ("away from the control station"), or ''. */
export function awayFrom(value: string, after: string, isWord: (w: string) => boolean): string {
  if (!DISTANCE.test(value.trim())) return '';
  const m = AWAY_FROM.exec(after);
  if (!m) return '';
  const ws = m[1]!.split(/\s+/u);
  return isWord(ws[ws.length - 1]!) ? ws.join(' ') : '';
}

/**
 * A year that opens the sentence as the time all of it is said of: "Back in 1978, the average
 * truck driver’s pay was $34", "In 2019, …", "En 2015, …", "Im Jahr 2010 …", "В 2015 году …". A
 * figure of that sentence whose label drops the year reads as today's ("$34 — average truck
 * driver’s pay" for a pay that has fallen since, judge19), so it has no label and no card.
 */
const OPENING_YEAR = new RegExp(
  String.raw`^[\s"“«„]*(?:(?:and|but|so|now|y|pero|et|mais|und|aber|и|а|но)\s+)?` +
    String.raw`(?:(?:back|way\s+back|already)\s+)?` +
    String.raw`(?:in|en|em|nel|im\s+jahr(?:e)?|in\s+the\s+year|в|у|w|v\s+roce|през|i|år|vuonna)\s+` +
    String.raw`((?:1[6-9]|20)\d\d)(?![\p{Nd}])`,
  'iu',
);

/** The year the sentence opens on as its time ("1978" of "Back in 1978, …"), or ''. */
export function openingYear(sentence: string): string {
  return OPENING_YEAR.exec(sentence)?.[1] ?? '';
}

/** Whether a label drops the year its sentence opens on (see above): then the figure has no card. */
export function dropsOpeningYear(sentence: string, label: string): boolean {
  const year = openingYear(sentence);
  return !!year && !!label && !label.includes(year);
}
