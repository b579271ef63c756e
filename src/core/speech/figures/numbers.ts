/**
 * Numbers as whole tokens, and what each one is. A figure can only be built from a token whose
 * kind is `number`: thousands groups (spaces, thin spaces, commas, dots) stay whole; digits glued
 * to a word (COVID-19, 5G, G20, H1N1) are names; times of day, dates, years, ordinals and
 * references ("Article 5", "Goal 3") are not figures by themselves.
 */
import { dateOrTimeMatches } from '../structure';
import type { Span } from '../segment';
import { insertedArticle, namesNextOfList, numbersWhatFollows } from './identifier';
import {
  compoundNumberEnd,
  compoundValue,
  isDayOfList,
  isDayOfMonth,
  isPieceOfNumber,
  isShortYear,
  partOfYearEnd,
} from './date-parts';
import { isPrisonTerm, namesDay, opensTimeFrame, saysAgo, splitByMiddleDot } from './time-ref';
import { isRadius } from './where';
import { CURRENCY_WORD, SCALE_WORD } from './rules';

/** A scale or a currency said right after a number: "1030 milhões", "1500 миллионов", "2000 euros". */
const SCALE_AFTER = new RegExp(
  String.raw`^\s?(?:(?:${SCALE_WORD}|${CURRENCY_WORD}|million(?:en|i)|millon(?:es)?|evr\p{L}*|eur)(?![\p{L}])|[€$£])`,
  'iu',
);

/**
 * (`term`: one person's prison sentence, "zu 22 Jahren Straflager verurteilt": time-ref.ts; `place`:
 * a radius round a place, "binnen een straal van 1 kilometer van Chemours": where.ts)
 */
export type NumberKind =
  'number' | 'name' | 'time' | 'date' | 'year' | 'ordinal' | 'reference' | 'term' | 'place';

export interface NumberToken extends Span {
  kind: NumberKind;
}

const D = String.raw`\p{Nd}`;
/** Fraction glyphs, and what each is worth. */
const GLYPHS: Readonly<Record<string, number>> = {
  '½': 1 / 2,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};
/**
 * The fraction of a mixed number, said right after its whole part: "6 1/2 percent", "$2 4/10
 * billion", "6½". The number is the whole and the fraction together: either alone is a number
 * nobody said ("6", "2 percent").
 */
const MIXED = String.raw`(?:[ \u00A0\u202F][1-9]\d?\/[1-9]\d?(?![\d/])|[${Object.keys(GLYPHS).join('')}])`;
/** Space-grouped (350 000, 350 000), comma/dot/apostrophe-grouped (1,200,000 · 3.000 · 1'000), plain; optional decimals or a fraction. */
const TOKEN = new RegExp(
  String.raw`(?<![${D}])(?:${D}{1,3}(?:[ \u00A0\u202F\u2009]${D}{3})+(?![${D}])|${D}{1,3}(?:([,.'’٬])${D}{3})(?:\1${D}{3})*(?![${D}])|${D}+)(?:[.,٫]${D}+(?![${D}])|${MIXED})?`,
  'gu',
);
/** A mixed number's fraction as it ends its token: numerator, denominator (or a glyph). */
const FRACTION_END = /(?:[ \u00A0\u202F](\d+)\/(\d+)|(\p{No}))$/u;

/**
 * Where a token's fraction is no fraction of it: "1 3/2" (a numerator as large as its denominator
 * reads as a date or a score), or a year before it ("in 1976 3/4 of them"). The token then ends at
 * its whole part, and the slash keeps the rest out of every figure.
 */
function fractionEnd(token: string): number {
  const m = FRACTION_END.exec(token);
  if (!m || m[3]) return token.length;
  const whole = token.slice(0, m.index);
  return Number(m[1]) >= Number(m[2]) || /^(?:1[0-9]|20)\d\d$/u.test(whole) ? m.index : token.length;
}

/** A token's decimals: a comma, a point or an Arabic decimal mark, then anything but three digits. */
const DECIMAL_END = /[.,٫](\p{Nd}{1,2}|\p{Nd}{4,})$/u;

