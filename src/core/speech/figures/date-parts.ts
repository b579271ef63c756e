/**
 * Numbers that are part of a date or of a larger number, never a figure of their own (numbers.ts
 * gives them their kind; judge16):
 * - Days said together before one month: "nos próximos dias 24 e 25 de março", "24 and 25 March",
 *   "24. und 25. März", "24 i 25 marca", "3, 4 i 5 lipca", "24.–25. maaliskuuta". Only the last day
 *   stands next to its month, so only it was a date: the first was carded "24 — próximos dias".
 *   The same after a month: "March 24 and 25." ("25" ends the sentence or the date).
 * - A year said in two digits: fi "vuonna 16 aloitettua pk-yritysaloiteohjelmaa" (the year 2016,
 *   carded "16 — aloitettua …"), en "in '16".
 * - A piece of a number said partly in words: sr "milion 59 hiljada 411 mladih" (1,059,411): "59"
 *   or "411" alone is a number nobody said.
 * - A part of a year said as its length: ru "за 10 месяцев текущего года ВВП вырос на 1,7%"
 *   (judge21: carded "10 месяцев — текущего года ВВП"), "in the first 10 months of this year",
 *   "in den ersten 10 Monaten dieses Jahres". January to October is when the other figure was
 *   measured, a date said as a count; no length anyone measured.
 */
import type { Span } from '../segment';
import { MONTHS } from '../structure';

/** What joins days said together: a comma, a dash, "and", "or", "to" in the languages with month names. */
const DAY_JOIN = String.raw`(?:\s*,\s*|\s*[–—-]\s*|\s*&\s*|\s+(?:and|or|to|through|et|ou|au|y|e|ed|o|al|a|und|oder|bis|en|of|tot|och|eller|till|og|til|ja|tai|и|или|по|і|й|та|чи|i|oraz|lub|do|až|ili|in|ali|és|vagy|ve|veya|ile|και|έως|ή)\s+)`;
/** A day of the month as written before its month: "24", "24.", "24th". */
const DAY = String.raw`(?:[1-9]|[12]\d|3[01])(?:\.|st|nd|rd|th|er|º)?`;
/** After a day: more days joined to it, the last one said right before its month. */
const MORE_DAYS = new RegExp(String.raw`^(?:\.|st|nd|rd|th|er|º)?(?:${DAY_JOIN}${DAY}){1,6}`, 'u');
/** The last day of such a list. */
const LAST_DAY = /(\d{1,2})(?:\.|st|nd|rd|th|er|º)?$/u;

/** A month's name before the day: "March 24", "március 24." is a date span ending at the day. */
const AFTER_DATE = new RegExp(String.raw`^\.?${DAY_JOIN}$`, 'u');
/** What may follow a day said after a date: the sentence's or the clause's end, a year, hu "között" or a case ending. */
const DAY_ENDS =
  /^(?:st|nd|rd|th|\.)?(?:\s*$|\s*[,.;:!?)]|,?\s+\d{4}(?!\d)|\s+között|-(?:án|én|ig|tól|től))/u;

/**
 * Whether the number at start…end is a day said with other days before (or after) one month,
 * whose last (first) day `dates` (the text's date spans) already holds.
 */
export function isDayOfList(text: string, start: number, end: number, dates: Span[]): boolean {
  const token = text.slice(start, end);
  if (!/^(?:[1-9]|[12]\d|3[01])$/u.test(token.replace(/^0/u, ''))) return false;
  const more = MORE_DAYS.exec(text.slice(end, end + 80));
  if (more) {
    const last = LAST_DAY.exec(more[0])!;
    const at = end + last.index;
    if (dates.some((d) => d.start <= at && at < d.end)) return true;
  }
  // "March 24 and 25": a day joined to a date that names its month first
  const date = dates.find((d) => d.end <= start && AFTER_DATE.test(text.slice(d.end, start)));
  return (
    !!date &&
    /(?<!\p{Nd})\p{Nd}{1,2}(?:st|nd|rd|th)?$/u.test(text.slice(date.start, date.end)) &&
    DAY_ENDS.test(text.slice(end, end + 12))
  );
}

