/**
 * Numbers that say when or name a day, never how many (numbers.ts gives them the kind `date`),
 * and one person's sentence length (the kind `term`); and the units of time a length is said in
 * (index.ts's `TIME_UNIT`, `NOT_A_LENGTH`), from the same per-language list as "ago":
 * - "N years ago" in every language a speech comes in: "72 years ago", "vor 72 Jahren", "há 72
 *   anos", "72 anni fa", "hace 72 años", "il y a 72 ans", "72 года назад", "לפני 72 שנה", "قبل 72
 *   عاما", "72년 전", "72年前". Carded as a count, "לפני 72 שנה" read "72 — year writes our teacher".
 * - A day written month.day or day.month that names what happened on it: "6.15 공동선언", "10.4
 *   남북정상선언" (the declarations of 15 June 2000 and 4 October 2007), "3.1절", and two such days
 *   side by side ("6.15와 10.4"). Carded, "10.4" read as ten point four.
 * - A digit split by a middle dot ("6·15", "10·4"): either part alone ("15") is a number nobody said.
 * - A prison sentence ("zu 22 Jahren Straflager verurteilt", "sentenced to 22 years", "condenado a
 *   22 años"): one person's term, which beside a count of people reads as 22 people sentenced.
 */

/**
 * Units of time, per language: one list for both uses, "N years ago" here (a point in time) and a
 * length of time in index.ts ("for 17 months", "87 يومًا": a figure with its unit).
 */
const UNIT: Record<string, string> = {
  en: String.raw`years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|generations?`,
  de: String.raw`Jahr(?:en?)?|Monat(?:en?)?|Wochen?|Tag(?:en?)?|Stunden?|Jahrzehnt(?:en?)?|Jahrhundert(?:en?)?|Generationen?`,
  es: String.raw`años?|mes(?:es)?|semanas?|días?|horas?|décadas?|siglos?|generaciones`,
  pt: String.raw`anos?|mês|meses|semanas?|dias?|horas?|décadas?|séculos?|gerações`,
  nl: String.raw`jaar|jaren|maanden?|weken|week|dagen|dag|uur|uren|decennia|eeuwen?|generaties`,
  it: String.raw`anni|anno|mes[ei]|settimane?|giorn[oi]|ore|decenni|secoli|generazioni`,
  fr: String.raw`ans?|années?|mois|semaines?|jours?|heures?|décennies?|siècles?|générations?`,
  ru: String.raw`лет|год\p{L}*|месяц\p{L}*|недел\p{L}*|дн\p{L}*|день|час\p{L}*|минут\p{L}*|век\p{L}*|десятилети\p{L}*`,
  // ("230 lat temu", "ponad 200 lat", "před 30 lety", "30 років тому", judge20)
  pl: String.raw`lat|lata|rok|roku|miesięcy|miesiące|tygodni|tygodnie|dni|godzin|godziny|dekad|wieków`,
  cs: String.raw`let|lety|roky|roků|rok|měsíců|měsíce|týdnů|dní|dnů|hodin|hodiny|desetiletí|staletí`,
  uk: String.raw`років|роки|рік|місяців|місяці|тижнів|днів|дні|годин|години|століть|десятиліть`,
  // Vietnamese says years after the number, "now" after them for a length up to today ("gần 100
  // năm nay", nearly 100 years now; judge27); months and days are dates there ("ngày 9 tháng 3")
  vi: String.raw`năm\s+nay|năm|thập\s+kỷ|thế\s+kỷ`,
  // Indonesian and Malay, Catalan
  id: String.raw`tahun|bulan|minggu|hari|jam|dekade|dekad|abad`,
  ca: String.raw`anys?|mesos|setmanes?|dies|hores?|dècades?|segles?`,
  he: String.raw`שנה|שנים|חודשים|חודש|שבועות|ימים|שעות|דורות|עשורים`,
  ar: String.raw`عاما|عامًا|عامٍ|عام|سنة|سنوات|أعوام|شهرا|شهرًا|أشهر|أسابيع|أيام|يوما|يومًا|ساعات|عقود|قرون`,
};
const UNITS = `(?:${Object.values(UNIT).join('|')})`;

/**
 * One word that is a unit of time in one of `langs` ("año", "jours", "Jahr"), or one of `more`
 * (words of time said as a noun that are no unit: "vez", "soir"), as a whole-word test.
 */
