/**
 * Numbers said in words — "seventy-two crimes", "ten million health workers", "one tenth",
 * "quarante heures", "тысяча школ", "تسعة عشر من حلفاء الناتو", "ثلثا تحالفنا", "十万円" — as
 * figure spans. Only what a designer would set large: ten or more (a scale word counts), or a
 * fraction; "one", "two", "three" are words of the sentence, not figures. The words are matched
 * whole, so a span is always exactly what the speaker said.
 */
import type { Span } from '../segment';
import { numberTokens } from './numbers';
import { CURRENCY_WORD } from './rules';
import { opensTimeFrame } from './time-ref';

export interface SpelledHit extends Span {
  kind: 'count' | 'scaled' | 'currency' | 'fraction' | 'percentage';
}

const alt = (words: string) => words.trim().split(/\s+/).join('|');

const EN_UNIT = alt('one two three four five six seven eight nine');
const EN_TEEN = alt('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen');
const EN_TENS = alt('twenty thirty forty fifty sixty seventy eighty ninety');
const EN_SCALE = alt('hundred thousand million billion trillion');
const EN_FRACTION = alt('half third thirds quarter quarters fifth fifths tenth tenths');

/** One to ninety-nine, as words ("seven", "fifteen", "seventy-two"). */
const EN_SMALL = `(?:${EN_TENS})(?:[-‐ ](?:${EN_UNIT}))?|${EN_TEEN}|${EN_UNIT}`;
/**
 * A group with a scale: "a hundred", "twenty-five thousand", "three hundred thousand", the old
 * plural scale ("the eighty millions", Twain 1906: read whole, never "eighty" counting "millions"),
 * a mixed number before its scale ("three and a half million men and women", Eisenhower 1961),
 * and the old scores ("threescore", "four score").
 */
const EN_GROUP = `(?:half\\s+)?(?:a\\s+(?:${EN_SCALE})|(?:${EN_SMALL})\\s+(?:and\\s+a\\s+(?:half|quarter)\\s+)?(?:${EN_SCALE})s?)(?:\\s+(?:${EN_SCALE}))*|(?:${EN_UNIT}|a)[- ]?score`;
/**
 * A number said in words, read whole: groups in a row, then "and" and what is left ("a hundred and
 * fifty", "two thousand and five", "one hundred twenty", "threescore and ten", "four score and
 * seven"). Never across a comma: "a thousand, ten thousand" is two numbers.
 */
const EN_COMPOUND = `(?:${EN_GROUP})(?:\\s+(?:${EN_GROUP}))*(?:\\s+(?:and\\s+)?(?:${EN_SMALL})(?:\\s+(?:${EN_SCALE}))*(?![\\p{L}-]))?`;
/**
 * The low end of a range said before its scale: "three or four million cradles", "two to three
 * thousand": the number is the range, whole; "four million" alone would state what was not said.
 */
const EN_RANGE_HEAD = `(?:(?:${EN_SMALL})\\s+(?:or|to)\\s+(?=(?:${EN_SMALL})\\s+(?:${EN_SCALE})))?`;
/** Any number word, whole (for what a fragment of a longer number looks like). */
const EN_ANY = `(?:${EN_TENS}|${EN_TEEN}|${EN_UNIT}|${EN_SCALE}|\\p{L}*score)`;

/**
 * Dutch and German write a number below a million as one word ("vijfendertig", "driehonderd",
 * "fünfunddreißig", "zweitausend"): its parts, then the scale words said apart ("miljard",
 * "Milliarden"). Ten or more, or a scale; "drie" or "acht" alone is a word of the sentence.
 */