/** Words before a year: fi "vuonna", "vuoden", "vuodesta", "vuoteen", "vuosina" (2016 said "16"). */
const YEAR_WORD_BEFORE =
  /(?<![\p{L}])(?:vuonna|vuoden|vuodesta|vuoteen|vuodelle|vuodelta|vuosina|vuosien|vuosille|vuosilta)\s+$/iu;
/** "in '16", "class of ’89": an apostrophe for the century. */
const APOSTROPHE_BEFORE = /(?:^|[\s(])['’‘]$/u;
/** What says the number counts or measures something, not a year: "vuoden 16 prosenttia". */
const NOT_A_YEAR = /^\s*(?:%|％|prosent|miljoon|miljard|tuhat|tuhatta|euro|€|\$)/iu;

/**
 * A name said mid-sentence (a capitalised word after a lower-case one) right before a two-digit
 * number: "la candidatura olímpica de Barcelona 92 i …", "the Mundial 82 and …" — the event's year,
 * part of its name (judge27: carded "92 — candidatura olímpica de Barcelona").
 */
const EVENT_NAME_BEFORE = /(?<![\p{L}])\p{Ll}+\s+\p{Lu}\p{Ll}{2,}\s$/u;
/**
 * After such a year: the clause goes on (a conjunction, a preposition, a stop), no noun it counts
 * ("des Jahrhunderts 10 Milliarden Einwohner": German capitalises its nouns).
 */
const NAME_GOES_ON =
  /^(?:\s*$|\s*[,;:.!?)]|\s+(?:i|y|e|et|and|o|ou|or|de|del|dels|du|da|do|di|of|per|pour|para|for|amb|con|with|en|in|a|al|à)(?![\p{L}]))/u;

/** Whether the two-digit number at start…end is a year said in two digits. */
export function isShortYear(text: string, start: number, end: number): boolean {
  if (!/^\d{2}$/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 12);
  if (NOT_A_YEAR.test(after)) return false;
  return (
    YEAR_WORD_BEFORE.test(before) ||
    (APOSTROPHE_BEFORE.test(before) && !/^[\p{L}\p{Nd}]/u.test(after)) ||
    (EVENT_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && NAME_GOES_ON.test(after))
  );
}

/**
 * Scale words of the languages that mix them with digits in one number ("milion 59 hiljada 411",
 * "2 miliona 300 hiljada"): thousand and million in their cases.
 */
const SCALE = String.raw`(?:hiljad\p{L}*|tisuć\p{L}*|tisoč\p{L}*|tysiąc\p{L}*|tysięcy|tisíc\p{L}*|тисяч\p{L}*|тысяч\p{L}*|хиляд\p{L}*|хиљад\p{L}*|илјад\p{L}*|milion\p{L}*|milión\p{L}*|milijon\p{L}*|milijun\p{L}*|мільйон\p{L}*|миллион\p{L}*|милион\p{L}*|милијон\p{L}*)`;
/** Right before a number: a scale word that is not the end of a number before it ("milion 59…"). */
const SCALE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${SCALE}\s+$`, 'iu');
/** Right after: a scale word and then digits ("59 hiljada 411"). */
const SCALE_THEN_DIGITS = new RegExp(String.raw`^\s+${SCALE}\s+\p{Nd}`, 'iu');

/**
 * Whether the number at start…end is a piece of one number said partly in words: after a scale
 * word ("milion 59", "hiljada 411") or before a scale word followed by more digits ("2 miliona 300
 * hiljada"). Either piece alone is a number the speech did not say.
 */
export function isPieceOfNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 24);
  return SCALE_BEFORE.test(before) || SCALE_THEN_DIGITS.test(after);
}

/** The thousand words of `SCALE` (the rest are millions): what a compound number's scale is worth. */
const THOUSAND = /^(?:hiljad|tisuć|tisoč|tysiąc|tysięc|tisíc|тисяч|тысяч|хиляд|хиљад|илјад)/iu;
/** A scale word and then one to three digits that end the number ("тисяч 500", "hiljada 411"). */
const SCALE_THEN_REST = new RegExp(
  String.raw`^\s+(${SCALE})\s+\p{Nd}{1,3}(?![\p{Nd}.,\u00A0\u202F\u2009]\p{Nd})`,
  'iu',
);
/** After the compound: no further scale word and no further digits ("2 miliona 300 hiljada"). */
const MORE_OF_NUMBER = new RegExp(
  String.raw`^(?:\s+${SCALE}(?![\p{L}])|[\s.,\u00A0\u202F\u2009]?\p{Nd})`,
  'iu',
);

/**
 * Where a number said with digits, a scale word and digits ends: uk "6 тисяч 500 гривень"
 * (6,500 hryvnias, Zelensky, 17 April 2022), ru "3 тысячи 200 рублей", sr "59 hiljada 411". The
 * whole is one number the speech said, in its own words; either piece alone is one it did not
 * (judge24: "6" and "500" were read as names and the sum never reached the screen). 0 when the
 * number at start…end opens no such compound: one to three digits, no scale word before it (a
 * piece of "milion 59 hiljada 411", which starts in words), nothing of the number after it.
 */
export function compoundNumberEnd(text: string, start: number, end: number): number {
  if (!/^\p{Nd}{1,3}$/u.test(text.slice(start, end))) return 0;
  if (SCALE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return 0;
  const m = SCALE_THEN_REST.exec(text.slice(end, end + 40));
  if (!m) return 0;
  const at = end + m[0].length;
  return MORE_OF_NUMBER.test(text.slice(at, at + 24)) ? 0 : at;
}

/** What a compound number (`compoundNumberEnd`) is worth: "6 тисяч 500" is 6500; NaN for no compound. */
export function compoundValue(token: string): number {
  const m = /^(\p{Nd}{1,3})\s+(\p{L}+)\s+(\p{Nd}{1,3})$/u.exec(token);
  if (!m) return NaN;
  return Number(m[1]) * (THOUSAND.test(m[2]!) ? 1e3 : 1e6) + Number(m[3]);
}

/**
 * A day of the month said without the month's name next to it (judge19: "hasta el próximo día 31
 * de este mes de enero" carded "31 — de este mes de enero"): "día 31", "dia 31", "giorno 31" before
 * a clause mark or a preposition; "31 de este (mismo) mes", "le 31 de ce mois", "il 31 di questo
 * mese", "am 31. dieses Monats", "31 числа". The day is a date, never a count.
 */
const DAY_WORD_BEFORE = /(?<![\p{L}])(?:d[ií]a|giorno|jour)\s+$/iu;
/** After "día 31": the clause's end or a preposition, not a counted noun ("cada día 20 personas"). */
const AFTER_DAY_WORD =
  /^(?:\s*$|\s*[,.;:!?)]|\s+(?:de|del|di|da|do|du|y|e|et|o|ou|al|a|à|hasta|até|fino|jusqu)(?![\p{L}]))/iu;
/** After the day: "of this month" in the languages that say it so. */
const MONTH_OF = String.raw`\.?\s+(?:(?:de|del|di|du|do|da|dello|della|of)\s+|deste\s+|desse\s+|dieses\s+|des\s+|diesen\s+)(?:(?:este|ese|esse|aquel|ce|cet|questo|quel|this|next|last|the|presente|corriente|mismo|même|current|same|laufenden|kommenden|nächsten)\s+){0,3}(?:mes|mês|mois|mese|monats|month)(?![\p{L}'’])(?:\s+(?:de|di|of)\s+${MONTHS}(?![\p{L}]))?`;
const OF_THIS_MONTH = new RegExp(`^${MONTH_OF}`, 'iu');
/** The rest of "31 de este mes de enero" after its day's digits, to take out of a label before a figure. */
export function withoutRestOfDay(before: string): string {
  return before.replace(OF_THIS_MONTH, ' ');
}
/** "31 числа", "31-го числа": the Russian and Ukrainian "the 31st (day)". */
const CHISLA = /^(?:[-‐]?го)?\s+числа(?![\p{L}])/iu;

export function isDayOfMonth(text: string, start: number, end: number): boolean {
  if (!/^(?:0?[1-9]|[12]\d|3[01])$/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 60);
  return (
    (DAY_WORD_BEFORE.test(before) && AFTER_DAY_WORD.test(after)) ||
    OF_THIS_MONTH.test(after) ||
    CHISLA.test(after)
  );
}

/** Units a part of a year is said in: months, weeks, days, quarters. */
const PART_UNIT = String.raw`(?:months?|weeks?|days?|quarters?|месяц\p{L}*|недел\p{L}*|дн(?:я|ей)|квартал\p{L}*|місяц\p{L}*|тиж(?:ні|нів)|днів|Monate[n]?|Wochen|Tage[n]?|Quartale[n]?|mois|semaines|jours|trimestres|meses|semanas|días|dias|trimestres|mesi|settimane|giorni|trimestri|miesięcy|miesiące|tygodni|dni|kwartał\p{L}*|maanden|weken|dagen|kwartalen)`;
const YEAR_DIGITS = String.raw`(?:19|20)\d\d`;
/** "of this year", "текущего года", "2018 года", "dieses Jahres", "de cette année", "del año": the year a part is of. */
const OF_THE_YEAR = String.raw`(?:of\s+(?:(?:this|the|last|the\s+current|the\s+present|the\s+fiscal)\s+year|${YEAR_DIGITS})|(?:текущего|этого|нынешнего|прошлого|уходящего|минувшего|позапрошлого)\s+года|${YEAR_DIGITS}\s+(?:года|г\.|року|roku|r\.)|(?:поточного|цього|минулого|нинішнього)\s+року|(?:dieses|des(?:\s+(?:laufenden|vergangenen|letzten|vorigen))?)\s+Jahres|de\s+(?:cette\s+année|l['’]année|${YEAR_DIGITS})|de(?:l)?\s+(?:(?:este|presente)\s+)?año|(?:deste|do)\s+ano|di\s+quest['’]anno|dell['’]anno|(?:tego|bieżącego|ubiegłego|zeszłego)\s+roku|van\s+(?:dit|het|vorig)\s+jaar|van\s+${YEAR_DIGITS})`;
const PART_OF_YEAR = new RegExp(String.raw`^\s+${PART_UNIT}\s+${OF_THE_YEAR}(?![\p{L}\p{Nd}])`, 'iu');

/**
 * What opens such a part: "the first", "the past", "за", "за первые", "in den ersten", "les premiers";
 * without it "300 days of the year" may be how often (the sun shines 300 days of the year).
 */
const PART_OPEN =
  /(?<![\p{L}])(?:first|past|last|за(?:\s+(?:первые|последние|перші|останні))?|первые|перші|в\s+течение|ersten|premiers|primeros|primeiros|primi|pierwszych|eerste)\s+$/iu;

/**
 * Where a part of a year said as its length ends ("10 months of this year": after "year"), when the
 * number at start…end opens one; 0 when it does not. The whole phrase is the date: no label of
 * another figure starts inside it ("1,7% — месяцев текущего года ВВП").
 */
export function partOfYearEnd(text: string, start: number, end: number): number {
  if (!PART_OPEN.test(text.slice(Math.max(0, start - 24), start))) return 0;
  const m = PART_OF_YEAR.exec(text.slice(end, end + 60));
  return m ? end + m[0].length : 0;
}
