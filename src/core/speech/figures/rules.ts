/**
 * Our own figure rules, for what the recogniser lacks: Russian and Arabic scales and currencies,
 * percent words it misses ("porciento", "per cent" after a space-grouped number), multipliers
 * ("10x", "3-fold", "в 3 раза"), Chinese counts with a measure word ("421家"), and ranks
 * ("second in the world", "world's largest", "世界第二"). Each rule matches at a number token.
 */
import { PEOPLE_GENITIVE, type Span } from '../segment';
import { MORE_AREA, MORE_CURRENCIES, MORE_PERCENTS, MORE_SCALE_ABBR, MORE_SCALES } from './units-more';

export type RuleKind =
  'percentage' | 'currency' | 'scaled' | 'multiplier' | 'temperature' | 'dimension' | 'count';

/**
 * The same scales in Bengali (কোটি crore, লাখ/লক্ষ lakh, হাজার thousand) and Malayalam (കോടി,
 * ലക്ഷം): "১৩০ কোটি দেশবাসীর" was "১৩০ — কোটি দেশবাসীর…", 130 on the card and the crore in its
 * label (judge37, Modi's Mann Ki Baat in Bengali).
 */
const BENGALI_MALAYALAM_SCALE = String.raw`কোটি|লাখ|লক্ষ|হাজার|കോടി|ലക്ഷം`;
/**
 * Indian numbering: लाख (100,000) and करोड़ (10 million), and हज़ार (thousand), in Hindi ("40 लाख",
 * "साढ़े तीन करोड़") and in English from India ("40 lakh", "3.5 crore"): scales, not currencies.
 */
export const HINDI_SCALE = String.raw`(?:लाख|करो(?:\u095C|ड\u093C)|ह(?:\u095B|ज\u093C?)ार|${BENGALI_MALAYALAM_SCALE})(?![\p{L}\p{M}])`;
export const SCALE_WORD = String.raw`(?:trillions?|billions?|millions?|thousand|триллион\p{L}*|миллиард\p{L}*|миллион\p{L}*|тысяч\p{L}*|تريليونات|تريليون|ترليون|مليارات|مليار|ملايين|مليون|آلاف|ألف|millones|millón|mil\s+millones|billones|mil\s+milhões|milhões|milhão|biliões|bilhões|bilhão|milliards?|millions?|mille|lakhs?|crores?|${HINDI_SCALE}|${MORE_SCALES}|万亿|亿|万|千)`;
/** Abbreviated scales, which may carry their own dot ("5 млрд. рублей", "3 bn."). */
const SCALE_ABBR = String.raw`(?:bn|mn|tn|k|трлн|млрд|млн|тыс|${MORE_SCALE_ABBR})`;
/** A scale word; only an abbreviation takes a dot (see `SENTENCE_END` for the full stop). */
const SCALE = String.raw`(?:${SCALE_WORD}|${SCALE_ABBR}\.?)`;
/** "三十多万", "50余亿": a Chinese "and more" between a number and its scale stays in the figure. */
const MORE = '(?:多|余)?';
/**
 * An abbreviation's dot that is also the full stop ending the sentence ("5 млн." then a capital
 * or the end): the sentence's, not the figure's.
 */
const SENTENCE_END = /^\s*(?:$|\p{Lu})/u;
/**
 * Currency words, said after a number in digits ("40 рублей", "$5 billion dollars") or in words
 * ("eight billion dollars", "drie miljard euro"; spelled.ts): the one list of the figure rules.
 */
export const CURRENCY_WORD = String.raw`(?:рубл\p{L}*|руб\.?|доллар\p{L}*|евро|тенге|юан\p{L}*|сом\p{L}*|манат\p{L}*|гривн\p{L}*|дирхам\p{L}*|دولار(?:اً|ا)?|دولارات|ريال(?:اً|ا)?|درهم|دراهم|جنيه(?:اً|ا)?|دينار(?:اً|ا)?|يورو|يوان|ليرة|RMB|CNY|USD|EUR|GBP|JPY|INR|CHF|yuan|renminbi|U\.S\.\s+dollars?|dollars?|dólar(?:es)?|euros?|pounds?(?:\s+sterling)?|rupees?|yen|francs?|pesos?|reais|libras|rubles?|roubles?|gulden|元|美元|欧元|人民币|${MORE_CURRENCIES})`;
const PRE_CURRENCY = String.raw`(?:US\$|A\$|C\$|HK\$|NZ\$|R\$|S\$|Rs\.?\s?|₹\s?|\$|€|£|¥|₽|₸|₩|₺|₦|₱|฿|₫|₴|RMB\s?|USD\s?|EUR\s?)`;
const PERCENT = String.raw`(?:\s?(?:%|％|٪)|\s(?:${MORE_PERCENTS}|per\s?cent|percent|por\s?ciento|porciento|pour\s?cent|prozent|per\s?cento|procent|процент\p{L}*|проц\.|بالمئة|بالمائة|في\s+المئة|في\s+المائة)|个百分点|百分点)`;

