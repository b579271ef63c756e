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

/** A year (or a span of years) said as the point in time of what its clause says. */
const POINT_YEAR = String.raw`(?:in|en|em|im|nel|nell['’]|в|во|w|v|i|à)\s+(?:(?:the\s+)?year\s+|jahr(?:e)?\s+|l['’]année\s+|o\s+ano\s+de\s+|el\s+año\s+)?((?:1[6-9]|20)\d\d(?:\s*[–—-]\s*(?:1[6-9]|20)\d\d)?)(?![\p{Nd}])(?!\s*(?:and|or|y|o|e|ou|et|und|oder|и|или|i|oraz|a)\s+(?:1[6-9]|20)\d\d)(?:\s*(?:году|годах|годы|г\.|roku|latach))?`;
/** (never a year something starts or ends in: "starting in 2025" is no point the figure is of) */
const POINT_YEARS = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:starting|beginning|since|from|until|till|through|by|a\s+partir)\s+)${POINT_YEAR}`,
  'giu',
);
/** "…shows that in 2023, ": a year set off before the clause it frames, after "that" or nothing. */
const FRAMING_YEAR = new RegExp(
  String.raw`(?:^|(?<![\p{L}])(?:that|que|что|dass|daß|när|kun|då|hogy|że|že)\s+)${POINT_YEAR}\s*,\s*$`,
  'iu',
);
/**
 * A year with its postposition after it, Hindi "1932 में" (in 1932): "1932 में छह पायलट और 19 वायु
 * सैनिकों के साथ एक छोटी सी शुरुआत से…" (Modi, Mann Ki Baat 2018-09, judge23 A7: "19 — वायु
 * सैनिकों" said nothing without its year).
 */
const POSTPOSED_YEARS = /(?<![\p{Nd}\p{L}])((?:1[6-9]|20)\d\d)\s+में(?![\p{L}\p{M}])/gu;
/** The most words a label with its year shows (label.ts: six, and the year). */
const PINNED_WORDS = 7;

/**
 * The label with the year its figure is said for, when the sentence pins the figure to a year
 * its label drops: "The new analysis shows that in 2023, more than 3.4 million American families
 * benefitted…" ("American families, 2023"); "the population of Warsaw in 1939 was 1.3 million".
 * The year is the figure's clause's own (its only one), or set off right before that clause
 * after "that"/nothing; a year of another clause ("as I saw when I visited Australia in 2016, …
 * mapping 949 cancer cell lines") frames nothing. '' when the label with its year would be too
 * long for a card (a figure without its year reads as today's); `label` when no year pins it or
 * the label has it. `clause`: the figure's clause in the sentence; `prior`: the sentence from the
 * clause before it up to the figure's clause.
 */
export function withPinnedYear(clause: string, prior: string, label: string): string {
  if (!label) return label;
  const own = [...clause.matchAll(POINT_YEARS), ...clause.matchAll(POSTPOSED_YEARS)];
  const year = own.length === 1 ? own[0]![1]! : own.length ? '' : (FRAMING_YEAR.exec(prior)?.[1] ?? '');
  if (!year || label.includes(year.slice(0, 4))) return label;
  const pinned = `${label}, ${year.replace(/\s+/gu, '')}`;
  return pinned.split(/\s+/u).length <= PINNED_WORDS ? pinned : '';
}

/**
 * "Ten years ago, when foreign oil was cheap, we imported just 2 1/2 million barrels of oil a day,
 * about 20 percent of what we used" (Carter, November 1977): a sentence that opens on a time gone
 * by says all its figures of then; on a slide beside "This year … nearly 9 million barrels a day"
 * the cards "2 1/2 million barrels — of oil a day" read as today's (judge21). The time is said on
 * each label ("of oil a day ten years ago"), or the figure has no card when the label would run
 * past seven words. English.
 */
const OPENING_AGO =
  /^[\s"“]*(?:(?:and|but|so|just)\s+)?((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|a|an|\p{Nd}{1,3})\s+)(?:years?|decades?|months?|weeks?|generations?|centur(?:y|ies))\s+ago)\s*,/iu;

/** The time gone by its sentence opens on ("ten years ago"), lower-cased, or ''. */
export function openingAgo(sentence: string): string {
  const m = OPENING_AGO.exec(sentence);
  return m ? m[1]!.replace(/\s+/gu, ' ').toLowerCase() : '';
}

/** A label with the time gone by its sentence opens on (see above); '' when too long; as is when none. */
export function withOpeningAgo(sentence: string, label: string): string {
  const ago = openingAgo(sentence);
  if (!ago || !label || label.toLowerCase().includes(ago)) return label;
  const joined = `${label} ${ago}`;
  return joined.split(/\s+/u).length <= 7 ? joined : '';
}
