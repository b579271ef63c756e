/**
 * Enumeration markers at the start of a sentence, in the languages the engine knows: "Firstly /
 * Secondly / Last but not least", "First, … Finally", "One… Two… Three…", "The first one… The
 * second…", "1. 2.", "第一 / 其次 / 最后", "一是 / 二是", "一曰 / 二曰", "Во-первых / Во-вторых / И наконец",
 * "En primer lugar / En segundo lugar / Por último", "أولاً / ثانياً / أخيراً", "（一）（二）", "(1) (2)".
 */

export type MarkerKind = 'opener' | 'middle' | 'last';

export interface EnumMarker {
  kind: MarkerKind;
  /** Length of the marker (with its punctuation and the space after) at the start of the text. */
  length: number;
  /** The place it says ("Второе" 2, "二曰" 2; an opener 1), when it says one ("Next", "其次": none). */
  ordinal?: number;
  /**
   * The noun an ordinal names, as a list of its own says it ("The first **front** is… The second
   * front is…", "O primeiro **ponto** é…"): the items of one list name the same noun.
   */
  noun?: string;
}

/** Stems of the ordinals 2–10 a middle marker says, by number ("втор" 2, "troisi" 3, "四" 4). */
const ORDINAL_STEMS: ReadonlyArray<readonly string[]> = [
  ['second', '둘째', 'two', 'втор', 'segund', 'deux', 'zweit', 'ثاني', '二', '2'],
  ['third', '셋째', 'three', 'трет', 'tercer', 'terceir', 'trois', 'dritt', 'terz', 'ثالث', '三', '3'],
  ['fourth', '넷째', 'four', 'четв', 'cuart', 'quart', 'quatr', 'viert', 'رابع', '四', '4'],
  ['fifth', '다섯째', 'five', 'пят', 'quint', 'cinqu', 'fünft', 'خامس', '五', '5'],
  ['sixth', '여섯째', 'six', 'шест', 'sext', 'sechst', 'سادس', '六', '6'],
  ['seventh', '일곱째', 'seven', 'седьм', 'séptim', 'septim', 'septi', 'siebt', 'سابع', '七', '7'],
  ['eighth', '여덟째', 'eight', 'восьм', 'octav', 'huiti', 'acht', 'ثامن', '八', '8'],
  ['ninth', '아홉째', 'nine', 'девят', 'neuvi', 'neunt', 'تاسع', '九', '9'],
  ['tenth', '열째', 'ten', 'десят', 'dixi', 'zehnt', 'عاشر', '十'],
];

/**
 * Hebrew ordinals 2–10 as a stem each ("השני", "שנית" 2; "השלישית" 3): PLACE_STEMS reads them, and
 * HE_MIDDLE below is built from them, so a place said in Hebrew is written down once.
 */
const HE_ORDINALS = ['שני', 'שליש', 'רביע', 'חמיש', 'שיש', 'שביע', 'שמינ', 'תשיע', 'עשיר'] as const;

/**
 * Estonian ordinal adverbs 2–10 ("teiseks", "kolmandaks"), as PLACE_STEMS reads them and the
 * middle marker below says them: "Esiteks, asi on kõigile väga selgesti arusaadav… Teiseks, nii ei
 * teki kiusatust… Kolmandaks, selline süsteem ei pärsi…" (Lauri, Riigikogu 2015, judge37).
 */
const ET_ORDINALS = [
  'teiseks',
  'kolmandaks',
  'neljandaks',
  'viiendaks',
  'kuuendaks',
  'seitsmendaks',
  'kaheksandaks',
  'üheksandaks',
  'kümnendaks',
] as const;

/** ORDINAL_STEMS with the Hebrew and Estonian ordinals of each place. */
const PLACE_STEMS = ORDINAL_STEMS.map((stems, k) => [...stems, HE_ORDINALS[k]!, ET_ORDINALS[k]!]);