function germanicBig(
  unit: string,
  teen: string,
  tens: string,
  and: string,
  hundred: string,
  thousand: string,
  scale: string,
  tensFirst = false,
): RegExp {
  // (Swedish says the tens first, "tjugofem", where Dutch and German say the unit, "fünfundzwanzig")
  const pair = tensFirst ? `(?:${tens})(?:${unit})` : `(?:${unit})(?:${and})(?:${tens})`;
  const sub100 = `${pair}|${tens}|${teen}|${unit}`;
  const sub1000 = `(?:${unit})?${hundred}(?:${sub100})?|${sub100}`;
  const big = `(?:${sub1000})?${thousand}(?:${sub1000})?|(?:${unit})?${hundred}(?:${sub100})?|${pair}|${tens}|${teen}`;
  return new RegExp(
    String.raw`(?<![\p{L}-])(?:(?:${big})(?:\s+(?:${scale}))?|(?:${sub1000})\s+(?:${scale}))(?![\p{L}-])`,
    'giu',
  );
}
const NL_SCALE = 'miljoen|miljard|biljoen';
const DE_SCALE = 'millionen|million|milliarden|milliarde|billionen|billion';
const SV_SCALE = 'miljoner|miljon|miljarder|miljard';
const SV_UNIT = 'en|ett|två|tre|fyra|fem|sex|sju|åtta|nio';
const SV_TEN = 'tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|aderton|nitton';