export function timeUnitWord(langs: readonly string[], more = ''): RegExp {
  const units = langs.map((l) => UNIT[l]).filter(Boolean);
  return new RegExp(String.raw`^(?:${[...units, ...(more ? [more] : [])].join('|')})$`, 'iu');
}
/** Words after a unit that make it how long ago: "ago", "fa", "назад", "atrás", "earlier". */
// (Indonesian and Malay "lalu", "silam", "yang lalu" are ago; "terakhir", "mendatang", "lagi" the last,
// the coming and from now: "12 bulan terakhir tahun 2017" is the last 12 months of 2017, a frame,
// carded "12 — bulan terakhir tahun", judge27; Vietnamese "trước" is ago, "sau" later)
const AGO = String.raw`ago|fa|назад|тому\s+назад|тому|temu|atrás|earlier|before|yang\s+lalu|lalu|silam|terakhir|mendatang|lagi|trước|sau`;
/** "ago" said before the number: "vor", "hace", "há", "il y a", "לפני", "قبل" (then a unit). */
const AGO_BEFORE =
  /(?<![\p{L}\p{M}])(?:vor|hace|há|il\s+y\s+a|před|ו?לפני|قبل|منذ)\s+(?:(?:gut|knapp|fast|über|mehr\s+als|casi|más\s+de|quase|mais\s+de|presque|plus\s+de|près\s+de|כ-?|כמעט|حوالي|نحو)\s*)?$/iu;
/** "ago" said after the number and its unit. */
const AGO_AFTER = new RegExp(String.raw`^\s+(?:\p{L}+\s+)?${UNITS}\s+(?:${AGO})(?![\p{L}])`, 'iu');

/**
 * A unit of time right after a number, any language ("17 months", "87 يومًا"): the number is a
 * length and takes its unit. ("times" is no unit of time, but no noun a number counts either.)
 */
export const TIME_UNIT = new RegExp(String.raw`^\s(?:${UNITS}|times)(?![\p{L}])`, 'iu');
/**
 * A unit said of a point in time rather than a length: how long ago, later or from now, or an age
 * ("20 years ago", "10 years later", "12 years old", "через… спустя"); or the span of the data a
 * finding comes from ("We have 10 months of data on job creation in 2023", carded "10 months — of
 * data", judge22), which is no finding itself.
 */
export const NOT_A_LENGTH = new RegExp(
  String.raw`^\s(?:${UNITS}|times)\s+(?:${AGO}|later|old|from\s+now|спустя|of\s+(?:data|observations|records|statistics|figures)|(?:an|de)\s+Daten|de\s+(?:datos|données|dados))(?![\p{L}])`,
  'iu',
);
const UNIT_AFTER = new RegExp(String.raw`^\s*${UNITS}(?![\p{L}\p{M}])`, 'iu');
/** Korean, Japanese, Chinese: "72년 전", "72年前", "3개월 전". */
const AGO_CJK =
  /^\s?(?:년|개월|주일?|일|시간|세기|年|か月|ヶ月|カ月|个月|週間|周|天|日|世紀|世纪)\s?(?:전|前)(?![\p{L}])/u;

/** Whether the number at start…end says how long ago (a point in time, not a count). */
export function saysAgo(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  if (AGO_AFTER.test(after) || AGO_CJK.test(after)) return true;
  return AGO_BEFORE.test(before) && UNIT_AFTER.test(after);
}

/**
 * A length said as the time another figure was measured over, never a finding of its own:
 * "Erstmals seit 17 Jahren wird … unter … 60 Prozent … fallen" (carded "17 Jahren — wird nächstes
 * Jahr", judge22), "productivity growth over the last two quarters has averaged over 4 percent"
 * (carded "two quarters — productivity growth"), "en los últimos 10 años creció un 20 %". The
 * words that open such a frame, per language, then the number and its unit of time (a quarter of a
 * year is one too). The caller says whether another figure stands in the sentence: alone ("seit 17
 * Jahren regiert sie"), the length is the figure.
 */
const FRAME_BEFORE =
  /(?<![\p{L}\p{M}])(?:since|(?:over|in|during|for|within)\s+the\s+(?:last|past|previous|first|next)|the\s+(?:last|past)|seit|(?:in|während)\s+den\s+(?:letzten|vergangenen|ersten|nächsten)|depuis|desde(?:\s+hace)?|(?:en|durante)\s+(?:los|las)\s+(?:últim[oa]s|primer[oa]s|próxim[oa]s)|(?:nos|durante\s+os)\s+(?:últimos|primeiros|próximos)|negli\s+ultimi|за\s+(?:последние|прошедшие)|в\s+течение(?:\s+последних)?)\s+(?:(?:gut|knapp|fast|über|mehr\s+als|more\s+than|almost|nearly|over|about|casi|más\s+de|presque|plus\s+de|почти|более)\s+)?$/iu;
const FRAME_UNITS = String.raw`(?:${UNITS}|quarters?|Quartal(?:en?|s)?|trimestres?)`;
const FRAME_UNIT = new RegExp(String.raw`^\s+${FRAME_UNITS}(?![\p{L}\p{M}])`, 'iu');
/** A number said in words with its unit ("two quarters", a fraction's words read as one span). */
const FRAME_UNIT_END = new RegExp(String.raw`\s${FRAME_UNITS}$`, 'iu');