/**
 * A percent said before its number: Turkish "yüzde 50" (and "binde 5", per mille), and the sign
 * glued before the digits as Turkish prints it ("%50", "%4,5"), after a space or at the start.
 */
export const PERCENT_BEFORE = String.raw`(?:(?<![\p{L}])(?:yüzde|binde)\s+|(?<![^\s(])[%٪])`;
/**
 * Two numbers with the percent said before each, joined as alternatives or a range: Turkish "yüzde
 * 50 veya yüzde 100", "yüzde 50 ile yüzde 100 arasında", "yüzde 4 ila 5", "%4-4,5". The text from
 * the first number to the second (index.ts reads the pair as one figure: either alone drops the
 * other, "100 — artırılması" dropped the 50, judge31).
 */
export const PREFIXED_PAIR_JOIN = new RegExp(
  String.raw`^(?:\s+(?:ve|veya|yahut|ya\s+da|ile|ila)\s+(?:${PERCENT_BEFORE})?|\s?[-–]\s?(?:${PERCENT_BEFORE})?)$`,
  'iu',
);

/** One word of a unit or a scale alone ("миллиардов", "рублей", "percent", "dollars", "тонн"): no title's topic. */
export const UNIT_WORDS = new RegExp(
  String.raw`^(?:${SCALE_WORD}|${SCALE_ABBR}|${CURRENCY_WORD}|${MORE_AREA}|километр\p{L}*|kilomet\p{L}*|per|cent|percent|процент\p{L}*|por|ciento|pour|hundreds?|thousands|сотн\p{L}*)$`,
  'iu',
);

/** A rule: the text it matches must start at the number (after an optional prefix). */
interface Rule {
  kind: RuleKind;
  /** Matched right after the number token. */
  after?: RegExp;
  /** Matched right before the number token (currency signs). */
  before?: RegExp;
}

/** Whose currency, said between the number and the currency word ("2 billion U.S. dollars"). */
const CURRENCY_OF = String.raw`(?:(?:U\.S\.|US|U\.K\.|UK|American|Canadian|Australian|Hong\s+Kong|Singapore|New\s+Zealand)\s+)?`;

const RULES: Rule[] = [
  // a sign may run on into Chinese or Japanese ("30%左右"); a percent word must end as a word
  {
    kind: 'percentage',
    after: new RegExp(
      `^(?:\\s?[%％٪](?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Arabic}])|${PERCENT}(?![\\p{L}]))`,
      'iu',
    ),
  },
  // Turkish says the percent before the number, as a word or a sign ("bütçesinin yüzde 50 veya
  // yüzde 100 artırılması", "%50"): "100 — artırılması" showed a percent as a count (judge31)
  { kind: 'percentage', before: new RegExp(`${PERCENT_BEFORE}$`, 'iu') },
  {
    kind: 'currency',
    after: new RegExp(
      String.raw`^\s?${MORE}${SCALE}(?:\s+(?:de\s+)?${CURRENCY_OF}${CURRENCY_WORD})(?![\p{L}])`,
      'iu',
    ),
  },
  { kind: 'currency', after: new RegExp(String.raw`^\s?${CURRENCY_OF}${CURRENCY_WORD}(?![\p{L}])`, 'iu') },
  {
    kind: 'currency',
    before: new RegExp(`${PRE_CURRENCY}$`, 'u'),
    after: new RegExp(String.raw`^(?:\s?${SCALE}(?![\p{L}]))?`, 'iu'),
  },
  // "10 milionów ha": a scale and a unit of area or weight (units-more.ts)
  { kind: 'dimension', after: new RegExp(String.raw`^\s?${SCALE}\s+(?:${MORE_AREA})(?![\p{L}])`, 'iu') },
  { kind: 'scaled', after: new RegExp(String.raw`^\s?${MORE}${SCALE}(?![\p{L}])`, 'iu') },
  { kind: 'multiplier', after: /^(?:\s?[x×](?![\p{L}\d])|[-‐]fold\b|\s(?:times|раза?|مرات|أضعاف|倍))/iu },
  { kind: 'multiplier', before: /(?:в|в\s+более\s+чем\s+в)\s$/u, after: /^\s(?:раза?|раз)(?!\p{L})/u },
  {
    kind: 'temperature',
    after: /^\s?(?:°\s?[CF]?|degrees?(?:\s(?:Celsius|Fahrenheit))?|градус\p{L}*|درجات?)(?![\p{L}])/iu,
  },
  // (Swedish, Danish, Norwegian, Finnish tonnes: "738 000 ton koldioxidekvivalenter" was carded
  // "738 000 — ton koldioxidekvivalenter år", the unit in the label, judge31)
  {
    kind: 'dimension',
    after:
      /^\s?(?:km²?|кв\.\s?км|км|тонн\p{L}*|т\.|ton|tonn|tonnia|гектар\p{L}*|га|ГВт|МВт|кВт|kilomet\p{L}*|километр\p{L}*|كيلومتر|كم|طن|هكتار|公里|千米|吨|公顷|千瓦|GW|MW|TWh|GWh)(?![\p{L}])/u,
  },
  { kind: 'count', after: /^(?:多|余)?(?:家|个|座|名|人|项|所|台|辆|条|种|款|位|次|户|亩|艘|架)/u },
];