/** Per language: numbers of ten or more, and fractions, as whole words. */
const PATTERNS: Record<string, { big: RegExp; fraction?: RegExp; scale: RegExp }> = {
  en: {
    big: new RegExp(
      String.raw`(?<![\p{L}-])(?:${EN_RANGE_HEAD}${EN_COMPOUND}|(?:${EN_TENS})(?:[-‐ ](?:${EN_UNIT}))?|${EN_TEEN}|(?:tens|hundreds|thousands|millions|billions)\s+of)(?![\p{L}-])`,
      'giu',
    ),
    fraction: new RegExp(
      String.raw`(?<![\p{L}-])(?:one|a|two|three|four|nine)[- ](?:${EN_FRACTION})(?![\p{L}-])`,
      'giu',
    ),
    scale: new RegExp(String.raw`(?:${EN_SCALE}|score)`, 'iu'),
  },
  fr: {
    big: /(?<![\p{L}-])(?:dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|quatre-vingts?|cent|cents|mille)(?:[- ](?:et[- ])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|mille|cents?|millions?|milliards?))*(?![\p{L}-])/giu,
    fraction: /(?<![\p{L}-])(?:les deux tiers|un tiers|un quart|trois quarts|la moitié)(?![\p{L}-])/giu,
    scale: /mille|million|milliard/iu,
  },
  es: {
    big: /(?<![\p{L}-])(?:diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veinti\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|trescientos|quinientos|mil)(?:\s+(?:y\s+)?(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|mil|millones|millón))*(?![\p{L}-])/giu,
    fraction: /(?<![\p{L}-])(?:dos tercios|un tercio|un cuarto|tres cuartos|la mitad)(?![\p{L}-])/giu,
    scale: /mil|millon/iu,
  },
  nl: {
    big: germanicBig(
      'één|een|twee|drie|vier|vijf|zes|zeven|acht|negen',
      'tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien',
      'twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig',
      'en|ën',
      'honderd',
      'duizend',
      NL_SCALE,
    ),
    fraction: /(?<![\p{L}-])(?:twee derde|een derde|een kwart|drie kwart|de helft)(?![\p{L}-])/giu,
    scale: new RegExp(NL_SCALE, 'iu'),
  },
  de: {
    big: germanicBig(
      'eine|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun',
      'zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn',
      'zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig',
      'und',
      'hundert',
      'tausend',
      DE_SCALE,
    ),
    fraction: /(?<![\p{L}-])(?:zwei Drittel|ein Drittel|ein Viertel|drei Viertel|die Hälfte)(?![\p{L}-])/giu,
    scale: new RegExp(DE_SCALE, 'iu'),
  },
  // Swedish ("tio statsministrar och sjutton regeringar", Kristersson, 15 September 2023): the
  // words as said; a share said "två av tre" ("Två av tre svenskar är födda efter tronskiftet") is a
  // fraction whose value is those words, never a percentage nobody said
  sv: {
    big: germanicBig(
      SV_UNIT,
      SV_TEN,
      'tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio',
      '',
      'hundra',
      'tusen',
      SV_SCALE,
      true,
    ),
    fraction: new RegExp(
      String.raw`(?<![\p{L}-])(?:(?:${SV_UNIT}|${SV_TEN})\s+av\s+(?:två|tre|fyra|fem|sex|sju|åtta|nio|${SV_TEN})|hälften|(?:en|två)\s+tredjedel(?:ar)?|(?:en|tre)\s+fjärdedel(?:ar)?)(?![\p{L}-])`,
      'giu',
    ),
    scale: new RegExp(SV_SCALE, 'iu'),
  },
  ru: {
    big: /(?<![\p{L}-])(?:десят\p{L}*|одиннадцат\p{L}*|двенадцат\p{L}*|тринадцат\p{L}*|четырнадцат\p{L}*|пятнадцат\p{L}*|шестнадцат\p{L}*|семнадцат\p{L}*|восемнадцат\p{L}*|девятнадцат\p{L}*|двадцат\p{L}*|тридцат\p{L}*|сорок\p{L}*|пятьдесят|пятидесят\p{L}*|шестьдесят|семьдесят|восемьдесят|девяност\p{L}*|сто|ста|сотни|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*)(?:\s+(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*))*(?![\p{L}-])/giu,
    fraction: /(?<![\p{L}-])(?:две трети|треть|четверть|половин\p{L}*)(?![\p{L}-])/giu,
    scale: /тысяч|миллион|миллиард/iu,
  },
  // Ukrainian collective numerals, said of people ("п'ятеро харків'ян", Zelensky, 17 April 2022:
  // five of Kharkiv among the dead): a count of people, five or more; other number words of the
  // sentence stay words ("не на сто, а на двісті відсотків" is a way of speaking)
  uk: {
    big: /(?<![\p{L}'’ʼ-])(?:п['’ʼ]ятеро|шестеро|семеро|восьмеро|дев['’ʼ]ятеро|десятеро)(?![\p{L}'’ʼ-])/giu,
    scale: /(?!)/u,
  },
  ar: {
    big: /(?<![\p{L}])(?:(?:أحد|إحدى|اثنا|اثنتا|ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|تسعة|تسع)\s+عشرة?|عشرة|عشر|عشرون|عشرين|ثلاثون|ثلاثين|أربعون|أربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|ثمانون|ثمانين|تسعون|تسعين|مائة|مئة|مائتان|مئتان|(?:(?:ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|تسعة|تسع)\s+)?(?:آلاف|ملايين|بلايين|مليارات)|ألف|مليون|بليون|مليار)(?:\s+و\s?(?:واحد|اثنان|اثنين|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرون|عشرين|ثلاثون|ثلاثين|أربعون|أربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|ثمانون|ثمانين|تسعون|تسعين|ألف|مليون))*(?![\p{L}])/gu,
    fraction: /(?<![\p{L}])(?:ثلثا|ثلثي|ثلث|ربع|نصف|ثلاثة أرباع)(?![\p{L}])/gu,
    scale: /ألف|آلاف|مليون|ملايين|بليون|بلايين|مليار/u,
  },
};
/**
 * Hindi numbers said with a scale: "नौ करोड़", "पाँच लाख पचास हज़ार", "साढ़े तीन करोड़" (three and a
 * half), "डेढ़ लाख" (one and a half). A bare number word ("दो दिन") is a word of the sentence.
 */
const HI_NUM = alt(`एक दो तीन चार पाँच पांच छह छः सात आठ नौ दस ग्यारह बारह पंद्रह पन्द्रह बीस पच्चीस तीस
  चालीस पचास साठ सत्तर अस्सी नब्बे`);
