/**
 * Key phrases of a passage (RAKE-style): candidate phrases are runs of words between function
 * words and punctuation, trimmed of stop words (stopwords-iso) at both ends; a phrase scores by
 * how often the passage uses its words and the phrase itself, boosted when the speaker emphasised
 * it (**bold**) or it names something (Capitalised Words).
 * CJK text is cut into words by `Intl.Segmenter` first.
 */
import { isFunctionWord, stopWords } from './lexicon';
import { primaryLang } from './lang';
import { buildMemoIn } from './memo';
import { MONTH_WORD } from './structure';
import { isTensWord, joinsNumber } from './number-words';
import { segmenter } from '../segmenter';
import { isTurkishConverb, isTurkishFinite, isTurkishOblique } from './turkish';
import { isSwedishInfinitive } from './title-nordic';
import { foldJoiners, JOINERS } from './joiners';

/**
 * Malayalam case endings a text writes apart after a numeral: "1971 ലെ" (of 1971), "1999 ല്‍" (in
 * 1999), "2 ന്റെ" (of the 2nd), "1965 ലും" (in 1965 too), "48 ാം" (48th).
 */
const ML_NUMERAL_CASE = new RegExp(
  `^(?:ലെ|ലും|ല്${JOINERS[1]}?|ന്${JOINERS[1]}?|ന്റെ|നു|നും|ന്നു|നാണ്|ലാണ്|ഓടെ|ഓളം|ആം|ാം|ആമത്തെ|ാമത്തെ|മത്തെ|ഉം|ഇല്${JOINERS[1]}?)$`,
  'u',
);

/** A word (letters, marks, digits, joiners, inner hyphens and apostrophes) or a run of what is between words. */
const WORD_OR_GAP = new RegExp(
  String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’&${JOINERS}]|-(?!-)|(?<=\p{Script=Hebrew})["״](?=\p{Script=Hebrew}))*|[^\s\p{L}\p{N}]+`,
  'gu',
);