/** What a number token is worth: groups read whole, decimals (a point or a comma) and fractions. */
export function tokenValue(token: string): number {
  // ("6 тисяч 500": a number said with digits, a scale word and digits, date-parts.ts)
  if (/\p{L}/u.test(token)) return compoundValue(token);
  const m = FRACTION_END.exec(token);
  const fraction = !m ? 0 : m[3] ? (GLYPHS[m[3]] ?? 0) : Number(m[1]) / Number(m[2]);
  // "1,5 milyarlık", "4,5", "1.234,5": a comma (or a dot) before anything but a group of three
  // digits is the decimal mark, never a thousands group ("1,5" was worth 15, a count, judge31)
  const decimal = !m ? DECIMAL_END.exec(token) : null;
  if (decimal) return tokenValue(token.slice(0, decimal.index)) + Number(`0.${decimal[1]}`);
  const whole = (m ? token.slice(0, m.index) : token)
    .replace(/[\s\u00A0\u202F\u2009,'’٬]/gu, '')
    .replace(/[.٫](?=\d{3}$)/u, '');
  return Number(whole) + fraction;
}

/** Suffixes a figure may carry glued to its digits (units, scales, multipliers, ordinals, decades). */
const GLUED_OK =
  /^(?:x|×|%|％|٪|k|K|m|M|bn|mn|tn|km²?|km2|m²|m2|kg|mg|g|t|l|L|ml|mm|cm|kW|MW|GW|TW|kWh|MWh|GWh|TWh|GB|TB|PB|MB|Gbps|Mbps|ha|°|h|s|st|nd|rd|th|er|e|ème|º|ª|-?й|-?я|-?е|-?го|-?х|万|亿|千|百|年|月|日|倍|个|家|元|名|人|号)(?![\p{L}\p{Nd}])/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|er|e|ème|º|ª|-?й|-?я|-?е|-?го|-?х)(?!\p{L})/u;
const REFERENCE_BEFORE =
  /(?:^|[\s(])(?:article|art\.|section|sec\.|chapter|paragraph|para\.|resolution|goal|sdg|page|p\.|figure|fig\.|table|item|number|no\.|nr\.|#|room|flight|route|apollo|level|phase|round|grade|version|v\.?|vol\.|volume|part|rule|step|stage|session|cop|top|psalm|psalms|verse|статья|статьи|пункт|глава|раздел|номер|№|المادة|الفقرة|البند|artículo|capítulo|apartado|objetivo|número|núm\.|art\.)\s*$/iu;

/** An anniversary named before its number (Arabic: الذكرى / العيد / اليوبيل, "the N-th"). */
const ANNIVERSARY_BEFORE =
  /(?:^|[\s(])(?:[وفبل]?(?:ال|لل)?(?:ذكرى|عيد|يوبيل))(?:\s+(?:ال)?سنوية)?\s+(?:الـ\s*)?$/u;
/** An anniversary named after its number ("el 243 aniversario", "il 70° anniversario", "70. Jahrestag"). */
const ANNIVERSARY_AFTER = /^\s*[.º°]?\s*(?:aniversari|anniversar|aniversári|jahrestag|годовщин)/iu;

/**
 * Hebrew prefixes said before a number with a hyphen ("ב-2019", "ול-60%", "כ-50": in, and to,
 * about) and the Arabic article drawn out by a tatweel ("الـ-19"): words of grammar, no name.
 */
const PREFIX_ONLY = /^(?:[והבכלמש]{1,3}|[وفبلك]?(?:ال|لل)?ـ*)$/u;
/** The letters (and marks) of the word right before a hyphen, which ends `before`; '' when none. */
const HYPHENED_WORD = /([\p{L}\p{M}]+)[-‐]$/u;

/** Whether the word glued by a hyphen before a number, in any script, names it ("COVID-19"). */
function hyphenName(before: string): boolean {
  const word = HYPHENED_WORD.exec(before)?.[1];
  if (!word) return false;
  const letters = word.replace(/[\p{M}\u0640]/gu, '');
  return [...letters].length >= 2 && !PREFIX_ONLY.test(word);
}

/** The letters (and marks) of the word right before a number, glued to it with no space; '' when none. */
const GLUED_WORD = /([\p{L}\p{M}\u0640]+)$/u;
/** Scripts that write their words (or their counters) unspaced, so a digit glued to them still counts. */
export const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}ー々〆]/u;

/** Whether a word of a script that spaces its words is glued, with no space, before a number (see `kindOf`). */
function gluedName(before: string): boolean {
  const word = GLUED_WORD.exec(before)?.[1];
  if (!word) return false;
  const letters = word.replace(/[\p{M}\u0640]/gu, '');
  const last = [...letters].pop();
  return !!last && !UNSPACED.test(last) && !PREFIX_ONLY.test(word);
}

/**
 * A footnote's call in a web copy of a speech: digits glued right after a sentence's stop (and its
 * closing quote), with a new sentence or the end of the text after them — "from 2010 through
 * 2019.3 That's a significant slowing" (footnote 3), "Something Appears to Be Give.\"1", "month.2
 * This". The year before it stays a year ("2019"), the call is no number of anything.
 * A decimal ("2.3 percent", "up 2.3. Then") never has a new sentence right after its digits.
 */
const FOOTNOTE_AFTER = /^(?:\s+["“‘(]?\p{Lu}|\s*$)/u;
/** A sentence's stop (and its closing quote) right after a word: the call glued after it. */
const STOP_BEFORE = /\p{L}[.!?]["”’)]?$/u;
/** A year glued to its call ("2019.3"): the year, its stop, the call's one or two digits. */
const YEAR_THEN_CALL = /^(?:1[5-9]|20)\d\d\.\p{Nd}{1,2}$/u;

/** Whether the digits at start…end are a footnote's call glued after a word's stop (see above). */
function isFootnoteCall(text: string, start: number, end: number): boolean {
  return (
    end - start <= 2 &&
    STOP_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
    FOOTNOTE_AFTER.test(text.slice(end, end + 4))
  );
}

/** Numeric tokens of a text with their kinds. */
export function numberTokens(text: string): NumberToken[] {
  TOKEN.lastIndex = 0;
  let m = TOKEN.exec(text);
  // most sentences say no number: their dates (a long pattern to run) are only read for a kind
  if (!m) return [];
  const dateSpans: Span[] = [];
  for (const d of dateOrTimeMatches(text)) dateSpans.push({ start: d.index, end: d.index + d[0].length });
  const out: NumberToken[] = [];
  for (; m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + fractionEnd(m[0]);
    // (a fraction that is none is read again from its own digits)
    TOKEN.lastIndex = end;
    // "за 10 месяцев текущего года", "the first 10 months of this year": when the other figures
    // were measured, one date with its unit and year, never a length (date-parts.ts)
    // "through 2019.3 That's": the year, then its footnote's call (no decimal anybody said)
    if (YEAR_THEN_CALL.test(text.slice(start, end)) && FOOTNOTE_AFTER.test(text.slice(end, end + 4))) {
      out.push({ start, end: start + 4, kind: kindOf(text, start, start + 4, dateSpans) });
      out.push({ start: start + 5, end, kind: 'name' });
      continue;
    }
    // "6 тисяч 500 гривень": digits, a scale word and digits are one number (date-parts.ts)
    const compound = compoundNumberEnd(text, start, end);
    if (compound) {
      TOKEN.lastIndex = compound;
      out.push({ start, end: compound, kind: kindOf(text, start, compound, dateSpans) });
      continue;
    }
    const part = partOfYearEnd(text, start, end);
    if (part) {
      TOKEN.lastIndex = part;
      out.push({ start, end: part, kind: 'date' });
      continue;
    }
    out.push({ start, end, kind: kindOf(text, start, end, dateSpans) });
  }
  // "Erstmals seit 17 Jahren … 60 Prozent": a length that frames another figure of its sentence
  // says when that one holds (time-ref.ts)
  for (const t of out)
    if (t.kind === 'number' && opensTimeFrame(text, t.start, t.end) && framesAnother(text, t, out))
      t.kind = 'date';
  return out;
}

/** Whether another count of the same sentence stands beside the token (no stop between them). */
function framesAnother(text: string, token: Span, tokens: readonly NumberToken[]): boolean {
  return tokens.some(
    (o) =>
      o !== token &&
      o.kind === 'number' &&
      !/[.!?。！？]\s/u.test(text.slice(Math.min(o.end, token.end), Math.max(o.start, token.start))),
  );
}

function kindOf(text: string, start: number, end: number, dates: Span[]): NumberKind {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 12);
  const token = text.slice(start, end);
  // "9/11", "21 1/2 percent": a number written with a slash is a date or a fraction, whose parts
  // ("11", "2 percent") are numbers nobody said
  if (/\p{Nd}\/$/u.test(before) || /^\/\p{Nd}/u.test(after)) return 'name';
  // "6·15 공동선언": a day written with a middle dot, whose parts ("15") nobody said (time-ref.ts)
  if (splitByMiddleDot(text, start, end)) return 'date';
  // "10.4 남북정상선언", "6.15와 10.4": a day that names a thing; "vor 72 Jahren", "לפני 72 שנה": when
  if (namesDay(text, start, end) || saysAgo(text, start, end)) return 'date';
  if (isPrisonTerm(text, start, end)) return 'term';
  if (isRadius(text, start, end)) return 'place';
  // glued to a word on the left: COVID-19, G20, H1N1, A4, x86 (but not US$40, €5, №5)
  if (
    /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}][-‐_]?$/u.test(before) &&
    !/(?:US|A|C|HK|NZ|R|S)\$$|[\p{Sc}№#]$/u.test(before)
  )
    return 'name';
  // a word of any script joined to the number by a hyphen names it too: "अंडर-21" (the under-21
  // team), "كوفيد-19" (carded "19 — عالمنا رأسا", judge22), "קוביד-19", "โควิด-19", "新冠-19"
  if (hyphenName(before)) return 'name';
  // "डॉ० बाबा साहब अम्बेडकर" (Dr. Babasaheb Ambedkar; also "प्रो०", "ई०"): a digit glued straight to a
  // word of a script that spaces its words is a mark or a name, never a count (carded "० — बाबा साहब
  // अम्बेडकर", judge23); CJK, Hangul and the unspaced scripts glue their counts ("今から７４年前",
  // "약30%"), and a Hebrew or Arabic prefix glued to a number is grammar ("ב2019", "بـ50")
  if (gluedName(before)) return 'name';
  // "through 2019.3 That's", "Give.\"1": a footnote's call glued after a sentence's stop (footnote)
  if (isFootnoteCall(text, start, end)) return 'name';
  if (/^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(after)) {
    if (ORDINAL_SUFFIX.test(after)) return 'ordinal';
    if (!GLUED_OK.test(after)) return 'name';
    if (/^s(?!\p{L})/u.test(after)) return 'date';
  }
  // "a more than 50-year low of 3.4 percent", "the 10-year average", "a 99-year lease": a length
  // made an adjective of the noun after it says which one, never how many (the label was cut to
  // "-year low", judge22)
  if (/^[-‐](?:year|month|week|day|hour|minute|decade|century)[-‐ ](?:old\b[-‐ ]?)?\p{Ll}/u.test(after))
    return 'name';
  if (
    /^[-‐]\p{L}/u.test(after) &&
    !/^[-‐](?:fold|times|year|month|day|week|hour|minute|percent|per|million|billion)/iu.test(after)
  )
    return /^[-‐](?:й|я|е|го|х|th|st|nd|rd)\b/u.test(after) ? 'ordinal' : 'name';
  if (/^[:：]\d{2}/u.test(after) || /\d[:：]$/u.test(before)) return 'time';
  if (dates.some((d) => start >= d.start && end <= d.end)) {
    return /^\s*[ap]\.?\s?m\.?|^[:h]\d/iu.test(after) || /^\d{1,2}[.:]\d{2}$/u.test(token) ? 'time' : 'date';
  }
  if (
    /^\s*[ap]\.?\s?m\.?(?:\s|$|[,.;])|^\s*(?:o'clock|h\b|heures?\b|uhr\b|час|बज(?:े|कर)(?![\p{L}\p{M}]))/iu.test(
      after,
    ) &&
    // ("141 часа и 7 минути", Bulgarian and Russian: past 24 hours, a length, never a time of day)
    !(/^\s*час/iu.test(after) && Number(token) > 24)
  )
    return 'time';
  // "24 e 25 de março", "March 24 and 25": days said with one month (date-parts.ts)
  if (isDayOfList(text, start, end, dates)) return 'date';
  // "hasta el próximo día 31 de este mes de enero", "am 31. dieses Monats" (date-parts.ts)
  if (isDayOfMonth(text, start, end)) return 'date';
  // ("1030 milhões de euros", "1500 миллионов": a number said with its scale or money counts, judge20)
  if (/^(?:1[0-9]|20)\d\d$/u.test(token) && !/^\s?(?:%|％|٪|[x×]\b)/u.test(after) && !SCALE_AFTER.test(after))
    return 'year';
  // "vuonna 16", "in '16": a year said in two digits (date-parts.ts)
  if (isShortYear(text, start, end)) return 'year';
  // "milion 59 hiljada 411": a piece of one number said partly in words is no number (date-parts.ts)
  if (isPieceOfNumber(text, start, end)) return 'name';
  // ("§ 95", "tisku číslo 458", "απόφασή του 3218", "π.δ.31": identifier.ts)
  if (
    REFERENCE_BEFORE.test(before) ||
    numbersWhatFollows(text.slice(Math.max(0, start - 60), start)) ||
    insertedArticle(after) ||
    namesNextOfList(text.slice(0, start), text.slice(end, end + 40))
  )
    return 'reference';
  if (/第\s*$/u.test(before)) return 'ordinal';
  // "نحتفل بالذكرى 243 لإعلان الاستقلال", "el 243 aniversario": the 243rd anniversary, a rank
  // that counts nothing ("243 — لإعلان الاستقلال" read as 243 of something, judge11)
  if (ANNIVERSARY_BEFORE.test(before) || ANNIVERSARY_AFTER.test(after)) return 'ordinal';
  return 'number';
}