const HI_SCALE = String.raw`(?:ह(?:\u095B|ज\u093C?)ार|लाख|करो(?:\u095C|ड\u093C))`;
const HI_HALF = String.raw`सा(?:\u095D|ढ\u093C?)े|सवा|पौने`;
const HI_GROUP = String.raw`(?:(?:(?:${HI_HALF})\s+)?(?:${HI_NUM})(?:\s+सौ)?|डे(?:\u095D|ढ\u093C?)|ढाई)\s+${HI_SCALE}`;
PATTERNS.hi = {
  big: new RegExp(String.raw`(?<![\p{L}\p{M}])${HI_GROUP}(?:\s+${HI_GROUP})*(?![\p{L}\p{M}])`, 'gu'),
  scale: new RegExp(HI_SCALE, 'u'),
};
/**
 * Han numerals with a scale or a currency ("十万円", "三亿元"); dates (年月日) never match. A scaled
 * numeral glued to 総 ("all", "the whole") is the nation said as one — 一億総活躍 ("all hundred
 * million active", the government's slogan, carded "一億 — 総活躍の新たな国づくり", judge22),
 * 一億総中流 — a name, never a count of anything. A
 * classifier ("个", "名", "家") is no part of the value: "千百万个" shows a unit with no noun. Never
 * a piece of a longer numeral: "数十万" is read whole (a bare plural, no figure), never "十万".
 */
const HAN =
  /(?<![一二三四五六七八九十两百千数几])(?:(?:[数几])?[一二三四五六七八九十两百千]+(?:数[十百千]?)?[万亿億](?![総總])[円元人]?|[一二三四五六七八九十两百千]*[十百千][一二三四五六七八九]?[円元](?![\p{Script=Han}]?[年月日]))/gu;

/**
 * Japanese percentages in Han numerals, the point written "・" ("三％", "名目六・四％", "〇・七％",
 * judge17): read whole, never "四％" of "六・四％". A rate is said nominal or real (名目/実質) before
 * it; the value keeps that word, so "名目で六・四％" and "実質で二・五％" never read as the same kind.
 */
const HAN_PERCENT =
  /(?<![〇零一二三四五六七八九十百千万・．.\p{Nd}])[〇零一二三四五六七八九十百]+(?:[・．][〇零一二三四五六七八九]+)?(?:[％%]|パーセント)/gu;
const JA_RATE_KIND = /(?:名目|実質)(?:で)?$/u;

/** Follow-ups that make a number a point in time, not a quantity ("eighty years ago"). */
const NOT_A_QUANTITY =
  /^\s+(?:\p{L}+\s+)?(?:ago|later|earlier|from now|old|назад|спустя|тому|مضت|خلت)(?!\p{L})|^\s*[-‐]\s*(?:year|month|day)-old/iu;

/**
 * An Arabic ordinal of the teens, "الحادية عشرة" (the eleventh), "الثالث عشر" (the thirteenth): its
 * second word is the cardinal "عشرة"/"عشر" (ten), which is never a figure there.
 */
const AR_ORDINAL_HEAD =
  /(?<![\p{L}])(?:ال)?(?:حادي|حادية|ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|سابع|سابعة|ثامن|ثامنة|تاسع|تاسعة)\s+$/u;

/**
 * "a third change", "a half hour", "a quarter century": a singular fraction word before a noun is
 * an ordinal or a measure of time, not a share of something ("a third of", "by a third", "a third
 * more" are shares).
 */
const ORDINAL_USE =
  /^(?:a|one)[- ](?:half|third|quarter|fifth|tenth)\s+(?!(?:of|more|less|fewer|as|than|and|or|to|in|on|by|for|from|larger|smaller|higher|lower|bigger)\b)\p{L}/iu;
/**
 * "a third and fourth signal for water": a fraction word paired with an ordinal before a noun is
 * an ordinal too (the third signal), never a share ("a third and more of the ignorance" is one).
 */