export interface KeyPhrase {
  text: string;
  score: number;
  /** Offset of its first occurrence in the passage. */
  at: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MAX_WORDS = 4;
/** Two- and three-word phrases name a topic best. */
const LENGTH_BONUS: Record<number, number> = { 1: 1, 2: 1.3, 3: 1.4, 4: 1.2 };
/** Key phrases look at most at this much of a slide's text (keeps a huge slide linear). */
const WINDOW = 3000;

interface Tok {
  word: string;
  at: number;
  /** A phrase may not continue across this token's left edge. */
  breakBefore: boolean;
}

/**
 * Verb forms that end a noun phrase, in English and Russian (the languages whose phrases run on
 * without a function word between subject and verb): "-ed" past forms, Russian personal and past
 * endings. Crude, but only used to cut candidates, never to show anything.
 */
export const VERB_LIKE =
  /^(?:\p{Ll}{3,}ed|reached|reflects|stresses|urges|becomes|remains|makes|helps|shows|gives|takes|means|needs|wants|goes|comes|went|came|gets|got|\p{Ll}{3,}(?:ется|ются|ится|ятся|ает|яет|ует|ют|ет|ит|ят|ала|ила|ыла|ело|ило|али|или|ыли|ать|ять|ить|еть|ться))$/u;

/**
 * Finite verb forms of languages read without a tagger whose function words do not list them: a
 * verb between two nouns is a clause's predicate, and a key phrase is a noun phrase, never a run
 * across it. Dutch "Samenleving staat Nederland" of "…in de samenleving staat Nederland er … goed
 * voor", "Herstel gaat voelen", "Regering kiest" (Willem-Alexander, Troonrede 2015, judge27): the
 * present and past forms of the frequent verbs (the auxiliaries "is", "wordt", "heeft", "zal" and
 * the modals are function words already, lexicon.ts).
 */
const FINITE_VERB: Record<string, RegExp> = {
  // Italian: "Il confronto politico va egualmente liberato…" (Napolitano, Senato 2018, corpus): the
  // run "confronto politico va egualmente liberato" was too long a phrase and gave none
  it: /^(?:va|vanno|andava|andavano|viene|vengono|veniva|venivano|resta|restano|rimane|rimangono|rimaneva|serve|servono|occorre|occorrono|bisogna|sembra|sembrano|appare|appaiono|diventa|diventano|fa|fanno|faceva|facevano|dà|danno|sta|stanno|stava|stavano|porta|portano|chiede|chiedono|richiede|richiedono|mostra|mostrano|dimostra|dimostrano|conferma|confermano|pone|pongono|deve|devono|può|possono|vuole|vogliono)$/iu,
  nl: /^(?:staat|staan|stond|stonden|gaat|gaan|ging|gingen|komt|komen|kwam|kwamen|kiest|kiezen|koos|kozen|blijft|blijven|bleef|bleven|krijgt|krijgen|kreeg|kregen|maakt|maakte|maakten|neemt|nemen|nam|namen|geeft|geven|gaf|gaven|ziet|zien|zag|zagen|doet|doen|deed|deden|zegt|zeggen|zei|zeiden|houdt|hield|hielden|ligt|liggen|lag|lagen|vindt|vond|vonden|weet|weten|wist|wisten|brengt|brengen|bracht|brachten|laat|liet|lieten|biedt|bood|boden|vraagt|vroeg|vroegen|denkt|dacht|dachten|lijkt|leek|leken|betekent|zorgt|zorgde|zorgden|groeit|groeide|groeien|daalt|daalde|stijgt|steeg|stegen|stijgen|draagt|droeg|werkt|werkte|leeft|leefde|toont|helpt|hielp|voelt|voelde|voelen|kent|kende|loopt|liep|blijkt|bleek|begint|begon|volgt|volgde|stelt|stelde|zoekt|zocht|hoort|hoopt|hoopte|gelooft|wint|won|verliest|verloor|leidt|leidde|vormt|verdient|investeert|investeren|verandert|veranderde|trekt|trok|zet|zette|telt|speelt|speelde|steunt|steunde|durft|durven|durfde|durfden)$/iu,
};
/**
 * A Dutch verb form that is also a noun ("de staat", "een sterke staat"): a noun after an article,
 * a possessive or an adjective's "-e", a verb after a noun.
 */
const NL_NOUN_TOO = /^(?:staat)$/iu;

/**
 * Modal verbs: a phrase never ends (nor runs on) on one — "Solução deveria" of "esta solução deveria
 * ser objeto de ponderação" (judge18) is a noun and half a verb, not a thing said.
 */
const MODAL_WORD =
  /^(?:should|would|could|must|shall|might|ought|deveria|deveriam|devia|deviam|deve|devem|poderia|poderiam|sollte|sollten|solltest|müsste|müssten|muss|müssen|könnte|könnten|debería|deberían|debe|deben|podría|podrían|devrait|devraient|doit|doivent|pourrait|pourraient|dovrebbe|dovrebbero|devono|potrebbe|potrebbero)$/iu;

/**
 * Arabic nouns stopwords-iso lists, which head a noun phrase in the construct state: "وقف إطلاق
 * النار" (ceasefire) trimmed of "وقف" reads "إطلاق النار", the shooting (Guterres, International
 * Day of Peace 2021, judge22). Kept when a word follows them in the phrase.
 */
const STOP_NOUN = /^(?:وقف)$/u;
/**
 * Arabic "for (a period of)", "throughout", "during": they open an adverbial of time, so they end
 * the phrase before them ("وقف إطلاق النار لمدة 24 ساعة" → "وقف إطلاق النار").
 */
const AR_FOR_A_TIME = /^(?:لمدة|طوال|خلال)$/u;

/** A closing quotation mark said right after a Hangul syllable, before its particle ("정부’로"). */
const HANGUL_CLOSING_QUOTE = /\p{Script=Hangul}(?=['’]\p{Script=Hangul})/u;

/** Turkish words of time, said as adverbs ("bu yıl", "her yıl", "bugün"): no part of a noun phrase. */
const TR_TIME = /^(?:yıl|sene|ay|hafta|gün|bugün|yarın|dün|şimdi|artık)$/u;

/**
 * Whether `word` is a finite verb of `lang` (FINITE_VERB), said after `before` (the phrase's last
 * word so far, '' at a phrase's start): a Dutch form that is also a noun is the noun at a phrase's
 * start (after its article) and after an adjective.
 */
function finiteVerb(word: string, before: string, lang: string): boolean {
  const l = primaryLang(lang);
  const verb = FINITE_VERB[l];
  if (!verb || !verb.test(word)) return false;
  if (l === 'nl' && NL_NOUN_TOO.test(word) && (!before || /e$/iu.test(before))) return false;
  return true;
}

function tokens(text: string, lang: string): Tok[] {
  const out: Tok[] = [];
  const cjk = CJK.test(text);
  if (cjk) {
    const seg = segmenter(lang || 'zh', 'word');
    let pendingBreak = true;
    for (const s of seg.segment(text)) {
      // in CJK, a content word is at least two characters with a Han or Katakana one; kana
      // particles and single characters are grammar, so they end a phrase
      if (s.isWordLike && (s.segment.length < 2 || !/[\p{Script=Han}\p{Script=Katakana}]/u.test(s.segment))) {
        pendingBreak = true;
        continue;
      }
      if (!s.isWordLike) {
        if (/[^\s]/u.test(s.segment)) pendingBreak = true;
        continue;
      }
      out.push({ word: s.segment, at: s.index, breakBefore: pendingBreak });
      pendingBreak = false;
    }
    return out;
  }
  // "--" is an old text's dash ("Measures--improved forces"): it ends a word, a hyphen does not;
  // a Hebrew acronym's gershayim, typed as a double quote or as ״, is inside its word (היו"ר, צה״ל);
  // so are the zero-width joiners of Malayalam and Persian (joiners.ts)
  let pendingBreak = true;
  for (const m of text.matchAll(WORD_OR_GAP)) {
    if (!/^[\p{L}\p{N}]/u.test(m[0])) {
      if (/[^'’]/u.test(m[0])) pendingBreak = true;
      continue;
    }
    out.push({ word: m[0], at: m.index, breakBefore: pendingBreak });
    pendingBreak = false;
  }
  return out;
}

/** The last answers: a slide's text is asked about several times (its key line, bullets, title). */
const recent = new Map<string, readonly KeyPhrase[]>();
const RECENT = 16;

/**
 * Key phrases of `text`, best first. `boost` are phrases the speaker emphasised (bold).
 * Shared with other callers: the list and its phrases must not be changed.
 */
export function keyPhrases(text: string, lang = '', boost: readonly string[] = []): readonly KeyPhrase[] {
  const key = `${lang}\u0000${boost.join('\u0001')}\u0000${text}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const found = findKeyPhrases(text, lang, boost);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(key, found);
  return found;
}

/** One saying of a candidate phrase, scored but for the speaker's emphasis. */
interface Said {
  key: string;
  text: string;
  at: number;
  words: number;
  /** Its score before the emphasis and the CJK weights. */
  score: number;
  /** CJK: a phrase of one character (weighs 0.3), a compound of several words (0.5). */
  short: boolean;
  compound: boolean;
}

/**
 * The candidate phrases of the last passages read in this build: a slide's text is read with and
 * without its bold phrases, and only the scores differ (memo.ts: forgotten when the build ends).
 */
const readings = buildMemoIn<readonly Said[]>(RECENT);

/** Every saying of a candidate phrase in `text` (the part of the work no emphasis changes). */
function sayings(text: string, lang: string): readonly Said[] {
  return readings(text, lang, () => readSayings(text, lang));
}

function readSayings(text: string, lang: string): Said[] {
  const window = text.slice(0, WINDOW);
  const stop = stopWords(lang);
  const toks = tokens(window, lang);
  const joiner = CJK.test(window) ? '' : ' ';
  const phrases: Tok[][] = [];
  let cur: Tok[] = [];
  // a stop word is trimmed off a phrase's ends unless it is part of a name said in capitals
  // ("World Health Organization" keeps "World"); a function word always is
  const trimmable = (t: Tok, neighbour: Tok | undefined) =>
    stop.has(t.word.toLowerCase()) &&
    !(STOP_NOUN.test(t.word) && neighbour) &&
    (isFunctionWord(t.word, lang) ||
      !/^\p{Lu}/u.test(t.word) ||
      !neighbour ||
      !/^\p{Lu}/u.test(neighbour.word) ||
      t.breakBefore);
  const flush = () => {
    while (cur.length && trimmable(cur[0]!, cur[1])) cur.shift();
    while (cur.length && trimmable(cur[cur.length - 1]!, cur[cur.length - 2])) cur.pop();
    if (cur.length > MAX_WORDS && joiner === ' ') cur = cur.slice(0, 0);
    if (cur.length > MAX_WORDS) {
      // a long run (common in CJK, which has few function words): its two- and three-word parts
      for (let n = 1; n <= 2; n++)
        for (let i = 0; i + n <= cur.length; i++) phrases.push(cur.slice(i, i + n));
    } else if (cur.length) phrases.push(cur);
    cur = [];
  };
  const turkish = primaryLang(lang) === 'tr';
  // Persian has no function-word list of its own (lexicon.ts): its stop words end a phrase, so no
  // phrase runs across a preposition or a demonstrative ("ميهنانمان زير آن خدمت" of "…هم ميهنانمان
  // زير آن خدمت کردند")
  const persian = primaryLang(lang) === 'fa';
  // a number said in words is no phrase, and neither is a piece of one: "Четиридесет и седмото
  // народно събрание" (the 47th) never gives "Седмото народно събрание" (the Seventh)
  // ("Четиридесет седмото", a capitalised number run into its units, is one too; "forty acres" is
  // a number and its noun)
  let number: 'tens' | 'Tens' | 'join' | null = null;
  let prevWord = '';
  // (Italian "per" is "for": "per la pace")
  const englishText = !primaryLang(lang) || primaryLang(lang) === 'en';
  for (const t of toks) {
    if (t.breakBefore) flush();
    const said = number;
    number = null;
    if (isTensWord(t.word)) number = /^\p{Lu}/u.test(t.word) ? 'Tens' : 'tens';
    else if (said && said !== 'join' && !t.breakBefore && joinsNumber(t.word)) number = 'join';
    if (number || ((said === 'join' || (said === 'Tens' && /^\p{Ll}/u.test(t.word))) && !t.breakBefore)) {
      flush();
      continue;
    }
    // the unit after "per" is the rate's, no phrase's head ("Day goal" of "1 million barrels per
    // day goal", Ford 1974, judge22)
    if (englishText && /^per$/iu.test(prevWord) && !t.breakBefore) {
      prevWord = t.word;
      flush();
      continue;
    }
    // a Malayalam case ending written apart after its numeral is the number's ("1971 ലെ
    // ബംഗ്ലാദേശ്…", of 1971; "ഒക്‌ടോബര്‍ 2 ന്റെ"), no phrase's first word
    if (/^\p{N}+$/u.test(prevWord) && !t.breakBefore && ML_NUMERAL_CASE.test(t.word)) {
      prevWord = t.word;
      flush();
      continue;
    }
    const before = prevWord;
    prevWord = t.word;
    if (
      isFunctionWord(t.word, lang) ||
      finiteVerb(t.word, cur.length ? before : '', lang) ||
      isSwedishInfinitive(t.word, before, lang) ||
      (persian && stop.has(t.word)) ||
      AR_FOR_A_TIME.test(t.word) ||
      /\p{N}/u.test(t.word) ||
      VERB_LIKE.test(t.word) ||
      MODAL_WORD.test(t.word) ||
      // (Turkish runs on without a function word: its stop words, "bu", "her", "bir", part phrases;
      // "ve" joins two nouns, "mültecilik ve insanlık")
      (turkish &&
        ((stop.has(t.word.toLocaleLowerCase('tr')) && !/^(?:ve|veya|ile)$/u.test(t.word)) ||
          TR_TIME.test(t.word.toLocaleLowerCase('tr')) ||
          isTurkishFinite(t.word) ||
          isTurkishConverb(t.word)))
    ) {
      flush();
      continue;
    }
    // Turkish: a noun in an oblique case ends its phrase ("…meselelerde | Kartepe Zirvesi’yle"),
    // and so does the head after a genitive ("ülkenin katılımcıları | görüş ve düşüncelerini")
    const prev = cur[cur.length - 1]?.word.toLocaleLowerCase('tr') ?? '';
    if (
      turkish &&
      (isTurkishOblique(t.word) ||
        (/[ıiuü]n$/u.test(prev) && /[ıiuü]$/u.test(t.word.toLocaleLowerCase('tr'))))
    ) {
      cur.push(t);
      flush();
      continue;
    }
    // Turkish: a name's case ending, after its apostrophe, ends the phrase and is no part of it
    // ("Kartepe Zirvesi’nde" → "Kartepe Zirvesi"; "Türkiye'nin" → "Türkiye")
    const apostrophe = turkish ? /^(\p{Lu}[\p{L}\p{M}]*)['’]\p{Ll}+$/u.exec(t.word) : null;
    if (apostrophe) {
      cur.push({ ...t, word: apostrophe[1]! });
      flush();
      continue;
    }
    cur.push(t);
  }
  flush();
  const freq = new Map<string, number>();
  for (const p of phrases)
    for (const t of p) {
      const w = foldJoiners(t.word.toLowerCase());
      freq.set(w, (freq.get(w) ?? 0) + 1);
    }
  const out: Said[] = [];
  for (const said of phrases) {
    // (Korean writes no apostrophe: a ’ after Hangul closes a quotation, the particle after it
    // its case, "‘일자리 정부’로 ‘일자리 혁명’을 이루겠습니다": the phrase is what was quoted,
    // "일자리 정부", never "일자리 정부’로" with half its quotes, Moon 2012, judge23 D2)
    const closes = said.findIndex((t) => HANGUL_CLOSING_QUOTE.test(t.word));
    const p = closes < 0 ? said : said.slice(0, closes + 1);
    const last = p[p.length - 1]!;
    const end = closes < 0 ? last.word.length : HANGUL_CLOSING_QUOTE.exec(last.word)!.index + 1;
    const phrase = window.slice(p[0]!.at, last.at + end);
    if (/[,;:.!?()，。；：]/u.test(phrase) || MONTH_WORD.test(phrase)) continue;
    const key = phrase.toLowerCase();
    const words = p.map((t) => foldJoiners(t.word.toLowerCase()));
    // what the passage keeps coming back to: its words' frequency (stop words count little)
    const wordScore = words.reduce((s, w) => s + (stop.has(w) ? 0.3 : (freq.get(w) ?? 1)), 0) / words.length;
    let score = (1 + wordScore) * (LENGTH_BONUS[p.length] ?? 1);
    if (p.length > 1 && p.every((t) => /^\p{Lu}/u.test(t.word))) score *= 1.3;
    out.push({
      key,
      text: phrase,
      at: p[0]!.at,
      words: p.length,
      score,
      short: joiner === '' && phrase.length < 2,
      compound: joiner === '' && p.length > 1,
    });
  }
  return out;
}

function findKeyPhrases(text: string, lang: string, boost: readonly string[]): KeyPhrase[] {
  const boosted = boost.map((b) => b.toLowerCase());
  const byText = new Map<string, KeyPhrase & { count: number }>();
  for (const said of sayings(text, lang)) {
    const { key, words } = said;
    let score = said.score;
    if (boosted.some((b) => b.includes(key) || key.includes(b))) score *= 2;
    if (said.short) score *= 0.3;
    if (said.compound) score *= 0.5; // CJK compounds of chance neighbours: unless repeated
    const prior = byText.get(key);
    if (prior) {
      prior.count++;
      prior.score = Math.max(prior.score, score) + (LENGTH_BONUS[words] ?? 1);
    } else byText.set(key, { text: said.text, score, at: said.at, count: 1 });
  }
  const lang2 = primaryLang(lang);
  // (a word of three letters or more; a vowel sign is part of its letter: "स्पेस", "देश")
  return [...byText.values()]
    .filter(
      (k) => lang2 === 'zh' || lang2 === 'ja' || CJK.test(k.text) || /(?:\p{L}\p{M}*){3,}/u.test(k.text),
    )
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .map(({ text: t, score, at }) => ({ text: t, score, at }));
}