const CURRENCY_BEFORE = new RegExp(`${PRE_CURRENCY}$`, 'u');
/**
 * A rate that belongs to the figure: "US$40 million a year", "$3,000 per pair", "3 руб. в день", a
 * price by its unit ("$5 a gallon", "$30 a barrel": "$5" alone is no price of anything).
 */
const RATE =
  /^\s(?:a|per|each|every)\s(?:year|annum|month|week|day|hour|person|capita|head|household)\b|^\s(?:a|an)\s(?:gallon|barrel|litre|liter|pound|kilo|kilogram|ton|tonne|ounce|bushel|dozen|share|ticket|pack|packet|gram|mile|kilowatt-hour)(?![\p{L}-])|^\sper\s\p{Ll}{3,}(?![\p{L}-])|^\s(?:al|por)\s(?:año|mes|día)\b|^\s(?:в|за)\s(?:год|месяц|день)(?!\p{L})|^\s(?:سنويا|سنوياً|شهريا|شهرياً)/iu;

/** Where money's rates end ("40 cents per person per week": a rate may follow a rate). */
export function withRate(text: string, end: number): number {
  for (let rate = RATE.exec(text.slice(end, end + 24)); rate; rate = RATE.exec(text.slice(end, end + 24)))
    end += rate[0].length;
  return end;
}

function sign(kind: RuleKind, hasSign: boolean): RuleKind {
  return kind === 'scaled' && hasSign ? 'currency' : kind;
}

export interface RuleHit extends Span {
  kind: RuleKind;
}

/** The rule that matches at a number token, with the full figure span. */
export function ruleAt(text: string, token: Span): RuleHit | null {
  const head = text.slice(Math.max(0, token.start - 16), token.start);
  const tail = text.slice(token.end, token.end + 40);
  for (const rule of RULES) {
    const b = rule.before ? rule.before.exec(head) : null;
    if (rule.before && !b) continue;
    const a = rule.after ? rule.after.exec(tail) : null;
    if (rule.after && !a) continue;
    let start = token.start - (b ? b[0].length : 0);
    let end = token.end + (a ? a[0].length : 0);
    // ("100 tys. Polaków": the dot of a scale before the people it counts is the abbreviation's, segment.ts)
    if (
      text[end - 1] === '.' &&
      end > token.end &&
      SENTENCE_END.test(text.slice(end)) &&
      !PEOPLE_GENITIVE.test(text.slice(end))
    )
      end--;
    if (rule.kind === 'currency' || rule.kind === 'scaled') {
      const sign = !b && CURRENCY_BEFORE.exec(head);
      if (sign) start -= sign[0].length;
      end = withRate(text, end);
    }
    return { kind: sign(rule.kind, !!b || text.slice(start, token.start).length > 0), start, end };
  }
  return null;
}

const RANKS: RegExp[] = [
  /\b(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))[- ](?:largest|biggest|highest|fastest|strongest|richest|most\s+\p{L}+)|world's\s(?:largest|biggest|highest|fastest|strongest|first)|(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s(?:in\s(?:the\s)?world|globally|worldwide))\b/giu,
  /(?:перв|втор|трет|четв[её]рт|пят)\p{L}*\s(?:мест\p{L}*\s(?:в\sмире|по\s\p{L}+)|в\sмире|по\sвеличине\sв\sмире)/giu,
  /(?:全球|世界|全国)(?:第[一二三四五六七八九十\d]+|最大|最高|首位)/gu,
  /\b(?:(?:primer|segund|tercer)[oa]?\s(?:del\smundo|a\snivel\smundial)|(?:el|la)\smayor\s\p{L}+\sdel\smundo)\b/giu,
  /(?:الأول|الثاني|الثالث|الأكبر|الأعلى)[ةى]?\s(?:عالمياً|عالميا|في\sالعالم)/gu,
];

/** Ranks with a meaning ("second in the world", "world's largest"), as spans. */
export function rankSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const re of RANKS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