const ORDINAL_PAIR =
  /^(?:a|one)[- ](?:third|fourth|fifth|tenth)\s+(?:and|or)\s+(?:the\s+|a\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+(?!(?:of|more|less)\b)\p{L}/iu;

/**
 * "a column and a quarter of names" (Twain, 1906: carded "a quarter — of names"), "an hour and a
 * half", "a mile and a quarter": the fraction ends a mixed measure — one and a quarter columns — and
 * is no share of anything; "a half" after "a <noun> and" always is one ("a day and a half", "over
 * the last year and a half"), a
 * third or a quarter only after a measure ("a disaster and a third of the village" is a share).
 */
const MIXED_HALF = /(?<![\p{L}])(?:a|an|one|the)\s+(?:\p{L}+\s+)?\p{L}+\s+and\s+$/iu;
const MIXED_MEASURE =
  /(?<![\p{L}])(?:a|an|one)\s+(?:\p{L}+\s+)?(?:hour|day|week|month|year|decade|century|minute|mile|inch|foot|yard|pound|ton|column|page|cup|dozen|acre|gallon|lap|length|point|block)\s+and\s+$/iu;
function endsMixedMeasure(sentence: string, start: number, end: number): boolean {
  const fraction = sentence.slice(start, end);
  if (!/^(?:a|one)[- ](?:half|third|quarter)$/iu.test(fraction)) return false;
  const before = sentence.slice(Math.max(0, start - 40), start);
  return /half$/iu.test(fraction) ? MIXED_HALF.test(before) : MIXED_MEASURE.test(before);
}

/**
 * "the Ten Nations Commission", "the Big Ten": a number word written with a capital inside a
 * sentence, or opening one before two capitalised words, is part of a name.
 */
function inName(sentence: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(sentence.slice(start))) return false;
  if (/\p{L}/u.test(sentence.slice(0, start).replace(/^[\s"“'‘(]+/u, ''))) return true;
  return /^\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}/u.test(sentence.slice(end));
}

/**
 * A piece of a number said with its noun inside it: "threescore years and ten" is one number (70),
 * so neither "threescore years" nor "ten" is a figure; the number is read whole or not at all.
 */
const NOTHING_AFTER = String.raw`(?=\s*(?:[^\s\p{L}]|$)|\s+(?:in|on|at|by|for|from|to|with|of|and|or|but|since)(?!\p{L}))`;
const LEADS_INTO = new RegExp(
  String.raw`^\s+\p{L}+\s+and\s+${EN_ANY}(?:[-‐ ]${EN_ANY})*${NOTHING_AFTER}`,
  'iu',
);
const BARE = new RegExp(String.raw`^${NOTHING_AFTER}`, 'iu');
const ENDS_ONE = new RegExp(String.raw`(?<![\p{L}-])${EN_ANY}\s+\p{L}+\s+and\s+$`, 'iu');

/** A percent word after a number said in words ("a thousand per cent", "cincuenta por ciento"). */
/**
 * "one-half of one percentage point", "a quarter of a percent": a fraction of the unit is one
 * quantity, said whole; "one-half" alone, labelled "of one percentage point", shows a modifier as
 * the value.
 */
const OF_A_POINT =
  /^\s+of\s+(?:a|one|1)\s+(?:percentage\s+points?|per\s?cent(?:age)?\s+points?|percent|per\s?cent|point)(?![\p{L}])/iu;
const PERCENT_AFTER =
  /^\s+(?:per\s?cent|percent|por\s?ciento|pour\s?cent|prozent|procent|процент\p{L}*|بالمئة|بالمائة|في\s+المئة)(?![\p{L}])/iu;

/**
 * A currency named after a number said in words (rules.ts's list: "eight billion dollars", "два
 * миллиарда тенге"); never "ft", feet in English (Hungarian's forint, "Ft", is said in no language
 * whose numbers in words are read here).
 */
const CURRENCY_AFTER = new RegExp(
  String.raw`^\s+(?:US\s+)?(?!ft(?![\p{L}]))${CURRENCY_WORD}(?![\p{L}])`,
  'iu',
);

/** Numbers said in words in a sentence, as spans (not overlapping, in order). */
export function spelledSpans(sentence: string, lang: string): SpelledHit[] {
  const out: SpelledHit[] = [];
  const push = (start: number, end: number, kind: SpelledHit['kind']) => {
    if (out.some((o) => start < o.end && end > o.start)) return;
    // part of a longer number said in words ("one hundred and ten", "half a billion") or digits
    if (/(?:\p{L}+[-‐]|\p{Nd}[\s,.]*)$/u.test(sentence.slice(Math.max(0, start - 12), start))) return;
    if (NOT_A_QUANTITY.test(sentence.slice(end, end + 24))) return;
    // "over the last two quarters has averaged over 4 percent": a length that frames another
    // figure of the sentence says when, never what (time-ref.ts)
    if (opensTimeFrame(sentence, start, end) && numberTokens(sentence).some((t) => t.kind === 'number'))
      return;
    if (
      lang === 'en' &&
      (LEADS_INTO.test(sentence.slice(end, end + 60)) ||
        (ENDS_ONE.test(sentence.slice(Math.max(0, start - 40), start)) &&
          BARE.test(sentence.slice(end, end + 12))))
    )
      return;
    if (kind === 'fraction' && ORDINAL_USE.test(sentence.slice(start, end + 24))) return;
    if (kind === 'fraction' && ORDINAL_PAIR.test(sentence.slice(start, end + 40))) return;
    if (kind === 'fraction' && lang === 'en' && endsMixedMeasure(sentence, start, end)) return;
    if (lang !== 'de' && inName(sentence, start, end)) return;
    if (lang === 'ar' && AR_ORDINAL_HEAD.test(sentence.slice(Math.max(0, start - 16), start))) return;
    // the unit stays with its number: "a thousand" / "per cent interest" split it in two
    const percent =
      kind === 'fraction'
        ? OF_A_POINT.exec(sentence.slice(end, end + 40))
        : PERCENT_AFTER.exec(sentence.slice(end, end + 24));
    // …and so does its currency: "eight billion dollars", "drie miljard euro", "acht Milliarden Euro"
    const money = kind === 'fraction' ? null : CURRENCY_AFTER.exec(sentence.slice(end, end + 24));
    // (Dutch labels are read by the generic rules only: a share or a count said in words stays in
    // the sentence, "met twintig procent besparing maatschappelijke doelen" is no label; sums are set)
    if (lang === 'nl' && !money && kind !== 'scaled') return;
    if (percent) out.push({ start, end: end + percent[0].length, kind: 'percentage' });
    else if (money) out.push({ start, end: end + money[0].length, kind: 'currency' });
    else out.push({ start, end, kind });
  };
  const p = PATTERNS[lang];
  if (p) {
    for (const re of [p.big, p.fraction]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) {
        const kind = re === p.fraction ? 'fraction' : p.scale.test(m[0]) ? 'scaled' : 'count';
        // "tens of thousands", "hundreds of millions": vague, not a figure
        if (/^(?:tens|hundreds|thousands|millions|billions)\s+of$/iu.test(m[0])) continue;
        push(m.index, m.index + m[0].length, kind);
      }
    }
  }
  if (lang === 'zh' || lang === 'ja') {
    HAN.lastIndex = 0;
    for (const m of sentence.matchAll(HAN))
      push(m.index, m.index + m[0].length, /[円元]$/u.test(m[0]) ? 'currency' : 'scaled');
  }
  if (lang === 'ja') {
    HAN_PERCENT.lastIndex = 0;
    for (const m of sentence.matchAll(HAN_PERCENT)) {
      // "名目で六・四％", "実質二・五％": nominal or real is part of what was said of the rate
      const start = m.index - (JA_RATE_KIND.exec(sentence.slice(0, m.index))?.[0].length ?? 0);
      push(start, m.index + m[0].length, 'percentage');
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A quick test before the real work: any number word of the language. */
export function mayHaveSpelled(sentence: string, lang: string): boolean {
  if (lang === 'ja' && /[〇一二三四五六七八九十](?:[％%]|パーセント)/u.test(sentence)) return true;
  if (lang === 'zh' || lang === 'ja') return /[十百千万亿億][円元]?/u.test(sentence);
  const p = PATTERNS[lang];
  if (!p) return false;
  p.big.lastIndex = 0;
  if (p.big.test(sentence)) return true;
  if (!p.fraction) return false;
  p.fraction.lastIndex = 0;
  return p.fraction.test(sentence);
}