/**
 * Whether the number at start…end (its unit after it, or its last word) opens a time frame (see
 * above): a length said with "since", "seit", "over the last".
 */
export function opensTimeFrame(text: string, start: number, end: number): boolean {
  return (
    FRAME_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    (FRAME_UNIT.test(text.slice(end, end + 24)) || FRAME_UNIT_END.test(text.slice(start, end)))
  );
}

/** Nouns a day is the name of: a declaration, an accord, a holiday, an uprising ("10.4 선언"). */
const NAME_NOUN =
  /^\s?[\p{Script=Hangul}]*(?:선언|합의|성명|정신|절|사태|항쟁|혁명|운동|의거|참사|조치|특별법|기념일?)|^\s(?:declarations?|accords?|agreements?|Erklärung|Abkommen|déclaration|accords?|declaración|acuerdos?|declaração|acordo|dichiarazione|accordo)(?![\p{L}])/iu;
/** A day as month.day or day.month, a dot or a middle dot between: "6.15", "10.4", "3.1". */
const DAY = /^(\d{1,2})[.·](\d{1,2})$/u;
/** What joins two days said side by side ("6.15와 10.4", "6.15 and 10.4", "6.15, 10.4"). */
const AND = String.raw`(?:\s?(?:와|과|및|,)\s*|\s+(?:and|und|y|e|et|и)\s+)`;

/** The Korean "and" between two days. */
const KO_AND = /^\d{1,2}[.·]\d{1,2}\s?(?:와|과|및)|^\s?(?:와|과|및)/u;

function isDay(token: string): boolean {
  const m = DAY.exec(token);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
}

/**
 * Whether the token at start…end is a day that names a thing ("10.4 남북정상선언"), or is joined
 * to another day by a Korean "and" ("6.15와 10.4"), or by any "and" to a day that names a thing
 * ("10.4 and 3.5 percent", two decimals, name nothing).
 */
export function namesDay(text: string, start: number, end: number): boolean {
  if (!isDay(text.slice(start, end))) return false;
  if (NAME_NOUN.test(text.slice(end, end + 40))) return true;
  const next = new RegExp(String.raw`^${AND}(\d{1,2}[.·]\d{1,2})(?![\d.,])`, 'u').exec(
    text.slice(end, end + 40),
  );
  if (next && isDay(next[1]!)) {
    const at = end + next[0].length;
    if (KO_AND.test(next[0]) || NAME_NOUN.test(text.slice(at, at + 40))) return true;
  }
  const prev = new RegExp(String.raw`(?<![\d.,])(\d{1,2}[.·]\d{1,2})${AND}$`, 'u').exec(
    text.slice(Math.max(0, start - 40), start),
  );
  return !!prev && isDay(prev[1]!) && KO_AND.test(prev[0]);
}

/** Whether a digit sits on either side of a middle dot at the token ("6·15"): no part is a number. */
export function splitByMiddleDot(text: string, start: number, end: number): boolean {
  return (
    /\p{Nd}·$/u.test(text.slice(Math.max(0, start - 2), start)) || /^·\p{Nd}/u.test(text.slice(end, end + 2))
  );
}

/** Penalties a term is served in: prison, camp, jail. */
const PENALTY = String.raw`(?:Haft|Straflager\p{L}*|Gefängnis|Lagerhaft|Arbeitslager|prison|jail|custody|prisión|cárcel|reclusión|prisão|cadeia|carcere|reclusione|prigione|prison|réclusion|détention|лишени\p{L}*|колони\p{L}*|заключени\p{L}*|מאסר|سجن|السجن)`;
/**
 * "zu 22 Jahren Straflager", "22 Jahre Haft", "22 años de prisión", "22 anni di carcere": the
 * penalty named right after the unit ("27 years in prison", a time lived, stays a length).
 */
const TERM_AFTER = new RegExp(String.raw`^\s+${UNITS}\s+(?:(?:of|de|di)\s+)?${PENALTY}(?![\p{L}])`, 'iu');
/** "sentenced to", "verurteilt zu", "condenado a", "condamné à", "condannato a", "приговорён к". */
const SENTENCED_BEFORE =
  /(?:sentenced\s+to|(?:verurteilt|Haftstrafe|Freiheitsstrafe)\s+(?:zu|von)|condenad[oa]s?\s+a|condamnée?s?\s+à|condannat[oaie]\s+a|приговор\p{L}*\s+к|נידון\s+ל-?|بالسجن)\s+(?:(?:more\s+than|over|up\s+to|mehr\s+als|über|más\s+de|mais\s+de|plus\s+de)\s+)?$/iu;

/** Whether the number at start…end is one person's prison term (no count of anything). */
export function isPrisonTerm(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 48);
  if (TERM_AFTER.test(after)) return true;
  return SENTENCED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && UNIT_AFTER.test(after);
}