/**
 * Hebrew markers, "and" (ו) written onto them: the definite ordinal set off by a dash, colon or
 * comma ("הראשון - על חוסר תלות… השני - על פיקוח… החמישי - על הענווה.", Rivlin 2003, judge35), or
 * the adverb with a comma ("ראשית, … שנית, … ולבסוף, …"). A definite ordinal followed by a word
 * ("השני אמר") is the second one doing something, no marker.
 */
const HE_SET_OFF = String.raw`(?=\s*[-—–:,])[,:]?\s*(?:[-—–]\s*)?`;
const HE_OPENER = new RegExp(String.raw`^ו?(?:(?:הראשון|הראשונה)${HE_SET_OFF}|ראשית[,:]\s*)`, 'u');
const HE_MIDDLE = new RegExp(
  String.raw`^ו?(?:ה(?:שני(?:יה|ה)?|(?:${HE_ORDINALS.slice(1).join('|')})(?:ית|י))${HE_SET_OFF}|(?:שנית|${HE_ORDINALS.slice(1, 4).join('|')}ית)[,:]\s*)`,
  'u',
);
const HE_LAST = /^ו?(?:לבסוף|לסיום|אחרון\s+חביב)[,:]\s*/u;

/** The place a marker says: 1 for an opener, 2–10 for a middle marker that names it. */
function ordinalOf(kind: MarkerKind, said: string): number | undefined {
  if (kind === 'opener') return 1;
  if (kind === 'last') return undefined;
  const t = said.toLowerCase();
  // a numeral says its place whole ("12 —" is 12, never the 2 in it)
  const digits = /^\(?(\d{1,2})\b/u.exec(t.trimStart());
  if (digits) return Number(digits[1]);
  const at = PLACE_STEMS.findIndex((stems) => stems.some((x) => t.includes(x)));
  return at >= 0 ? at + 2 : undefined;
}

const END = String.raw`(?=[\s,.:;!—–-]|$)[,.:;!]?(?:\s*[—–-])?\s*`;
const AND = String.raw`(?:(?:and|y|et|und|и|а|e)\s+|و\s*)?`;
const re = (body: string, flags = 'iu') => new RegExp(String.raw`^${AND}(?:${body})${END}`, flags);

/**
 * An ordinal naming a noun that the sentence then says what it is ("The first front is the
 * strengthening of…", "A terceira e última frente é a da…", "Le deuxième point concerne…", "Der
 * zweite Punkt ist…"): a marker whatever the noun, as a list says its items. The noun (one word,
 * or an adjective and a noun) is in the group `noun`; only the verbs that say what it is may follow.
 */
const NOUN = String.raw`(?:\p{L}[\p{L}-]{2,}\s+)?(?<noun>\p{L}[\p{L}-]{2,})`;
const ordinalNoun = (article: string, ordinals: string, verbs: string, after = '') =>
  re(
    String.raw`(?:${article})(?:\s+|(?<=['’]))(?:${ordinals})\s+${NOUN}(?=${after}\s+(?:${verbs})(?![\p{L}]))`,
  );
/** "Our second principle for 2025 is that…": a short phrase of time or place between noun and verb. */
const EN_AFTER = String.raw`(?:\s+(?:for|in)\s+(?:[\p{L}\p{N}]+\s+)?[\p{L}\p{N}]+)?`;
/** What follows the noun: "is", "é", "es", "est", "è", "ist", and the verbs that say what it concerns. */
const IS = {
  en: String.raw`is|was|concerns|relates\s+to`,
  pt: String.raw`é|foi|diz\s+respeito|tem\s+a\s+ver|consiste|prende-se|refere-se`,
  es: String.raw`es|fue|consiste|tiene\s+que\s+ver|se\s+refiere`,
  fr: String.raw`est|était|concerne|porte|consiste|a\s+trait`,
  it: String.raw`è|era|riguarda|consiste`,
  de: String.raw`ist|war|betrifft`,
};
/**
 * The nouns a list calls its items by, that name the item before its verb ("La segunda razón por la
 * que es distinta… es la urgencia", "La tercera de las razones es…", "the second reason why…"):
 * with one of these, an ordinal is a marker when a relative clause follows it or when it is "the
 * third of the reasons". Nouns of any other kind need the verb ("La segunda guerra que…" is none).
 */
const LIST_NOUN = {
  es: String.raw`raz[oó]n|razones|motivos?|puntos?|cuesti[oó]n|cuestiones|aspectos?|elementos?|principios?|objetivos?|ejes?|prioridad(?:es)?|medidas?|pilar(?:es)?`,
  pt: String.raw`raz[aã]o|razões|motivos?|pontos?|quest[aã]o|questões|aspetos?|aspectos?|elementos?|princípios?|objetivos?|eixos?|prioridades?|medidas?|pilar(?:es)?`,
  en: String.raw`reasons?|points?|principles?|priorit(?:y|ies)|pillars?|goals?|objectives?|lessons?|issues?|steps?`,
};
const REL = {
  es: String.raw`que|por\s+(?:la|el|lo)\s+(?:que|cual)|de\s+(?:la|el|lo)s?\s+que`,
  pt: String.raw`que|pel[ao]\s+qual|pel[ao]s?\s+quais`,
  en: String.raw`why|that|which|for\s+which`,
};
/** "La tercera de las razones es…", "La segunda razón por la que…": `noun` is the list's noun. */
const ordinalOfNouns = (
  article: string,
  ordinals: string,
  of: string,
  nouns: string,
  rel: string,
  verbs: string,
) =>
  re(
    String.raw`(?:${article})\s+(?:${ordinals})\s+(?:(?:${of})\s+(?<noun>${nouns})(?![\p{L}])|(?<noun2>${nouns})(?=\s+(?:${rel}|${verbs})(?![\p{L}])))`,
  );
const ORDINAL_OF_NOUNS: Array<[MarkerKind, RegExp]> = [
  [
    'opener',
    ordinalOfNouns('el|la', 'primer|primera|primero', 'de\\s+(?:las|los)', LIST_NOUN.es, REL.es, IS.es),
  ],
  ['opener', ordinalOfNouns('a|o', 'primeir[ao]', 'd[ao]s', LIST_NOUN.pt, REL.pt, IS.pt)],
  ['opener', ordinalOfNouns('the|our', 'first', 'of\\s+(?:the|our|these)', LIST_NOUN.en, REL.en, IS.en)],
  [
    'last',
    ordinalOfNouns(
      'el|la',
      String.raw`(?:\p{L}+\s+y\s+)?últim[oa]`,
      'de\\s+(?:las|los)',
      LIST_NOUN.es,
      REL.es,
      IS.es,
    ),
  ],
  [
    'last',
    ordinalOfNouns('a|o', String.raw`(?:\p{L}+\s+e\s+)?últim[ao]`, 'd[ao]s', LIST_NOUN.pt, REL.pt, IS.pt),
  ],
  ['last', ordinalOfNouns('the|our', 'last|final', 'of\\s+(?:the|our|these)', LIST_NOUN.en, REL.en, IS.en)],
  [
    'middle',
    ordinalOfNouns(
      'el|la',
      '(?:segund|tercer|cuart|quint|sext)[oa]|tercer',
      'de\\s+(?:las|los)',
      LIST_NOUN.es,
      REL.es,
      IS.es,
    ),
  ],
  [
    'middle',
    ordinalOfNouns(
      'a|o',
      '(?:segund|terceir|quart|quint|sext|sétim)[ao]',
      'd[ao]s',
      LIST_NOUN.pt,
      REL.pt,
      IS.pt,
    ),
  ],
  [
    'middle',
    ordinalOfNouns(
      'the|our',
      'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next',
      'of\\s+(?:the|our|these)',
      LIST_NOUN.en,
      REL.en,
      IS.en,
    ),
  ],
];

const ORDINAL_NOUNS: Array<[MarkerKind, RegExp]> = [
  ['opener', ordinalNoun('the|our', 'first', IS.en, EN_AFTER)],
  ['opener', ordinalNoun('a|o', 'primeir[ao]', IS.pt)],
  ['opener', ordinalNoun('el|la', 'primer|primera|primero', IS.es)],
  ['opener', ordinalNoun('le|la', 'premier|première', IS.fr)],
  ['opener', ordinalNoun('il|la|lo', 'primo|prima', IS.it)],
  ['opener', ordinalNoun('der|die|das', 'erste', IS.de)],
  ['last', ordinalNoun('the|our', String.raw`(?:\p{L}+\s+and\s+)?(?:last|final)`, IS.en, EN_AFTER)],
  ['last', ordinalNoun('a|o', String.raw`(?:\p{L}+\s+e\s+)?(?:últim|derradeir)[ao]`, IS.pt)],
  ['last', ordinalNoun('el|la', String.raw`(?:\p{L}+\s+y\s+)?últim[oa]`, IS.es)],
  ['last', ordinalNoun('le|la', String.raw`(?:\p{L}+\s+et\s+)?(?:dernier|dernière)`, IS.fr)],
  ['last', ordinalNoun("il|la|l['’]", String.raw`(?:\p{L}+\s+e\s+)?ultim[oa]`, IS.it)],
  ['last', ordinalNoun('der|die|das', String.raw`(?:\p{L}+\s+und\s+)?letzte`, IS.de)],
  [
    'middle',
    ordinalNoun(
      'the|our',
      'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next',
      IS.en,
      EN_AFTER,
    ),
  ],
  ['middle', ordinalNoun('a|o', '(?:segund|terceir|quart|quint|sext|sétim)[ao]', IS.pt)],
  ['middle', ordinalNoun('el|la', '(?:segund|tercer|cuart|quint|sext)[oa]|tercer', IS.es)],
  ['middle', ordinalNoun('le|la', 'deuxième|second|seconde|troisième|quatrième|cinquième|sixième', IS.fr)],
  ['middle', ordinalNoun('il|la|lo', '(?:second|terz|quart|quint|sest)[oa]', IS.it)],
  ['middle', ordinalNoun('der|die|das', 'zweite|dritte|vierte|fünfte|sechste', IS.de)],
];

const MARKERS: Array<[MarkerKind, RegExp]> = [
  [
    'opener',
    re(
      String.raw`firstly|first of all|in the first place|to begin with|first(?=[,:])|number one|one(?=[,:.—–])|the first (?:(?:major|main|key|big|great|important)\s+)?(?:one|thing|point|reason|lesson|step|priority|issue|challenge|area|pillar|goal|source|is)\b`,
    ),
  ],
  ['opener', re(String.raw`во-первых|в первую очередь|прежде всего|первое(?=[,:.—–])`)],
  // Ukrainian: "По-перше, …", "Перше." (Zelensky's evening address, 17 Apr 2022, judge24)
  ['opener', re(String.raw`по-перше|насамперед|перше(?=[,:.—–])`)],
  [
    'opener',
    re(
      String.raw`en primer lugar|primero(?=[,:.—–])|primeramente|premièrement|tout d'abord|d'abord(?=[,:])|en premier lieu|erstens|em primeiro lugar`,
    ),
  ],
  // "一曰抱定宗旨。二曰砥礪德行。" (classical: "the first is called …")
  ['opener', /^(?:第一に?|首先|一是|其一|一曰|まず)[，、,:：]?/u],
  ['opener', /^و?(?:أولاً|أولا|أوّلاً)[،,:]?\s*/u],
  // Korean: "첫째, …", "첫 번째로, …" (a comma after it: "첫째 아들" is no marker)
  ['opener', /^(?:첫째|첫\s?번째로)[,，]\s*/u],
  ['last', /^마지막으로[,，]?\s+/u],
  ['opener', re(String.raw`esiteks|kõigepealt(?=,)`)],
  ['middle', re(String.raw`(?:ja\s+)?(?:${ET_ORDINALS.join('|')})`)],
  ['last', re(String.raw`(?:ja\s+)?(?:lõpuks|viimaseks)(?=,)`)],
  ['opener', HE_OPENER],
  ['middle', HE_MIDDLE],
  ['last', HE_LAST],
  ['opener', /^\(?1[.)]\s+/u],
  // "1 — O Regime…" (a paragraph numbered with a dash, as an official message numbers its points)
  ['opener', /^1\s[—–]\s+(?=\p{L})/u],
  // "（一）", "(1)", "1）": a bracketed numeral needs no space after it
  ['opener', /^(?:[（(](?:一|1)[）)]|1）)\s*/u],
  ['last', re(String.raw`last but not least|finally|lastly|last(?=[,:])|and last|and finally`)],
  ['last', re(String.raw`и наконец|наконец|в-последних|и последнее|последнее(?=[,:.—–])`)],
  ['last', re(String.raw`і нарешті|нарешті|і останнє|останнє(?=[,:.—–])`)],
  ['last', re(String.raw`por último|finalmente|por fin|enfin|en dernier lieu|schließlich|letztens|por fim`)],
  ['last', /^(?:最后|最後に?|最终|最終に?)[，、,:：]?/u],
  ['last', /^و?(?:أخيراً|أخيرا|وأخيراً)[،,:]?\s*/u],
  [
    'middle',
    re(
      String.raw`secondly|thirdly|fourthly|fifthly|sixthly|seventhly|eighthly|ninthly|tenthly|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next)(?=[,:])|number (?:two|three|four|five|six|seven|eight|nine|ten)|(?:two|three|four|five)(?=[,:.—–])|the (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last) (?:(?:major|main|key|big|great|important)\s+)?(?:one|thing|point|reason|lesson|step|priority|issue|challenge|area|pillar|goal|source|is)\b`,
    ),
  ],
  [
    'middle',
    re(
      String.raw`во-вторых|в-третьих|в-четв[её]ртых|в-пятых|в-шестых|в-седьмых|в-восьмых|в-девятых|в-десятых|(?:второе|третье|четв[её]ртое|пятое|шестое|седьмое|восьмое|девятое|десятое)(?=[,:.—–])`,
    ),
  ],
  [
    'middle',
    re(
      String.raw`по-друге|по-третє|по-четверте|по-п['’]яте|по-шосте|(?:друге|третє|четверте|п['’]яте|шосте)(?=[,:.—–])`,
    ),
  ],
  [
    'middle',
    re(
      String.raw`en segundo lugar|en tercer lugar|en cuarto lugar|en quinto lugar|en sexto lugar|en s[ée]ptimo lugar|en octavo lugar|segundo(?=[,:.—–])|tercero(?=[,:.—–])|deuxièmement|troisièmement|quatrièmement|cinquièmement|sixièmement|septièmement|huitièmement|ensuite(?=[,:])|zweitens|drittens|viertens|fünftens|sechstens|siebtens|achtens|em segundo lugar|em terceiro lugar`,
    ),
  ],
  [
    'middle',
    /^(?:第[二三四五六七八九十]に?|其次|再次|[二三四五六七八九]是|[二三四五六七八九十]曰|其[二三四五六七八九]|次に)[，、,:：]?/u,
  ],
  [
    'middle',
    /^و?(?:ثانياً|ثانيا|ثالثاً|ثالثا|رابعاً|رابعا|خامساً|خامسا|سادساً|سادسا|سابعاً|سابعا|ثامناً|ثامنا|تاسعاً|تاسعا|عاشراً|عاشرا)[،,:]?\s*/u,
  ],
  [
    'middle',
    /^(?:둘째|셋째|넷째|다섯째|여섯째|일곱째|여덟째|아홉째|열째|(?:두|세|네|다섯)\s?번째로)[,，]\s*/u,
  ],
  ['middle', /^\(?[2-9][.)]\s+/u],
  ['middle', /^(?:[2-9]|1\d|20)\s[—–]\s+(?=\p{L})/u],
  ['middle', /^(?:[（(](?:[二三四五六七八九十]|[2-9])[）)]|[2-9]）)\s*/u],
];

/** Where a clause inside a sentence starts with a marker ("…；第二，…", "…, secondly, …"): offsets. */
export function innerMarkers(sentence: string): number[] {
  const out: number[] = [];
  // (the sentence's own marker may run past a comma: "Tenth, and finally, we must…" is one)
  const own = enumerationMarker(sentence)?.length ?? 0;
  for (const m of sentence.matchAll(/[；;：:，,、。]\s*|\s[—–]\s/gu)) {
    const at = m.index + m[0].length;
    if (at <= own) continue;
    // the dash of a numbered point ("12 — Finalmente, …") is its number's, not a clause's
    if (/^\s*\d{1,2}\s[—–]\s+$/u.test(sentence.slice(0, at))) continue;
    const marker = enumerationMarker(sentence.slice(at, at + 60));
    if (marker && marker.kind !== 'opener') out.push(at);
    else if (
      marker &&
      /^(?:第一|一是|一曰|其一|firstly|во-первых|أولا|[（(](?:一|1)[）)]|ו?(?:הראשון|הראשונה)\s*[-—–:,]|ראשית,)/iu.test(
        sentence.slice(at, at + 12),
      )
    )
      out.push(at);
  }
  return out;
}

/** Characters an aside before an item's own ordinal runs to. */
const ASIDE_CHARS = 80;

/**
 * The inner markers said after an aside that name a point ("Finalmente, | se o Sr. Presidente me
 * permitir concluir, | o último ponto é…", Santos Silva 2022, judge25 D1): offsets within
 * ASIDE_CHARS of the sentence's start whose marker has a noun.
 */
export function pointAfterAside(sentence: string): number[] {
  const out: number[] = [];
  for (const at of innerMarkers(sentence)) {
    if (at > ASIDE_CHARS) break;
    if (enumerationMarker(sentence.slice(at))?.noun) out.push(at);
  }
  return out;
}

const NOUN_MARKERS = [...ORDINAL_NOUNS, ...ORDINAL_OF_NOUNS];

/**
 * Every marker pattern above in one, case-insensitive and without its group names: it matches
 * wherever one of them does (and may where none does), so a text it fails is no marker, found in
 * one pass instead of forty (innerMarkers asks after every comma of a speech). Every one of them
 * is anchored at the text's start, so it is tried there only (sticky, from lastIndex 0), not at
 * each of the 60 characters after.
 */
const ANY_MARKER = new RegExp(
  [...MARKERS, ...NOUN_MARKERS]
    .map(([, pattern]) => `(?:${pattern.source.replace(/\(\?<[A-Za-z]\w*>/gu, '(?:')})`)
    .join('|'),
  'iuy',
);

/** The length of a last marker ("and finally, ") that `rest` opens on, else 0. */
function lastSaidAfter(rest: string): number {
  for (const [kind, pattern] of MARKERS)
    if (kind === 'last') {
      const m = pattern.exec(rest);
      if (m) return m[0].length;
    }
  return 0;
}

/** The enumeration marker a sentence starts with, if any. */
export function enumerationMarker(text: string): EnumMarker | null {
  const lead = text.length - text.trimStart().length;
  const head = text.trimStart().slice(0, 60);
  const glyph = /^[•·◦▪‣●○■□–—*-]\s+/u.exec(head)?.[0].length ?? 0;
  const said = head.slice(glyph);
  ANY_MARKER.lastIndex = 0;
  if (!ANY_MARKER.test(said)) return null;
  for (const [kind, pattern] of MARKERS) {
    const m = pattern.exec(said);
    if (!m) continue;
    const ordinal = ordinalOf(kind, m[0]);
    // a place said, then that it is the last ("Tenth, and finally, we must develop…", LBJ 1964,
    // judge33): one marker, the last item at the place said
    const then = kind === 'middle' ? lastSaidAfter(said.slice(m[0].length)) : 0;
    if (then)
      return { kind: 'last', length: lead + glyph + m[0].length + then, ...(ordinal ? { ordinal } : {}) };
    return { kind, length: lead + glyph + m[0].length, ...(ordinal ? { ordinal } : {}) };
  }
  for (const [kind, pattern] of NOUN_MARKERS) {
    const m = pattern.exec(said);
    if (!m) continue;
    const ordinal = ordinalOf(kind, m[0]);
    const noun = (m.groups!.noun ?? m.groups!.noun2)!.toLowerCase();
    return { kind, length: lead + glyph + m[0].length, noun, ...(ordinal ? { ordinal } : {}) };
  }
  return null;
}

/**
 * The number a numbered list opens at, so that each item shows the place its speaker said for it
 * ("Fourth, we must… / Fifth, … / Sixth, …" shown "4. 5. 6.", never "1. 2. 3.": en-lbj 1964,
 * judge33): `markers` are the sentences that open the shown items, in order; the first place one
 * of them says, less its index, else `first` (the count of items shown before, plus one). Null when
 * the places said do not run on one by one ("First, … Third, …"): such a list shows no numbers,
 * as a number on screen is one the speaker said.
 */
export function saidNumbering(markers: readonly string[], first: number): number | null {
  let start: number | undefined;
  for (const [k, text] of markers.entries()) {
    const place = enumerationMarker(text)?.ordinal;
    if (place === undefined) continue;
    if (start === undefined) start = place - k;
    else if (place !== start + k) return null;
  }
  return start === undefined ? first : start >= 1 ? start : null;
}

/**
 * A Korean sentence that counts what follows and closes ("저는 세 가지를 국민 여러분께
 * 약속드립니다.", "두 가지 원칙을 말씀드리겠습니다."): a count of 가지, the object of the verb
 * that ends the sentence a few words on (never "세 가지 위기를 겪고 있으며 … 있습니다").
 */
const KO_COUNT =
  /(?:^|\s)(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)\s?가지(?:를|\s+\S+[을를])?(?:\s+\S+){0,2}\s+\S*(?:드립니다|드리겠습니다|하겠습니다|합니다|있습니다)[.!]?$/u;

/**
 * The things an English lead-in announces, with their count or quantity ("several proposals",
 * "three big ideas", "the following steps"): the count is group 1, the things group 2.
 */
export const ANNOUNCED_THINGS =
  /\b(three|two|four|five|six|several|a few|the following)\s+((?:\p{L}+\s+)?(?:proposals|promises|pledges|commitments|points|things|steps|ways|priorities|lessons|reasons|ideas|areas|goals|pillars|principles|messages))\b/iu;
const ANNOUNCES_AT_END = new RegExp(`${ANNOUNCED_THINGS.source}\\s*[.:]$`, 'iu');

/**
 * A sentence that only announces examples, the sentences after it being them ("Een paar
 * voorbeelden.", "A few examples:", "Einige Beispiele.", "Quelques exemples.").
 */
export const EXAMPLES_LEAD =
  /^(?:(?:just|here are)\s+)?(?:a few|some|several|two|three|four|een paar|enkele|wat|twee|drie|vier|einige|ein paar|zwei|drei|quelques|deux|trois|quatre|algunos|unos|alguns|uns|dos|tres|dois|três|alcuni|qualche|due|tre)\s+(?:examples|voorbeelden|beispiele|exemples|ejemplos|exemplos|esempi)\s*[.:：]$/iu;

/** Whether a sentence introduces what follows ("I'd like to give several proposals:"). */
export function isLeadIn(text: string): boolean {
  const t = text.trim();
  return /[:：]$/u.test(t) || ANNOUNCES_AT_END.test(t) || KO_COUNT.test(t);
}

/** A closing wish that ends a speech rather than adding an item ("Finally, we look forward to…"). */
const WISH =
  /^(?:(?:i|we)\s+(?:would like to |want to |wish to )?(?:look forward|wish|hope|thank|conclude)|let me (?:conclude|close|end|thank)|allow me to (?:conclude|thank)|(?:я |мы )?(?:хочу |хотел[аи]? бы )?(?:пожелать|желаю|благодарю|поблагодарить)|(?:les |os )?(?:deseo|deseamos|agradezco|espero que)|je vous remercie|je souhaite|أتمنى|نتطلع|أشكر|نأمل|祝|感谢|谢谢|希望大家)/iu;

/** Whether a sentence after a "last" marker is a closing wish, not an item. */
export function isClosingWish(text: string): boolean {
  const m = enumerationMarker(text);
  return WISH.test(
    text
      .trim()
      .slice(m?.length ?? 0)
      .trim(),
  );
}

/**
 * A line without the marker set off by a comma that opens it ("둘째, 기술과 시장이 …" → "기술과
 * 시장이 …", "Secondly, we must…" → "We must…"): on screen the line is the item's point, and a
 * quote never opens on "둘째,". A marker that is part of the sentence ("The second step is…") stays.
 */
export function withoutDetachedMarker(line: string): string {
  const m = enumerationMarker(line);
  if (!m || !/[,，、]\s*$/u.test(line.slice(0, m.length))) return line;
  const rest = line.slice(m.length).trim();
  return rest ? rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : line;
}

/** A sentence that is only a marker ("Первое.", "Second:"): the marker as said, else ''. */
export function bareMarker(text: string): string {
  const m = enumerationMarker(text);
  const t = text.trim();
  return m && m.length >= text.trimEnd().length ? t.replace(/[\s,.:;!—–-]+$/u, '') : '';
}

/**
 * What an ordinal's noun is said to be, after its verb ("is the strengthening of…", "é a do
 * robustecimento…", "diz respeito à nossa lógica…", "est celui de…", "betrifft die…"): the words
 * after the verb and its "that of".
 */
const NAMED = new RegExp(
  String.raw`^(?:${IS.en}|${IS.pt}|${IS.es}|${IS.fr}|${IS.it}|${IS.de})` +
    String.raw`(?:\s+(?:(?:[ao]s?|el|la|los|las)\s+d(?:[aoe]s?|el)|cel(?:ui|le)\s+d[eu']|quell[oa]\s+d\p{L}*|that\s+of)` +
    String.raw`|\s+(?:em|no|na|com|à|ao|aos|às|a|en|al|sur|nel|nella|in))?\s+(.{4,})$`,
  'iu',
);

/** A relative clause after an ordinal's noun ("por la que…", "pela qual…", "why…"). */
const RELATIVE = new RegExp(String.raw`^(?:${REL.es}|${REL.pt}|${REL.en})\s`, 'iu');

/**
 * What a marker that is a noun phrase is said to be ("The fourth issue that I will address is
 * democracy." → "democracy.", "The second step that we will take is a freeze…" → "a freeze…"), else
 * null ("Second, …", "The third source of tension is…": a phrase of its own).
 */
export function markerNamed(text: string): string | null {
  const m = enumerationMarker(text);
  if (m?.noun) {
    // "Our second principle for 2025 is that…": past the phrase of time before the verb
    const rest = text
      .slice(m.length)
      .trim()
      .replace(/^(?:for|in)\s+(?:[\p{L}\p{N}]+\s+)?[\p{L}\p{N}]+\s+(?=(?:is|was)\s)/iu, '');
    // "La segunda razón por la que es distinta a… es la urgencia": what the last verb says it is
    const relative = RELATIVE.test(rest)
      ? [...rest.matchAll(/\s(?:es|fue|é|foi|is|was)\s/giu)].pop()
      : undefined;
    const named = relative?.index ? rest.slice(relative.index + 1) : rest;
    return NAMED.exec(named)?.[1]?.trim() ?? null;
  }
  if (!m || !/^\s*(?:and\s+)?the\s/iu.test(text)) return null;
  const rest = text.slice(m.length).trim();
  return (
    /^(?:(?:of|that|which|we|i|today|now|here)(?:\s[^.;:!?]{0,80}?)?\s)?(?:is|was)\s+(.{4,})$/iu
      .exec(rest)?.[1]
      ?.trim() ?? null
  );
}
