/**
 * What a sentence denies, ranks below its point, or reports as someone else's view. A title taken
 * from such a phrase states the opposite of the slide: "Material benefits" from "far above and
 * beyond material benefits", "Gottes Gnaden" from "Mit den … Fürsten von Gottes Gnaden ist es für
 * immer vorbei", "World War" from "They're not looking for a third World War", "Contest elections"
 * from "a lot of people just want to … contest elections". The cue words of every language are here.
 */
import { primaryLang } from './lang';
import { isFunctionWord } from './lexicon';
import { buildMemo } from './memo';
import { alternation, BE_FINITE, escapeRegExp, HAVE, MODAL } from './word-classes';

/** Words that deny or set aside what follows them, up to the end of their clause. */
const BEFORE: Record<string, string[]> = {
  en: [
    'not',
    "n't",
    'no',
    'never',
    'no longer',
    'nor',
    'neither',
    'beyond',
    'rather than',
    'instead of',
    'without',
    'far from',
    'nothing',
    'none of',
    'so-called',
    // what a thing is kept from: "subsidies, protection from foreign competition" (Carter, 24
    // October 1978, judge25 D3: the list showed "Foreign competition" as a privilege)
    'protection from',
    'protection against',
    'freedom from',
    'shielded from',
    'insulated from',
  ],
  de: [
    'nicht',
    'kein',
    'keine',
    'keinen',
    'keinem',
    'keiner',
    'keines',
    'nie',
    'niemals',
    'weder',
    'statt',
    'anstatt',
    'ohne',
    'jenseits',
  ],
  fr: [
    'ne',
    "n'",
    'pas',
    'jamais',
    'sans',
    'au lieu de',
    'plutôt que',
    'au-delà de',
    'ni',
    'prétendu',
    'prétendue',
    'aucun',
    'aucune',
  ],
  es: [
    'no',
    'nunca',
    'jamás',
    'ni',
    'sin',
    'en lugar de',
    'en vez de',
    'más allá de',
    'ya no',
    'supuesto',
    'supuesta',
    'ningún',
    'ninguno',
    'ninguna',
    'ningunos',
    'ningunas',
  ],
  it: ['non', 'mai', 'senza', 'invece di', 'né', 'oltre', 'nessun', 'nessuno', 'nessuna'],
  pt: ['não', 'nunca', 'sem', 'em vez de', 'nem', 'além de', 'nenhum', 'nenhuma', 'nenhuns', 'nenhumas'],
  ru: [
    'не',
    'ни',
    'нет',
    'без',
    'вместо',
    'так называемый',
    'так называемая',
    'так называемые',
    'скажете, что',
    'скажут, что',
  ],
  ar: ['لا', 'لم', 'لن', 'ليس', 'ليست', 'دون', 'بدلا من', 'بدلاً من', 'غير'],
  // (issue 10, judge16: "Goed gaan" of "de dingen die nog niet goed gaan" lost its "niet")
  nl: ['niet', 'geen', 'nooit', 'noch', 'zonder', 'in plaats van', 'niet langer', 'zogenaamde'],
  da: ['ikke', 'ingen', 'intet', 'aldrig', 'hverken', 'uden', 'i stedet for'],
  sv: ['inte', 'icke', 'ej', 'ingen', 'inget', 'inga', 'aldrig', 'varken', 'utan', 'i stället för'],
  nb: ['ikke', 'ingen', 'intet', 'aldri', 'verken', 'uten', 'i stedet for'],
  fi: ['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'ilman'],
  hr: ['ne', 'ni', 'nije', 'nisu', 'nema', 'nikad', 'nikada', 'bez', 'umjesto', 'umesto'],
  sl: ['ne', 'ni', 'niso', 'nima', 'nikoli', 'brez', 'namesto'],
  pl: ['nie', 'ani', 'nigdy', 'bez', 'zamiast'],
  cs: ['ne', 'není', 'nejsou', 'nikdy', 'ani', 'bez', 'místo'],
  // (and what the speaker says the room will call him: "Чи ви зараз скажете, що я кажу неправду, …"
  // is no admission, uk-razumkov, titles20)
  uk: ['не', 'ні', 'ані', 'ніколи', 'без', 'замість', 'скажете, що', 'скажуть, що'],
  el: ['δεν', 'μην', 'όχι', 'ποτέ', 'χωρίς', 'αντί'],
  hu: ['nem', 'nincs', 'nincsenek', 'sem', 'soha'],
  // Chinese 不 alone negates verbs ("倘不明白革命的实际情形" keeps its topic): only what denies a thing
  zh: ['并非', '而不是', '不是'],
  // (judge27: "Thuộc địa của Pháp" of "nước ta đã thành thuộc địa của Nhật, chứ không phải thuộc
  // địa của Pháp nữa", a colony of Japan and no longer of France, Hồ Chí Minh 1945)
  vi: ['không', 'chẳng', 'chả', 'chưa', 'chớ', 'đừng', 'không phải', 'chứ không phải', 'không còn', 'thiếu'],
  // (judge27: "היית זושא", you were Zusha, of "למה לא היית זושא?", why were you not Zusha; the
  // negation takes the conjunction "and"/"that" written onto it: "ולא", "שלא")
  he: [
    'לא',
    'ולא',
    'שלא',
    'כשלא',
    'אין',
    'ואין',
    'שאין',
    'אינו',
    'אינה',
    'אינם',
    'אינן',
    'אינני',
    'איננו',
    'איננה',
    'אינכם',
    'אינך',
    'אף פעם לא',
    'בלי',
    'ללא',
    'מבלי',
  ],
  ca: ['no', 'mai', 'ni', 'sense', 'en lloc de', 'en comptes de', 'ja no'],
  id: ['tidak', 'tak', 'bukan', 'bukanlah', 'belum', 'tanpa', 'jangan', 'tiada', 'bukannya', 'alih-alih'],
  ms: ['tidak', 'tak', 'bukan', 'bukanlah', 'belum', 'tanpa', 'jangan', 'tiada', 'bukannya'],
  // (judge37: "Comasaţi clase" of "nu să comasaţi clase", "Există absolvenţi" of "Nu există
  // absolvenţi…", "Închide şcoli" of "nu se vor închide şcoli"; "n-" glued to its verb: GLUED)
  ro: [
    'nu',
    'nici',
    'niciodată',
    'nicidecum',
    'niciun',
    'nicio',
    'niciunul',
    'niciuna',
    'fără',
    'în loc de',
    'în loc să',
    'aşa-zis',
    'aşa-zisa',
    'aşa-zişii',
    'așa-zis',
    'așa-zisa',
  ],
  // Slovak and Latvian write the negation onto most verbs ("nemá", "nav"): a title that keeps the
  // verb keeps it. These are the negations said as words.
  sk: ['ne', 'nie', 'ani', 'nikdy', 'bez', 'namiesto', 'žiadny', 'žiadna', 'žiadne', 'žiaden', 'nijaký'],
  lv: ['ne', 'nav', 'nekad', 'nevis', 'bez', 'neviens', 'neviena', 'nekāds', 'nekāda'],
  et: ['ei', 'pole', 'polnud', 'mitte', 'ega', 'ilma', 'asemel'],
  is: ['ekki', 'aldrei', 'enginn', 'engin', 'ekkert', 'án', 'hvorki', 'í stað'],
  bg: ['не', 'няма', 'нито', 'никога', 'без', 'вместо', 'никакъв', 'никаква', 'никакво', 'никакви'],
  tr: ['hiçbir', 'asla'],
  // Hindi says "नहीं"/"न" before the verb, its subject and object before that: both sides are the
  // negated clause (AFTER holds the same words for the side before)
  hi: ['नहीं', 'न', 'मत', 'कभी नहीं'],
  // (Bengali, Malayalam and Tamil negate after the verb or noun: AFTER; none before)
  bn: [],
  ml: [],
  ta: [],
};

/**
 * Words that set a group apart from what the sentence says of the rest ("Except for our lowest paid
 * workers, I'm asking all employees … to limit total wage increases to a maximum of 7 percent",
 * Carter 1978, judge25): the group is the one the point does not apply to, and titles nothing.
 * Each takes a noun phrase, which ends at the next function word or punctuation.
 */
const EXCEPT: Record<string, string[]> = {
  en: [
    'except',
    'except for',
    'apart from',
    'aside from',
    'other than',
    'with the exception of',
    'save for',
    'excluding',
  ],
  de: ['außer', 'ausgenommen', 'mit Ausnahme von', 'mit Ausnahme der', 'mit Ausnahme des', 'abgesehen von'],
  fr: ['sauf', "à l'exception de", "à l'exception des", "à l'exception du", 'excepté', 'hormis'],
  es: ['excepto', 'salvo', 'a excepción de', 'con excepción de', 'con la excepción de'],
  it: ['ad eccezione di', 'ad eccezione dei', 'ad eccezione delle', 'tranne', 'eccetto', 'salvo'],
  pt: ['exceto', 'excepto', 'salvo', 'à exceção de', 'com exceção de', 'com a exceção de'],
  pl: ['z wyjątkiem', 'oprócz'],
  ru: ['кроме', 'за исключением'],
  uk: ['крім', 'окрім', 'за винятком'],
  nl: ['behalve', 'met uitzondering van'],
  sv: ['utom', 'förutom', 'med undantag av', 'med undantag för'],
  da: ['undtagen', 'bortset fra', 'med undtagelse af'],
  nb: ['unntatt', 'bortsett fra', 'med unntak av'],
};
/** An exception cue (any language): it takes a noun phrase, as "without" does. */
const EXCEPT_CUE = new RegExp(
  `^(?:${[...new Set(Object.values(EXCEPT).flat())].map((w) => escapeRegExp(w).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})$`,
  'iu',
);

/** Words that declare what precedes them (in their clause) over and done ("… ist es für immer vorbei"). */
const AFTER: Record<string, string[]> = {
  en: ['is over', 'are over', 'is gone', 'are gone', 'is a thing of the past', 'are a thing of the past'],
  de: ['vorbei', 'beseitigt', 'abgeschafft', 'zu Ende', 'vergangen'],
  fr: ['est fini', 'est révolu', 'sont révolus', 'est terminé'],
  es: ['se acabó', 'ha terminado', 'han terminado', 'quedó atrás'],
  it: ['è finito', 'è finita'],
  pt: ['acabou', 'terminou'],
  ru: ['покончено', 'в прошлом', 'закончилось'],
  // Japanese and Korean deny a noun with the word said after it ("…ではなく", "…이 아니라")
  // (not "…ではありませんか", "…じゃないか": a rhetorical question affirms)
  ja: ['ではなく', 'でなく'],
  ko: ['아니라', '아니다', '아닌', '아닙니다', '아니고', '아니며'],
  // Bengali, Hindi, Malayalam, Tamil and Turkish deny the clause said before the word: "…যেগুলোর
  // ব্যাপক চর্চা হয় না" (which are *not* widely talked about, judge37 title "যেগুলোর ব্যাপক চর্চা
  // হয়"), "यह सही नहीं है", "ഇത് ശരിയല്ല" / "… അല്ല", "doğru değil"
  bn: ['না', 'নি', 'নয়', 'নয়', 'নেই', 'নাই', 'ছাড়া', 'বিনা'],
  hi: ['नहीं', 'न', 'मत', 'बिना', 'के बिना', 'के बजाय'],
  ml: ['ഇല്ല', 'അല്ല', 'ഇല്ലാതെ', 'അല്ലാതെ', 'ഇല്ലാത്ത', 'അല്ലാത്ത'],
  ta: ['இல்லை', 'அல்ல', 'இல்லாமல்', 'இல்லாத'],
  tr: ['değil', 'değildir', 'yok', 'yoktur', 'olmadan', 'yerine'],
};

/**
 * A view the speaker reports to reject it, to the end of the sentence ("a lot of people just want
 * to … contest elections", "some say …"). Patterns, not words: "those who" alone also honours.
 */
const VIEW: Record<string, string[]> = {
  en: [
    String.raw`(?:some|many|a lot of|too many|certain)\s+(?:people\s+|voices\s+|leaders\s+)?(?:just\s+)?(?:want|say|claim|argue|pretend)`,
    // "you'll end up hearing some of the same claims that rolling back these tax breaks means a
    // massive tax increase" (Obama, 24 February 2009): a claim reported to be answered
    String.raw`(?:claims?|myths?)\s+that`,
    // "let me take that $99 billion tax program apart, and you decide whether it's the biggest tax
    // increase in history" (Reagan, 16 August 1982): a claim put to the listener to be weighed
    String.raw`(?:decide|judge)\s+(?:for\s+yourselves?\s+)?whether`,
  ],
  de: [String.raw`(?:manche|einige|viele)\s+(?:Leute\s+|Menschen\s+)?(?:wollen|sagen|behaupten)`],
  fr: [String.raw`(?:certains|beaucoup|d['’]aucuns)\s+(?:veulent|disent|prétendent)`],
  es: [String.raw`(?:algunos|muchos|hay quienes)\s+(?:quieren|dicen|pretenden)`],
  ru: [String.raw`(?:некоторые|многие|кое-кто)\s+(?:хотят|говорят|утверждают)`],
};

/** Cues that only seem to deny: "not only … but also", "nothing less than". */
const NOT_DENYING =
  /^(?:nu numai|nu doar|nu mai puţin|nu mai puțin|nu în ultimul rând|nie len|mitte ainult|mitte üksnes|ei ainult|не само|ne tikai|ne vien|ekki aðeins|ekki bara|ekki síst|न केवल|न सिर्फ|नहीं तो|кроме того|крім того|окрім того|oprócz tego|förutom det|apart from that|other than that|not only|not just|not least|nicht zuletzt|ikke mindst|ikke minst|inte minst|nothing less than|no less than|not less than|nothing short of|none other than|no doubt|no matter|nicht nur|nichts weniger als|non seulement|rien de moins que|no solo|no sólo|nada menos que|non solo|não só|не только|不但|不仅|不只|لا مثيل|لا سيما|không chỉ|không những|chẳng những|không ít|không thể không|không khí|không gian|không quân|לא רק|ולא רק|לא אחת|לא פחות|tidak hanya|tak hanya|bukan hanya|tidak sedikit|no només|no sols|no solament)/iu;

/**
 * Cues that take a noun phrase ("beyond material benefits", "without preconditions"): what they
 * set aside ends at the next function word ("without preconditions | on the basis of mutual respect").
 */
const NOUN_CUE =
  /^(?:protection from|protection against|freedom from|shielded from|insulated from|nenhum|nenhuma|nenhuns|nenhumas|ningún|ninguno|ninguna|ningunos|ningunas|aucun|aucune|nessun|nessuno|nessuna|beyond|rather than|instead of|without|far from|statt|anstatt|ohne|jenseits|sans|au lieu de|plutôt que|au-delà de|sin|en lugar de|en vez de|más allá de|senza|invece di|oltre|sem|em vez de|além de|без|вместо|دون|بدلا من|بدلاً من)$/iu;
/** Joins a noun to its complement ("benefits of the South"): no end of a noun phrase. */
const OF = /^(?:of|de|del|des|du|von|der|di|do|da|из)$/iu;

/** A clause ends at punctuation or at the conjunction that turns to what is affirmed. */
export const TURN =
  /^(?:but|yet|aber|sondern|doch|mais|pero|sino|ma|mas|но|а|لكن|ولكن|بل|maar|mutta|vaan|ali|nego|već|ampak|vendar|ale|але|αλλά|하지만|그러나)$/iu;
/** A verb after the denied phrase starts what the sentence says of it ("beyond material benefits will be …"). */
const VERB = new RegExp(
  String.raw`^(?:${alternation(BE_FINITE, HAVE, MODAL)}|ist|sind|war|waren|wird|werden|est|sont|sera|seront|es|son|fue|será|serán|è|sono|é|são|будет|будут|является)$`,
  'iu',
);
const WINDOW = 10;

/**
 * "Any" under a denial earlier in its sentence denies the noun after it too: pt "não parece
 * acrescentar, pois, qualquer efeito útil", es "no aporta cualquier ventaja", en "did not bring any
 * real change" (the denial's own span ends at the comma or the window; judge18 "Efeito útil").
 */
const ANY: Record<string, RegExp> = {
  en: /(?<!\p{L})any(?!\p{L})/giu,
  pt: /(?<!\p{L})(?:qualquer|quaisquer)(?!\p{L})/giu,
  es: /(?<!\p{L})(?:cualquier|cualesquier)(?!\p{L})/giu,
  it: /(?<!\p{L})(?:alcun|alcuno|alcuna|qualsiasi)(?!\p{L})/giu,
};
/**
 * A noun with "any" set after it under a denial: es "no ha sido … la tramitación de un real
 * decreto-ley cualquiera", pt "não é um decreto qualquer", fr "n'est pas un texte quelconque":
 * the noun phrase from its article to "any" is denied (judge18 title "Real decreto-ley cualquiera").
 */
const ANY_AFTER: Record<string, RegExp> = {
  es: /(?<!\p{L})(?:un|una)\s+((?:[\p{L}-]+\s+){0,4}?(?:cualquiera))(?!\p{L})/giu,
  pt: /(?<!\p{L})(?:um|uma)\s+((?:[\p{L}-]+\s+){0,4}?(?:qualquer))(?!\p{L})/giu,
  fr: /(?<!\p{L})(?:un|une)\s+((?:[\p{L}-]+\s+){0,4}?(?:quelconque))(?!\p{L})/giu,
};
/** Whether a denial cue of `lang` is said earlier in the sentence that holds `at`. */
function deniedBefore(text: string, at: number, lang: string): boolean {
  let from = at;
  while (from > 0 && !/[.!?;:。！？；：।॥]/u.test(text.charAt(from - 1))) from--;
  const before = text.slice(from, at);
  for (const m of before.matchAll(cueRe('before', lang)))
    if (!NOT_DENYING.test(before.slice(m.index))) return true;
  return false;
}

/**
 * Negations written onto the word they deny, by language: Romanian "n-" before a vowel ("n-a
 * venit", "n-au făcut", "n-o să …").
 */
const GLUED: Record<string, string[]> = {
  ro: ['(?<![\\p{L}\\p{M}])n-(?=[aoeăî])'],
};
/** A pattern that matches nothing: a language with no cue of a kind. */
const NEVER = '(?!)';

const cache = new Map<string, RegExp>();
function cueRe(kind: 'before' | 'after' | 'view', lang: string): RegExp {
  const l = primaryLang(lang);
  const key = `${kind}:${l}`;
  let re = cache.get(key);
  if (!re) {
    const table = kind === 'before' ? BEFORE : kind === 'after' ? AFTER : VIEW;
    // (Standard Malay, "zlm"/"zsm" as the detector names it, reads with Malay)
    const own =
      l === 'bs' || l === 'sr'
        ? 'hr'
        : l === 'no' || l === 'nn'
          ? 'nb'
          : l === 'zlm' || l === 'zsm'
            ? 'ms'
            : l;
    const words = [
      ...(own && table[own] ? table[own]! : Object.values(table).flat()),
      // (an exception sets its group aside as a denial does)
      ...(kind !== 'before'
        ? []
        : own && EXCEPT[own]
          ? EXCEPT[own]!
          : own && table[own]
            ? []
            : Object.values(EXCEPT).flat()),
    ];
    const alts = [...new Set(words)]
      .sort((a, b) => b.length - a.length)
      .map((w) => (kind === 'view' ? w : escapeRegExp(w).replace(/'/g, "['’]").replace(/ /g, '\\s+')));
    const cjk = l === 'zh' || l === 'ja';
    // "n't" and French "n'" are glued to the word before or after them; Romanian "n-" to its verb
    const glued = kind !== 'before' ? [] : ["n['’]t(?![\\p{L}\\p{M}])", ...(GLUED[own ?? ''] ?? [])];
    // (a word's edge is a letter or a mark: "ने" is न with its vowel sign, no "न" of Hindi)
    const wordAlt = alts.length ? [`(?<![\\p{L}\\p{M}])(?:${alts.join('|')})(?![\\p{L}\\p{M}])`] : [];
    re = new RegExp(
      cjk
        ? `(?:${alts.join('|')})`
        : wordAlt.length || glued.length
          ? `(?:${[...wordAlt, ...glued].join('|')})`
          : NEVER,
      'giu',
    );
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

// ("|" is the danda as Hindi sources type it: "… स्वर्ण पदक जीता | उन्होंने …")
const BOUNDARY = /[,;:!?.()—–"“”«»，。；：！？、।॥|]/u;
/**
 * How many words before a denial said after its clause it denies, in the languages added with
 * judge37 (Bengali, Hindi, Malayalam, Tamil, Turkish): their clause runs on without punctuation
 * ("…कि न्यू इंडिया के निर्माण में सिर्फ बड़े शहरों के लोगों का योगदान नहीं है"), and the words
 * next to the denial are what it denies.
 */
const AFTER_WORDS: Record<string, number> = { bn: 6, hi: 6, ml: 6, ta: 6, tr: 6 };

/** Offsets [from, to) of the text that `text` denies, sets aside or reports as another's view. */
export function deniedSpans(text: string, lang = ''): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const cjk = primaryLang(lang) === 'zh';
  // (a German group set apart ends at its noun: "außer den Rentnern | müssen alle …")
  const german = primaryLang(lang) === 'de';
  const after = (from: number, nounCue: boolean, except = false): void => {
    let to = from;
    let words = 0;
    let noun = false;
    for (const w of text.slice(from).matchAll(cjk ? /[^\s]/gu : /(\s*)([^\s]+)/gu)) {
      const word = cjk ? w[0] : w[2]!;
      if (BOUNDARY.test(word.charAt(0)) || TURN.test(word) || (words > 0 && VERB.test(word))) break;
      if (nounCue && words > 0 && isFunctionWord(word, lang) && !OF.test(word)) break;
      if (except && german && noun && /^\p{Ll}/u.test(word) && !OF.test(word)) break;
      noun = /^\p{Lu}/u.test(word);
      to = from + w.index + w[0].length;
      if (++words >= (cjk ? WINDOW * 2 : WINDOW) || BOUNDARY.test(word.slice(-1))) break;
    }
    spans.push([from, to]);
  };
  for (const m of text.matchAll(cueRe('before', lang))) {
    if (NOT_DENYING.test(text.slice(m.index))) continue;
    const cue = m[0].replace(/\s+/gu, ' ');
    const except = EXCEPT_CUE.test(cue);
    after(m.index + m[0].length, NOUN_CUE.test(cue) || except, except);
  }
  const l = primaryLang(lang);
  const any = ANY[l];
  if (any)
    for (const m of text.matchAll(any))
      if (deniedBefore(text, m.index, lang)) after(m.index + m[0].length, true);
  const anyAfter = ANY_AFTER[l];
  if (anyAfter)
    for (const m of text.matchAll(anyAfter)) {
      const from = m.index + m[0].length - m[1]!.length;
      if (deniedBefore(text, m.index, lang)) spans.push([from, m.index + m[0].length]);
    }
  const afterWords = AFTER_WORDS[primaryLang(lang)];
  for (const m of text.matchAll(cueRe('after', lang))) {
    let from = m.index;
    while (from > 0 && !BOUNDARY.test(text.charAt(from - 1))) from--;
    if (afterWords) {
      const words = [...text.slice(from, m.index).matchAll(/[^\s]+/gu)];
      if (words.length > afterWords) from += words[words.length - afterWords]!.index;
    }
    spans.push([from, m.index]);
  }
  for (const m of text.matchAll(cueRe('view', lang))) {
    const from = m.index + m[0].length;
    // ("claims that … means a massive tax increase …: If your family earns …": what a "that"
    // reports ends at a colon, and the speaker's answer follows)
    const end = (/that$/iu.test(m[0]) ? /[.!?:;]/u : /[.!?。！？]/u).exec(text.slice(from));
    spans.push([from, end ? from + end.index : text.length]);
  }
  return spans;
}

/**
 * The spans of the texts asked about in this build (memo.ts): a slide's candidates are all checked
 * against one text, but the title passes of a slide ask about its sentences and its passages in
 * turn, and keeping the last text alone worked the same spans out again and again.
 */
const spansOf = buildMemo<ReadonlyArray<readonly [number, number]>>(64);

/**
 * Whether every place `phrase` is said in `text` is one the text denies or sets aside (a phrase
 * also said plainly elsewhere is the speaker's own). A phrase not found is not denied.
 */
export function isDenied(phrase: string, text: string, lang = ''): boolean {
  const p = phrase.trim().toLowerCase();
  if (!p) return false;
  const lower = text.toLowerCase();
  const at: number[] = [];
  for (let i = lower.indexOf(p); i >= 0 && at.length < 50; i = lower.indexOf(p, i + 1)) at.push(i);
  if (!at.length) return false;
  const spans = spansOf(`${lang}\u0000${text}`, () => deniedSpans(text, lang));
  const cjk = primaryLang(lang) === 'zh';
  return at.every(
    (i) =>
      spans.some(([a, b]) => i >= a && i + p.length <= b) || (cjk && ZH_NOT_BEFORE.test(text.slice(0, i))),
  );
}

/**
 * Chinese words that deny what is said right after them ("被不喜欢改革的中国人听见", "没有声音的民族":
 * "喜欢改革的中国" and "声音的民族" alone say the opposite, judge21). 不 also negates a verb with
 * its object after it ("倘不明白革命的实际情形" keeps "革命的实际情形"), so only a phrase that
 * starts right after the word is denied by it.
 */
const ZH_NOT_BEFORE = /(?:不|没有|没|无|毫无|并无)$/u;

/** Words that deny the noun phrase right after them, and can be shown with it ("Sem utilidade visível"). */
const SHOWN_WITH =
  /^(?:without|no|ohne|kein|keine|keinen|keinem|keiner|keines|sans|aucun|aucune|sin|ningún|ninguna|ninguno|ningunos|ningunas|senza|nessun|nessuno|nessuna|sem|nenhum|nenhuma|nenhuns|nenhumas|zonder|geen|uden|utan|uten|ilman|bez|без|χωρίς)$/iu;

/**
 * A phrase the text denies, shown with the word that denies it ("sem utilidade visível" →
 * "sem utilidade visível"), when that word is right before it each time it is said; else null
 * (a phrase denied from further off, "não parece acrescentar, pois, qualquer efeito útil", has no
 * short form that keeps its sense: it is not shown).
 */
export function withDenial(phrase: string, text: string): string | null {
  const p = phrase.trim();
  if (!p) return null;
  const lower = text.toLowerCase();
  const forms = new Set<string>();
  for (let i = lower.indexOf(p.toLowerCase()); i >= 0; i = lower.indexOf(p.toLowerCase(), i + 1)) {
    const cue = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, i - 24), i))?.[1];
    if (!cue || !SHOWN_WITH.test(cue)) return null;
    forms.add(cue.toLowerCase());
    if (forms.size > 1) return null;
  }
  return forms.size ? `${[...forms][0]} ${p}` : null;
}

/**
 * A lead-in whose verb refutes, denies or reports what its list says ("这显然可以反证两件事：一是
 * 中国现在没有一个天才，二是…", "Critics say three things: …"): the items are not the speaker's
 * claims, and listed on their own they would read as his verdict. Such a list is not made.
 */
const FRAMES_OTHERS =
  /(?:反证|反驳|驳斥|否认|否定)(?:[^，。：:]{0,8})[：:，,]?\s*$|(?:他们|有人|人们|别人|论者)(?:都|也)?(?:说|以为|认为)[^，。]{0,8}[：:，,]?\s*$|と(?:云|言|い)う(?:人|者)が(?:ある|いる)[^。]{0,8}[：:、]?\s*$|\b(?:refut(?:e|es|ed)|disprov(?:e|es|ed)|den(?:y|ies|ied)|(?:they|critics|opponents|some(?:\s+people)?)\s+(?:say|said|claim|claimed|argue|argued))\b[^.!?]{0,40}[:,]?\s*$/iu;

/** Whether a list's lead-in frames its items as refuted, denied or someone else's view. */
export function framesOthersView(lead: string): boolean {
  return FRAMES_OTHERS.test(lead.trim());
}

/** How many words may stand between a clause's denial and the phrase it denies for the phrase to be its verb's. */
const NEAR_DENIAL = 2;

/**
 * Whether `phrase`, as a title, would be cut from the negation of its own clause and say the
 * opposite (judge37): the text denies it everywhere it says it, and somewhere with a clause's
 * denial a word or two before it or right after it: "există absolvenţi" of "Nu există
 * absolvenţi…", "închide şcoli" of "nu se vor închide şcoli", "comasaţi clase" of "nu să comasaţi
 * clase", "যেগুলোর ব্যাপক চর্চা হয়" of "…হয় না". A thing set aside by a preposition ("ohne die
 * vielfältige Unterstützung", "sem promulgação") or named further off in a denied clause ("Це не про
 * дороги і кар’єри") is still what the slide is about.
 */
export function cutFromItsNegation(phrase: string, text: string, lang = ''): boolean {
  const p = phrase.trim();
  if (!p || !isDenied(p, text, lang)) return false;
  const lower = text.toLowerCase();
  const key = p.toLowerCase();
  for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) {
    // a clause's denial said before the phrase, a word or two off ("nu se vor | închide şcoli")
    const before = text.slice(Math.max(0, i - 60), i);
    for (const m of before.matchAll(cueRe('before', lang))) {
      const cue = m[0].replace(/\s+/gu, ' ');
      if (NOUN_CUE.test(cue) || EXCEPT_CUE.test(cue)) continue;
      const gap = before.slice(m.index + m[0].length);
      if (!BOUNDARY.test(gap) && (gap.match(/[^\s]+/gu) ?? []).length <= NEAR_DENIAL) return true;
    }
    // or right after it ("চর্চা হয় | না")
    const rest = text.slice(i + key.length, i + key.length + 40);
    for (const m of rest.matchAll(cueRe('after', lang)))
      if (/^\s*$/u.test(rest.slice(0, m.index))) return true;
  }
  return false;
}
