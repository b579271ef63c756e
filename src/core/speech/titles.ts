/**
 * Slide titles a designer would write: at most 8 words (16 CJK characters), a headline or a noun
 * phrase for the slide's point, taken from the speech. Candidates, best first: the speaker's
 * **bold** emphasis; the topic a sentence announces ("Regarding digital infrastructure, …",
 * "Let me turn to climate"); a short first sentence that reads as a headline; a key phrase.
 * Every candidate must pass `isTitle`: never a greeting, thanks, discourse marker, bullet or
 * numeral, never ending on a function word or a comma, never the cut-off start of a sentence.
 */
import { isProcedural } from './quotable';
import { isConceded, isRefutedSetUp } from './refuted';
import { inlineText, type Inline } from '../deck';
import { mendedPhrase, standsAlone } from './fragment';
import { bareMarker, enumerationMarker, markerNamed } from './enumeration';
import { keyPhrases } from './keyphrases';
import { buildMemo, buildMemoIn } from './memo';
import { alternation, BE_FINITE, escapeRegExp, HAVE, MODAL, oneOf } from './word-classes';
import { breaksSense } from './title-polarity';
import { cutFromItsNegation } from './negation';
import { articles, isDiscourseOnly, isFunctionWord, isOwnFunctionWord, TITLE_BEFORE_NAME } from './lexicon';
import { endsOnVerb, isCircumstance, isVerbIn, listPhraseProblem, widerPhrases } from './keylist';
import { primaryLang } from './lang';
import { deAdjectiveCut } from './title-eu';
import { isPassingName, isPersonName, isPlaceOrPeople, opensOnRank } from './names';
import { isNumberedHead, structureKind } from './structure';
import { cjkOnScreen } from './cjk-lines';
import { cjkCutPhrase, cjkLastResort, cjkNounPhrases, isCjkPhrase, withoutHedge } from './titles-cjk';
import { capitalize, hasCjk, unshout, wordsOf } from './text';
import { withoutEmphasisMarks } from './inline';
import { endsOnNoun } from './last-line';
import { euPhraseProblem } from './phrase-eu';
import { GENERIC, titleWordsProblem, withoutTimeAdverb, withoutTimeOpening } from './title-words';
import {
  isKorean,
  koreanCutPhrase,
  koreanHeadline,
  koreanNounPhrases,
  koreanTitleProblem,
} from './titles-ko';

export const MAX_TITLE_WORDS = 8;
export const MAX_TITLE_CJK = 16;

const TOPIC =
  /^(?:(?:now|and|so|but|then|also|finally|next|besides|first(?:ly)?|second(?:ly)?),?\s+|(?:第[一二三四五六七八九十]|其[一二三四五]|首先|其次|最后)[，,、]?\s*)?(?:regarding|as for|as to|as regards|with regard to|with respect to|when it comes to|turning to|in terms of|concerning|on the (?:issue|question|subject|topic|matter) of|что касается|относительно|en cuanto a|respecto a|en lo que respecta a|con respecto a|quant à|en ce qui concerne|s'agissant de|بالنسبة إلى|بالنسبة ل|فيما يتعلق ب|关于|至于|对于)\s*(.{2,80}?)[,，،:]/iu;
const ABOUT =
  /\b(?:let me (?:now )?(?:also )?(?:turn|come|move) to|let me (?:now )?(?:also )?(?:address|discuss|talk about|speak about|say a word about)(?: the (?:issue|question|subject|matter) of)?|i (?:want|would like|'d like) to (?:talk|speak|say a few words) about|i will (?:talk|speak) about|today i (?:want to )?(?:talk|speak) about)\s+(.{3,80}?)(?:[.,;:!?]|$)/iu;

/** A Russian sentence opened by a short participle and a count, to its first comma ("Построено свыше 120 километров дорог"). */
const RU_REPORT =
  /^\p{Lu}\p{Ll}{3,}(?:ано|ено|ёно|ято|ыто|аны|ены|ёны|ыты|яты)\s+(?:(?:свыше|более|около|почти|порядка)\s+)?\d[\d\s]*(?:[.,]\d+)?\s+[^,.;:!?—–]+/u;

/**
 * Articles that open a noun phrase in German and the Romance languages (never a title of two
 * words). Not English: "The future" titles its anaphora ("The future will belong to those who…").
 */
const BARE_ARTICLE = oneOf(
  [...articles(['de', 'fr', 'es', 'it', 'pt'])].filter((w) => !isOwnFunctionWord(w, 'en')),
);
/** A kin word before a name: the phrase is a person ("Husband Mark"). */
const KIN =
  /^(?:husband|wife|son|daughter|mother|father|brother|sister|grand(?:son|daughter|father|mother)|uncle|aunt|nephew|niece|cousin)\s+\p{Lu}/iu;
/** A calling before a full name: the phrase is a person ("Writer Marilyn Robinson"). */
const CALLING =
  /^(?:[Tt]he\s+)?(?:[Ww]riter|[Aa]uthor|[Pp]oet|[Nn]ovelist|[Ss]inger|[Pp]ainter|[Hh]istorian|[Pp]hilosopher)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/**
 * An English rank or form of address before a capitalised name is a person, whether or not the
 * people tagger knows the name ("President Rhee", "President Yoon", Harris 2023, judge23): a rank
 * (names.ts reads a phrase of ranks alone as a person) and one or two capitalised words, not a
 * rank word that also opens a body's name ("General Assembly").
 */
function rankedName(t: string, text: string, lang: string): boolean {
  const l = primaryLang(lang);
  const words = t.trim().split(/\s+/u);
  // (outside English, a rank names.ts knows: "Presidente Tabaré Vázquez", said twice over the
  // friendship of two peoples, Rousseff 2015, judge22)
  // (a rank alone is whom the speaker addresses or thanks: "Presidente")
  if (l && l !== 'en')
    return (
      (words.length === 1 && RANK_OPENING.test(`${t.trim()} `)) ||
      (words.length >= 2 &&
        words.length <= 4 &&
        (opensOnRank(t) || RANK_OPENING.test(t.trim())) &&
        words.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w)))
    );
  let at = 0;
  while (at < words.length - 1 && isPersonName(words[at]!, text, lang)) at++;
  const name = words.slice(at);
  return (
    at > 0 &&
    !/^(?:general|chair|leader|vice|prime)$/iu.test(words[0]!) &&
    name.length <= 2 &&
    // (a transcript's speaker label shouts it: "PRESIDENT YOON")
    name.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))
  );
}

/** A person's name as it opens a sentence ("Phyllis Schneck", "Dorwan and Mavy Stoddard"), a verb after it. */
const NAME_OPENING = /^((?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:and\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2})?)(?=\p{Ll})/u;
/** An appositive before the name ("A New Jersey native, Phyllis Schneck retired…"). */
const APPOSITIVE = /^(?:an?|the)\s+[^,]{2,40},\s+/iu;
/** What a life's story says: where it began and ended, whom it leaves, what was done in it. */
const LIFE =
  /\b(?:retired|born|grew up|married|widowed|survived by|graduate of|passed away|died|grandchildren|sweethearts|honeymoon|his wife|her husband)\b/iu;

/**
 * Whose life an English passage tells, or '': a person's name of two words or more opens one of
 * its first three sentences (after an appositive, "A New Jersey native, Phyllis Schneck retired to
 * Tucson…"), the passage says it or the person again ("she", "Judge Roll"), and it tells a life
 * (retired, survived by, grew up…). A eulogy's slide on one of the dead is titled by the name
 * (Obama, Tucson 2011, judge23: "New Jersey native" over Phyllis Schneck's life); a rank before
 * the name is left off ("John Roll" of "Judge John Roll served…").
 */
export function lifeTold(sentences: readonly string[], text: string, lang: string): string {
  const l = primaryLang(lang);
  if ((l && l !== 'en') || !LIFE.test(text)) return '';
  // (a transcript's stage directions aside: "(Applause.)")
  const said3 = sentences.map((x) => x.replace(/\([^()]*\)/gu, ' ').trim()).filter(Boolean);
  for (const [i, x] of said3.slice(0, 3).entries()) {
    const said = x.replace(APPOSITIVE, '');
    const m = NAME_OPENING.exec(said)?.[1]?.trim();
    if (!m) continue;
    let words = m.split(/\s+/u);
    while (words.length > 2 && isPersonName(words[0]!, text, lang)) words = words.slice(1);
    const name = words.join(' ');
    if (words.length < 2 || isPlaceOrPeople(name, lang) || isFunctionWord(words[0]!, lang)) continue;
    // (the person again: a pronoun, or a word of the name, in what follows)
    const rest = said3.slice(i + 1).join(' ');
    const again = words
      .filter((w) => w !== 'and')
      .some((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(rest));
    if (again || /\b(?:he|she|his|her|him|they|their)\b/iu.test(rest)) return name;
  }
  return '';
}

/** A title said before a name (lexicon.ts), opening a phrase: "presidente Tabaré Vázquez". */
const RANK_OPENING = new RegExp(String.raw`^${TITLE_BEFORE_NAME}\s`, 'iu');

/** A word for the talk itself or its parts, which names no slide's point alone. */
const TALK = /^(?:speech|speeches|remarks|address|question|questions|answer|talk|statement)$/iu;

/** An auxiliary or linking verb right after a phrase: the phrase before it is a whole subject. */
const AUX = new RegExp(
  String.raw`^\s+(?:${alternation(BE_FINITE, HAVE, MODAL)}|remains|remain|becomes|became|means|matters|является|являются|будет|es|son|fue|será|est|sont|sera|ist|sind|هو|هي)\b`,
  'iu',
);

/**
 * A Hindi postposition right after a phrase: the phrase before it is a whole noun phrase ("जल
 * संरक्षण से …" opens with its subject in the instrumental, not with a cut clause).
 */
const POSTPOSITION_AFTER = /^\s+(?:का|की|के|को|से|में|पर|ने|तक)(?=\s|$)/u;

/** A title opening on a comparison of quantity whose number was left behind ("Más de…", "More than…"). */
const COMPARED_QUANTITY =
  /^(?:(?:más|menos|mais)\s+de|(?:more|less|fewer)\s+than|(?:plus|moins)\s+d[e'’]|(?:più|meno)\s+d[i'’]|(?:mehr|weniger)\s+als|(?:meer|minder)\s+dan)(?=\s|$)/iu;

/**
 * An exclamative determiner opening a phrase the slide says inside a longer sentence ("Welch großer Bedeutung" of "…welch großer Bedeutung
 * diese Themen sind", Merkel 2021, judge26; "What a day"): an exclamation cut out of
 * its sentence. Said as a sentence of its own ("What a good man.", Obama 2015) it is a headline,
 * and a question asked whole is one.
 */
const EXCLAMATIVE_OPENING = /^(?:welch|what\s+an?|such\s+an?|qué|quelle?s?)\s/iu;

/** Whether `text` says `t` inside a longer sentence, an exclamative opening it (see EXCLAMATIVE_OPENING). */
function exclamationCut(t: string, text: string): boolean {
  if (!EXCLAMATIVE_OPENING.test(t) || /[?？]\s*$/u.test(t)) return false;
  const whole = new RegExp(String.raw`(?:^|[.!?]\s+)${escapeRegExp(t.replace(/[.!]+$/u, ''))}[.!]`, 'iu');
  return !whole.test(text);
}

/** Whether `t` is a title a designer would accept. `sentence`: the sentence it was taken from. */
export function isTitle(t: string, lang = '', sentence?: string): boolean {
  return titleOnItsOwn(t, lang) && (!sentence || !cutOpening(t.trim(), sentence));
}

/** Whether `t` is a title a designer would accept, whatever sentence it was taken from. */
function titleOnItsOwn(t: string, lang: string): boolean {
  const title = t.trim();
  // (each pass of the title finder and each of its checks asks of the same few phrases again)
  return titlesOnTheirOwn(`${lang}\u0000${title}`, () => titleAlone(title, lang));
}

/** titleOnItsOwn's answers in this build. */
const titlesOnTheirOwn = buildMemo<boolean>(4096);

function titleAlone(title: string, lang: string): boolean {
  if (!title || /^[•·◦▪‣●○■□*–—-]|^\p{Nd}|^[IVXLC]+\.?(?:\s|$)|\p{L}-(?:\s|$)/u.test(title)) return false;
  // a comparison of quantity opens on what its number measured ("Más de recursos" of "un 53 % más
  // de recursos", judge19): the number cut off, no title
  if (COMPARED_QUANTITY.test(title)) return false;
  // two exclamations or questions are two sentences, no headline: a salutation ("Українці!
  // Українки", Zelensky 2022, judge24), a cry ("Hurra! Hurra")
  if (/[!?！？]\s*\p{L}/u.test(title)) return false;
  // "l-year" is a source's slip for "1-year" ("L-year temporary tax surcharge", Ford 1974, judge22):
  // a number misread, never shown as a word
  if (/^[lIO]-(?:years?|months?|weeks?|days?|hours?)(?![\p{L}])/iu.test(title)) return false;
  if (
    // (nor on a dash that leads on to the next line: "نواجه خيارا قاسيا -" / "السلام أو الخطر الدائم.")
    /[,;:、，；：([«“"]$|\s[-–—]$/u.test(title) ||
    structureKind(title) ||
    isDiscourseOnly(title, lang) ||
    isNumberedHead(title)
  )
    return false;
  if (hasCjk(title) && !/\s\S+\s/.test(title)) {
    // one two-character word ("问题", "人格", "要紧") names no point: a title is a phrase; a
    // Japanese sentence ending ("…同じ事であります") makes a statement, not a headline
    if (title.length > MAX_TITLE_CJK || [...title.replace(/[\p{P}\s]/gu, '')].length < 3) return false;
    if (/(?:です|ます|でした|ました|あります|ありません|でしょう|である)$/u.test(title)) return false;
    // whom the speech addresses is no point ("広島市民の皆様" of the closing courtesy, "各位来宾")
    if (/(?:皆様|皆さま|皆さん|各位|诸位|諸君|朋友们|同志们|同胞们|同学们)$/u.test(title)) return false;
    // a Chinese title never ends on a particle or copula ("的是", "所讲的是"): it is cut mid-clause
    if (/(?:的|是|了|着|和|与|或|而|及)$/u.test(title)) return false;
    // nor opens on a particle, a conjunction or a pronoun pointing back ("がまた両方とも…") (cjk-lines.ts)
    if (cjkOnScreen(title, lang) !== title) return false;
  } else {
    // "--" is an old text's dash: "Lowest common denominator--or" ends on "or"
    const words = wordsOf(title.replace(/--|[—–]/gu, ' '));
    if (words.length > MAX_TITLE_WORDS) return false;
    const last = words[words.length - 1]!.replace(/[?!.]$/u, '');
    if (isFunctionWord(last, lang)) return false;
    // a possessive waits for its noun ("Free World's"); "Thus ours" opens on a connective
    if (/['’]s?$/u.test(last) || /^(?:thus|hence|therefore)$/iu.test(words[0]!)) return false;
    // (a Hangul syllable is a whole syllable: "평화 정착" has words of two, not of two letters)
    if (!words.some((w) => /(?:\p{L}\p{M}*){3,}|\p{Script=Hangul}{2}/u.test(w) && !isFunctionWord(w, lang)))
      return false;
    // (a Korean compound noun of three syllables or more stands alone: "정권교체")
    const koreanNoun = isKorean(title) && /^\p{Script=Hangul}{3,}$/u.test(title);
    if (
      words.length === 1 &&
      !/^\p{Lu}/u.test(title) &&
      !koreanNoun &&
      (title.length < 5 || !/^\p{L}+$/u.test(title))
    )
      return false;
    // an article and one noun says nothing of the slide ("Der Ausschuss", judge19): the noun alone,
    // or a phrase that says what of it, is the title
    if (words.length === 2 && BARE_ARTICLE.test(words[0]!)) return false;
    // unit words, a speech act, a clause's tail, a Russian oblique case or clause (title-words.ts)
    if (titleWordsProblem(title, lang)) return false;
    // Korean: a headline in noun style, never a sentence or a clause (titles-ko.ts)
    if (isKorean(title) && koreanTitleProblem(title)) return false;
  }
  return true;
}

/**
 * Whether `title` (trimmed) is the opening words of the longer `sentence` cut mid-clause: the
 * opening words of a sentence must stop at a clause boundary.
 */
function cutOpening(title: string, sentence: string): boolean {
  const s = sentence.trim();
  const rest = s.slice(title.length);
  return (
    s.startsWith(title) &&
    !!rest &&
    !/^[\s]*[,;:—–.!?，。；：！？،]/u.test(rest) &&
    // (a subject before its verb is a whole phrase — "España | es un país" — unless the opening
    // holds the clause that reports it: "Siempre he pensado que España", Felipe VI 2020)
    (!AUX.test(rest) || COMPLEMENTISER.test(title)) &&
    !POSTPOSITION_AFTER.test(rest)
  );
}

/** "that" opening a reported clause inside a title, in the languages the engine titles by words. */
const COMPLEMENTISER = /\s(?:que|that|dass|che|że|что|dat|att)\s/iu;

/**
 * Whether `title` stops at an abbreviation's dot in `text`: its last word is short and the text goes
 * on after the dot in lower case ("Доставлен прах ст" of "…доставлен прах ст. сержанта Захарии
 * Баумеля…", Edelstein 2019, judge24).
 */
function endsOnAbbreviation(title: string, text: string): boolean {
  const last = /(\p{L}+)$/u.exec(title.trim())?.[1];
  if (!last || [...last].length > 4) return false;
  // (only where the text has such a dot, and says the title's last word right before it: the
  // pattern below, which opens on a look-behind, is not run over the whole slide for every title)
  const ends = new RegExp(String.raw`${escapeRegExp(last)}$`, 'iu');
  if (!lowerAfterDot(text).some((before) => ends.test(before))) return false;
  const re = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(title.trim())}\.\s+(\S)`, 'giu');
  for (const m of text.matchAll(re)) if (/\p{Ll}/u.test(m[1]!)) return true;
  return false;
}

/** A Hebrew preposition or conjunction written onto its word ("לארץ", "בארץ", "וארץ"). */
const HE_PREFIX = /^[לבמכוה](?=\p{Script=Hebrew}{2})/u;

/**
 * The noun phrase a Hebrew title holds without the preposition written onto its first word, when
 * `text` says it so too ("לארץ ישראל", "to the Land of Israel", of a memorial address that also says
 * "לאדמת ארץ ישראל": "ארץ ישראל", judge24); null for any other title.
 */
export function hebrewPrefixed(title: string, text: string): string | null {
  if (!HE_PREFIX.test(title)) return null;
  const bare = title.replace(HE_PREFIX, '');
  return new RegExp(String.raw`(?<![\p{L}\p{M}])${escapeRegExp(bare)}(?![\p{L}\p{M}])`, 'u').test(text)
    ? bare
    : null;
}

/**
 * What a text says right before each dot it goes on after in lower case (up to 10 characters, as
 * many as the four letters of endsOnAbbreviation's last word take, two code units each, and more).
 */
function lowerAfterDot(text: string): readonly string[] {
  return dotsBefore(text, () =>
    [...text.matchAll(/\.(?=\s+(\S))/gu)]
      .filter((m) => /\p{Ll}/u.test(m[1]!))
      .map((m) => text.slice(Math.max(0, m.index - 10), m.index)),
  );
}

/** lowerAfterDot's answers for the texts of this build (a slide's text, asked of every title). */
const dotsBefore = buildMemo<readonly string[]>(256);

/** First strong (bold) phrase of an inline list, if any. */
export function boldPhrase(inlines: Inline[]): string | null {
  for (const n of inlines) {
    if (n.type === 'strong') {
      const t = inlineText(n.children).replace(/\s+/g, ' ').trim();
      if (t) return t;
    } else if (n.type === 'emphasis' || n.type === 'link') {
      const inner = boldPhrase(n.children);
      if (inner) return inner;
    }
  }
  return null;
}

/** The bold phrases of a paragraph. */
export function boldPhrases(inlines: Inline[]): string[] {
  const out: string[] = [];
  for (const n of inlines) {
    if (n.type === 'strong') out.push(inlineText(n.children).replace(/\s+/g, ' ').trim());
    else if (n.type === 'emphasis' || n.type === 'link') out.push(...boldPhrases(n.children));
  }
  return out.filter(Boolean);
}

/** The quotation mark that closes each opening one a title may start with. */
const CLOSING_MARK: Record<string, string> = { '“': '”', '«': '»', '「': '」', '『': '』', '《': '》' };

function tidy(t: string): string {
  const said = unshout(withoutEmphasisMarks(t));
  // a quotation the title opens on and closes inside it keeps its mark ("“稳”的态势巩固延续")
  const opening = /^\s*([“«「『《])/u.exec(said)?.[1];
  let s = said.replace(/^[\s"“«'‘]+|[\s"”»'’.,;:!。，；：！|।॥]+$/gu, '').replace(/\s+/g, ' ');
  const closing = opening && CLOSING_MARK[opening];
  if (closing && s.includes(closing) && !s.endsWith(closing)) s = opening + s;
  // a quote opened and not closed within the title is closed (or its mark dropped when it opens the title)
  for (const [open, close] of [
    ['“', '”'],
    ['«', '»'],
    ['「', '」'],
    ['『', '』'],
    ['《', '》'],
  ] as const)
    if (s.split(open).length > s.split(close).length)
      s = s.endsWith('？') || s.endsWith('?') ? s + close : s + close;
  return capitalize(s);
}

/** Titles already used in the deck, lower-cased (a deck never repeats a title). */
export type UsedTitles = ReadonlySet<string>;

/** An enumeration marker and its copula taken off a title ("其一是“崇拜创作”" → "“崇拜创作”"). */
export function withoutMarker(t: string): string {
  const m = enumerationMarker(t);
  const rest = m ? t.slice(m.length) : t;
  // the marker heads what it names ("The second major source of tension that we need to discuss
  // is the situation between…"): what it is said to be, else the phrase kept whole
  const named = markerNamed(t);
  if (named) return named;
  if (/^(?:of|in|for|to)\s/iu.test(rest)) return t;
  return rest.replace(/^(?:就是|也是|是|is|was)\s*/u, '').trim() || t;
}

/**
 * The titles the sentences give one after another, at most `tries` of them: each one found is
 * added to `tried` (lower case) before the next is asked for, so a caller takes the first that
 * passes its own test (figure-title.ts, card-title.ts, voices.ts).
 */
export function* titlesInTurn(
  sentences: readonly string[],
  inlines: Inline[],
  lang: string,
  tried: Set<string>,
  lastResort: boolean,
  tries: number,
): Generator<string> {
  for (let k = 0; k < tries; k++) {
    const t = deriveTitle(sentences, inlines, lang, tried, lastResort);
    if (!t) return;
    yield t;
    tried.add(t.toLowerCase());
  }
}

/**
 * A title from the slide's sentences; `avoid` are titles already used in the deck (a list, or a
 * set of lower-cased titles). A person's name is the last resort: a slide is titled by what it
 * says, not by whom it mentions; a name said once in passing too, unless `namesInPassing`.
 */
export function deriveTitle(
  given: readonly string[],
  inlines: Inline[],
  lang = '',
  avoid: readonly string[] | UsedTitles = [],
  lastResort = false,
  namesInPassing = false,
): string {
  // a sentence that is only a marker ("Первое.") opens its section: the section's words title it
  if (given.length > 1 && bareMarker(given[0]!))
    return deriveTitle(given.slice(1), inlines, lang, avoid, lastResort, namesInPassing);
  // a greeting ("صباح الخير للجميع.", "Good morning, everyone.") names no topic: no title from its words
  // nor a salutation ("존경하는 국민 여러분!", "Dear friends,") or a roll of addressees
  // ("السيد رئيس مجلس النواب، والسيدة نائبة الرئيس، …")
  // nor the chair's procedure or a bill's formal title read out ("Vamos proceder à reapreciação do
  // Decreto … n.º 107/XV — Alteração ao Estatuto da Ordem dos Advogados.") (quotable.ts)
  const topical = given.filter(
    (s) => !['greeting', 'salutation'].includes(structureKind(s.trim()) ?? '') && !isProcedural(s),
  );
  // a claim the next sentence rebuts ("House Republicans say that prices are too high. But…")
  // never heads the slide: the rebuttal does (refuted.ts)
  if (topical.length > 1 && isRefutedSetUp(topical[0]!, topical[1], lang))
    return deriveTitle(topical.slice(1), inlines, lang, avoid, lastResort, namesInPassing);
  const sentences = topical.length ? topical : given;
  const used: UsedTitles = Array.isArray(avoid)
    ? new Set(avoid.map((a) => a.toLowerCase()))
    : (avoid as UsedTitles);
  const text = sentences.join(' ');
  const english = !primaryLang(lang) || primaryLang(lang) === 'en';
  // never a phrase the speech denies, ranks below its point or reports as another's view (negation.ts)
  // nor the opening words of one of the slide's sentences cut mid-clause ("People" over "People so
  // full of life…"): a key word that opens a longer sentence reads as that sentence cut off
  const marked = (t: string | null | undefined, sentence?: string): t is string =>
    !!t &&
    isTitle(t, lang, sentence) &&
    // (its own checks passed just above: each sentence adds only its cut-opening check)
    (sentence !== undefined ||
      (primaryLang(lang) !== 'en' && !COMPLEMENTISER.test(t)) ||
      sentences.every((s) => !s || !cutOpening(t.trim(), s))) &&
    !used.has(t.toLowerCase()) &&
    // nor an English title used before in the singular or the plural ("Motor vehicle" after
    // "Motor vehicles", Waller 2023, judge22)
    !(
      english &&
      (used.has(`${t.toLowerCase()}s`) || used.has(t.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '')))
    ) &&
    // (nor a piece of a word the text writes in parts: title-polarity.ts)
    !breaksSense(t, text, lang) &&
    !endsOnAbbreviation(t, text) &&
    !exclamationCut(t, text) &&
    // a German adjective keeps the ending of the article it was cut from ("Stabilen Mehrheit")
    !deAdjectiveCut(t, text, primaryLang(lang)) &&
    // a Korean title closes its noun phrase: never "…광복" out of "광복 100주년을" (titles-ko.ts)
    !(isKorean(t) && koreanCutPhrase(t, text)) &&
    // nor a Chinese or Japanese one a numeral, a word or a pair: "百万的人民" of "千百万的人民" (titles-cjk.ts)
    !cjkCutPhrase(t, text, lang);
  // nor the opening words of a longer CJK sentence ("原子爆弾の犠牲" of "原子爆弾の犠牲となられた方々の…");
  // a key word of a few characters opening one is the sentence's topic, not a cut. The speaker's
  // own bold phrase ("**数字基础设施**是发展的基础") is marked as the topic: `marked` takes it.
  const ok = (t: string | null | undefined, sentence?: string): t is string =>
    marked(t, sentence) && !(hasCjk(t) && [...t].length >= 6 && sentences.some((s) => cjkOpeningOf(t, s)));
  const bold = boldPhrase(inlines);
  if (bold && marked(tidy(bold))) return tidy(bold);
  for (const s of sentences.slice(0, 2)) {
    const topic = TOPIC.exec(s)?.[1] ?? ABOUT.exec(s)?.[1];
    if (topic && ok(tidy(topic))) return tidy(topic);
  }
  // what a series said after a colon is, asked before it ("welche Einspruchsgegenstände … typisch waren:")
  for (const s of sentences) {
    const asked = askedSeries(s, lang);
    if (asked && ok(asked)) return asked;
  }
  // an item the speaker announces ("其一就是“整理国故”。", "还有一样是恶意的批评。"): the item names the slide
  for (const s of sentences.slice(0, 3)) {
    const item = announcedItem(s);
    if (item && ok(tidy(item))) return tidy(item);
  }
  // a life told (a eulogy's passage on one of the dead) is titled by whose life it is
  // (a name that opens its sentence is the sentence's subject, not its opening words cut off)
  const life = lifeTold(sentences, text, lang);
  if (life && ok(life, '')) return life;
  const first = withoutMarker(sentences[0]?.trim() ?? '');
  // "The truth is: The democratic world is everywhere.": what the truth is heads the slide
  const claim = CLAIM.exec(first)?.[1]?.replace(/[.!]+$/u, '');
  if (claim && !/[,;:—]/u.test(claim) && ok(tidy(capitalize(claim)))) return tidy(capitalize(claim));
  // a kin word before a name is a person too ("Husband Mark", "Daughter Christina")
  // (and a name said once in passing, in a language the people tagger does not read: names.ts;
  // `namesInPassing` lets one title the slide, asked for a quote slide whose line the name said)
  const person = (t: string) =>
    isPersonName(t, text, lang) ||
    KIN.test(t) ||
    CALLING.test(t) ||
    rankedName(t, text, lang) ||
    (!namesInPassing && isPassingName(t, text, lang));
  const subject = subjectOf(first);
  if (
    subject &&
    ok(tidy(subject), first) &&
    wordsOf(subject).length >= 2 &&
    !person(subject) &&
    standsAlone(tidy(subject), first, lang)
  )
    return tidy(subject);
  // Korean: the sentence's noun + 하다 predicate after its object ("포용적 성장 추진"), else the
  // next sentences' own, else a noun phrase they say ("성장의 과실") — a slide is never left
  // untitled because its first headline is taken (the deck's title)
  if (isKorean(first)) {
    const next = sentences.slice(1, 3);
    for (const korean of [
      koreanHeadline(first),
      ...next.map(koreanHeadline),
      ...[first, ...sentences.slice(1)].flatMap(koreanNounPhrases),
    ])
      if (korean && ok(korean)) return korean;
  }
  // Russian: a report opened by its predicate ("Построено свыше 120 километров дорог, …"): its
  // first clause, with what it counts, is the headline
  const report = RU_REPORT.exec(first)?.[0].trim();
  if (report && wordsOf(report).length <= MAX_TITLE_WORDS && ok(report, first)) return report;
  const headline = withoutHedge(first.replace(/[.!。！]+$/u, ''));
  if (
    !/[,;:—，；：]/u.test(headline) &&
    // the first of a run of sentences opening alike ("Last night Japanese forces attacked Hong
    // Kong. Last night Japanese forces attacked Guam. …", en-fdr-day-of-infamy) is the run's first
    // item, not the slide's headline: a list's title is never its item 1
    !opensRun(first, sentences.slice(1)) &&
    // nor a concession the next sentences turn against ("These are signs of progress. … But…")
    !isConceded(sentences, lang) &&
    ok(tidy(headline)) &&
    !/^(?:i|we|you|it|this|that|there|he|she|they)\b|^\p{L}+['’]/iu.test(headline)
  )
    return tidy(headline);
  // the key phrases come from the sentences without their list marker: "The sixth issue that I
  // want to address is women's rights" is about women's rights, not a "Sixth issue"
  const said = first && first !== sentences[0]?.trim() ? [first, ...sentences.slice(1)] : sentences;
  const saidText = said === sentences ? text : said.join(' ');
  return (
    fromKeyPhrases(said, saidText, bold, lang, ok, person, false, true) ||
    fromKeyPhrases(said, saidText, bold, lang, ok, person, true, true) ||
    fromKeyPhrases(said, saidText, bold, lang, ok, person, false, false) ||
    fromKeyPhrases(said, saidText, bold, lang, ok, person, true, false) ||
    (lastResort
      ? onceSaidNoun(sentences, text, lang, ok, person) || cjkLastResort(text, lang, ok, tidy)
      : '') ||
    // a slide that only says what the point is not ("Це не про дороги і кар’єри, … не про ті
    // мільярди"): what it denies is still its subject, rather than no title at all
    (lastResort && !hasCjk(text) && primaryLang(lang) !== 'en'
      ? otherLanguageLastResort(
          sentences,
          text,
          lang,
          (t): t is string => !!t && isTitle(t, lang) && !used.has(t.toLowerCase()),
          person,
        )
      : '')
  );
}

/**
 * The last resort, so that no content slide goes untitled: the slide's best key word said once, when
 * its sentences say it as a noun, widened by its modifier where one reads ("Americans" → "Three
 * Americans"); a person only when nothing else is left.
 */
function onceSaidNoun(
  sentences: readonly string[],
  text: string,
  lang: string,
  ok: (t: string | null | undefined, sentence?: string) => t is string,
  person: (t: string) => boolean,
): string {
  const l = primaryLang(lang);
  const english = !l || l === 'en';
  if (!english) return otherLanguageLastResort(sentences, text, lang, ok, person);
  const phrases = keyPhrases(text, lang, []).filter((p) => !/\s/u.test(p.text) && p.text.length >= 4);
  for (const people of [false, true])
    for (const p of phrases) {
      const t = tidy(p.text);
      const said = sentences.find((x) => new RegExp(`\\b${escapeRegExp(p.text)}\\b`, 'iu').test(x));
      if (!said || !ok(t) || person(t) !== people || TALK.test(t) || !endsOnNoun(p.text, said)) continue;
      if (!standsAlone(t, text, lang) || isCircumstance(t, sentences)) continue;
      const wide = widerPhrases(p.text, said)
        .map(tidy)
        .find((c) => ok(c) && !listPhraseProblem(c, said, lang));
      return wide ?? t;
    }
  return '';
}

/**
 * The last resort in a language without English's noun test (Portuguese, Turkish, Arabic, …): the
 * slide's best key phrase, read with that language's stop words (keyphrases.ts), that passes the
 * title rules (never ending on a function word, a verb or an adverb: title-words.ts), nor the
 * cut-off start of a sentence; a phrase of two words or more first, a person only when nothing else is left. Chinese, Japanese and Korean
 * have their own (titles-cjk.ts, titles-ko.ts).
 */
function otherLanguageLastResort(
  sentences: readonly string[],
  text: string,
  lang: string,
  ok: (t: string | null | undefined, sentence?: string) => t is string,
  person: (t: string) => boolean,
): string {
  const l = primaryLang(lang);
  if (l === 'zh' || l === 'ja' || l === 'ko' || hasCjk(text.slice(0, 200))) return '';
  // (never a phrase cut from its clause's negation, which would say the opposite: negation.ts)
  const phrases = keyPhrases(text, lang, [])
    .filter((p) => !cutFromItsNegation(p.text, text, lang))
    .map((p) => tidy(p.text))
    .filter((t) => t.length >= 4 && wordsOf(t).length <= 4);
  for (const people of [false, true])
    for (const several of [true, false])
      for (const t of phrases)
        if (
          wordsOf(t).length >= 2 === several &&
          person(t) === people &&
          ok(t) &&
          standsAlone(t, text, lang) &&
          !euPhraseProblem(t, text, lang) &&
          // never the opening words of a longer sentence ("Kocaeli Büyükşehir Belediyesi her yıl…")
          !isCutStart(t, sentences)
        )
          return t;
  return '';
}

/**
 * Interrogative determiners that open an indirect question naming what a list holds ("Ich möchte
 * Ihnen mitteilen, welche Einspruchsgegenstände ansonsten typisch waren:", "I will tell you which
 * reforms we need:").
 */
const ASKING =
  /^(?:which|what|welche|welcher|welches|welchen|quels|quelles|quel|quelle|cuáles|cuales|quali|quais|welke|vilka|vilken|hvilke|какие|каких|jakie|które)$/iu;

/**
 * What a clause's indirect question asks about: the longest run of words after the interrogative
 * (four at most) that is a title and stands alone in the question ("Einspruchsgegenstände", not
 * "…ansonsten typisch waren"; Wadephul, Bundestag 2015, judge19), or ''.
 */
export function askedThings(clause: string, lang: string): string {
  const words = clause.split(/\s+/u).filter(Boolean);
  // (the word itself, its marks around it aside: "qu’elle" is no "quelle")
  const at = words.findIndex((w) => ASKING.test(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')));
  if (at < 0) return '';
  const rest = words.slice(at + 1).map((w) => w.replace(/[^\p{L}\p{N}’'-]+/gu, ''));
  const asked = rest.join(' ');
  const english = !primaryLang(lang) || primaryLang(lang) === 'en';
  for (let n = Math.min(4, rest.length); n >= 1; n--) {
    const said = rest.slice(0, n);
    if (said.some((w) => !w)) continue;
    const t = capitalize(said.join(' '));
    const why = english ? listPhraseProblem(said.join(' '), asked, lang) : null;
    if (isTitle(t, lang) && standsAlone(t, asked, lang) && (!why || why === 'a lone word')) return t;
  }
  return '';
}

/**
 * A sentence that names a series of things after its colon and asks which before it ("welche
 * Einspruchsgegenstände ansonsten typisch waren: nicht oder zu spät zugestellte
 * Briefwahlunterlagen, die repräsentative Wahl-statistik, …"): what it asks about is what the
 * slide lists, its title.
 */
function askedSeries(sentence: string, lang: string): string {
  const m = /^([^:：]+)[:：]\s*(.+)$/u.exec(sentence.trim());
  if (!m || m[2]!.split(/[,，、]/u).length < 3) return '';
  return askedThings(m[1]!, lang);
}

/** The announced item of a sentence that names one ("…：其一就是“整理国故”。", "还有一样是恶意的批评"). */
function announcedItem(sentence: string): string | null {
  const m =
    /(?:^|[：:]\s*)(?:其[一二三四五六七八九]|还有一[样件点个]|另一[样件点个])(?:就是|也是|是)\s*([^，。,；;：:！？]{2,16})[。.！!]?$/u.exec(
      sentence.trim(),
    );
  return m?.[1] ?? null;
}

/** Whether a CJK `t` opens `sentence` and the sentence goes on past it, no punctuation between. */
function cjkOpeningOf(t: string, sentence: string): boolean {
  const s = sentence.trim();
  return s.startsWith(t) && s.length > t.length && !/^[\p{P}\s]/u.test(s.slice(t.length));
}

/**
 * Whether the next two sentences open with the same first three words as `first`: a run of three
 * (an anaphora, a list's items; two alike, "These are signs of progress. These are signs of
 * strength.", en-harris-csw, is a couplet whose first line heads its slide).
 */
function opensRun(first: string, next: readonly string[]): boolean {
  const opening = (x: string) =>
    wordsOf(x.toLowerCase())
      .slice(0, 3)
      .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
      .join(' ');
  const head = opening(first);
  return (
    wordsOf(head).length === 3 &&
    !hasCjk(first) &&
    next.length >= 2 &&
    next.slice(0, 2).every((x) => opening(x) === head)
  );
}

/** An omission marked inside a quotation: an ellipsis the sentence goes on after ("wars... that", "… [and that]"). */
const OMITTED = /(?:\.\.\.|…)\s+(?:\[|\p{Ll})/u;

/**
 * Whether the slide says `t` only inside a quoted excerpt of a document, its cuts marked with
 * ellipses the sentence goes on after ("…different types of wars ... that there is a very real threat of a preventive
 * war being unleashed by American imperialists against the Soviet Union ...", Kennedy quoting a
 * Soviet text on military strategy, American University 1963, judge24): another's words, which a
 * title would put in the speaker's mouth. (A slide may hold the quotation's opening only.)
 */
function excerptOnly(t: string, text: string): boolean {
  if (!OMITTED.test(text)) return false;
  const own = text.replace(/“[^“”\n]*(?:”|$)|"[^"\n]*(?:"|$)|«[^«»\n]*(?:»|$)/gu, (q) =>
    OMITTED.test(q) ? ' ' : q,
  );
  const key = t.toLowerCase();
  return own !== text && text.toLowerCase().includes(key) && !own.toLowerCase().includes(key);
}

/**
 * English nouns stopwords-iso lists: the key phrase finder trims one off a run's end as it trims
 * "the" or "very", and leaves the modifiers of a noun without it.
 */
const STOP_NOUN =
  /^(?:area|areas|bill|case|cases|date|effect|example|fact|facts|group|groups|home|information|interest|interests|line|member|members|name|number|numbers|order|page|part|parts|place|places|point|points|problem|problems|research|result|results|room|side|sides|system|test|text|thing|things|value|way|ways|words|work|world|year|years)$/u;

/**
 * Whether the slide says `t` only before a noun the phrase finder trimmed as a stop word: its
 * modifiers without their head ("Authoritative Soviet" of "a recent authoritative Soviet text on
 * Military Strategy", "Safeguard human" of "let us also safeguard human interests"; Kennedy,
 * American University 1963, judge24 C2). English, whose stop list holds such nouns.
 */
function headCutOff(t: string, text: string, lang: string): boolean {
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  const said = saidWithNextWord(text, t);
  // (a name keeps its words: "the United Nations places…", "the Inflation Reduction Act has…")
  const named = (m: SaidWithNext) => wordsOf(m.said.slice(0, t.length)).every((w) => /^\p{Lu}/u.test(w));
  return said.length > 0 && said.every((m) => !named(m) && STOP_NOUN.test(m.next?.trim() ?? ''));
}

interface SaidWithNext {
  /** What the text says there: `t` as written, and the word after it. */
  said: string;
  /** The word after `t` with the space before it, when one follows. */
  next: string | undefined;
}

/** Where no letter or digit comes right before / right after (flags as the pattern below). */
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}])/iuy;
const NO_WORD_AFTER_THEN_WORD = /(?![\p{L}\p{N}])(\s+\p{Ll}+)?/iuy;

/**
 * Where `text` says `t` (not empty) caseless as whole words, with the word after it: the matches of
 * (?<![\p{L}\p{N}])t(?![\p{L}\p{N}])(\s+\p{Ll}+)? (flags giu), each from the end of the one
 * before, as that pattern finds them. Only `t` is compiled for each ask; the letter classes,
 * which cost a quarter of a millisecond to compile and were compiled again for every key phrase
 * headCutOff asked about, are compiled once.
 */
function saidWithNextWord(text: string, t: string): SaidWithNext[] {
  const out: SaidWithNext[] = [];
  // (nothing is said as no words: headCutOff's answer for '' was no, as it stays)
  if (!t) return out;
  const find = new RegExp(escapeRegExp(t), 'giu');
  const nextChar = (at: number) => at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  for (let m = find.exec(text); m; m = find.exec(text)) {
    NO_WORD_BEFORE.lastIndex = m.index;
    NO_WORD_AFTER_THEN_WORD.lastIndex = m.index + m[0].length;
    const after = NO_WORD_BEFORE.test(text) ? NO_WORD_AFTER_THEN_WORD.exec(text) : null;
    if (after) {
      const end = NO_WORD_AFTER_THEN_WORD.lastIndex;
      out.push({ said: text.slice(m.index, end), next: after[1] });
      find.lastIndex = end;
    }
    // (a find the look-behind or look-ahead refuses: the pattern goes on at the next character)
    else find.lastIndex = nextChar(m.index);
  }
  return out;
}

/** Whether `t` is the cut-off start of one of `sentences` ("Skills people never thought would…"). */
function isCutStart(t: string, sentences: readonly string[]): boolean {
  return sentences.some((x) => {
    const s = x.trim();
    const rest = s.slice(t.length);
    return (
      s.toLowerCase().startsWith(t.toLowerCase()) &&
      !!rest &&
      !/^\s*[,;:—–.!?，。；：！？،]/u.test(rest) &&
      !AUX.test(rest) &&
      !POSTPOSITION_AFTER.test(rest)
    );
  });
}

/**
 * A title from the slide's key phrases; people only when `people` (the last resort); when
 * `strict`, a phrase of two words or more must read as a headline (see `headline`).
 */
function fromKeyPhrases(
  sentences: readonly string[],
  text: string,
  bold: string | null,
  lang: string,
  ok: (t: string | null | undefined, sentence?: string) => t is string,
  person: (t: string) => boolean,
  people: boolean,
  strict: boolean,
): string {
  const phrases = keyPhrases(text, lang, bold ? [bold] : []);
  const mended = (t: string) => mendedPhrase(t, text, lang) ?? t;
  // a phrase said in the first sentences stands for the slide better than one said once at the end
  const early = text.indexOf(sentences[2] ?? '\u0000');
  // (a phrase said with the adverb of its clause, "race relations overnight", is the phrase without it)
  const ranked = phrases
    .map((p) => {
      // (a Hebrew phrase without the preposition written onto it, when the slide says it so: "ארץ ישראל")
      const base = hebrewPrefixed(p.text, text) ?? withoutTimeAdverb(withoutTimeOpening(p.text, text));
      let made: string | undefined;
      return {
        ...p,
        said: p.text,
        base,
        // (and a phrase that does not stand alone as its whole, mended: the object of "declares
        // unconditional war", fragment.ts mendedPhrase; only when the phrase is read, since most
        // ranked phrases never are, and mending asks fragmentProblem: 15 % of a build read them all)
        get text(): string {
          return (made ??= mended(base));
        },
        score: p.score * (early < 0 || p.at < early ? 1.4 : 1),
      };
    })
    .sort((a, b) => b.score - a.score || a.at - b.at);
  // people's names only when `people`. Asked last, of a phrase that passes all else: the names
  // tagger reads the phrase's sentence, and the first phrase that passes is the title (asking of
  // every phrase first took a fifth of a transcript's build); the order of the checks changes no
  // answer, and the phrases kept keep their order
  const notPerson = (p: { said: string }) => people || !person(p.said);
  // a key phrase must stand on its own where it was said (no "Health Organization", "Women strengthen")
  // nor be the cut-off start of one of its sentences ("Skills people never thought would…")
  const cutStart = (t: string) => isCutStart(t, sentences);
  // nor a mere circumstance of its sentence ("since World War Two", "at the White House")
  // and in French, German, Italian and Spanish a noun phrase, as a list's item is ("Veux renouer",
  // "Pudieran obtener", "Behandelt" are verbs cut from their clause, judge19: phrase-eu.ts)
  const alone = (t: string) =>
    standsAlone(t, text, lang) &&
    !excerptOnly(t, text) &&
    !headCutOff(t, text, lang) &&
    !cutStart(t) &&
    !isCircumstance(t, sentences) &&
    !euPhraseProblem(t, text, lang);
  // a noun phrase with a head noun, not only a place or a people ("Race understand", "Pray God",
  // "United States" say nothing of the slide); English only, where a tagger reads the words
  const headline = (t: string) => {
    if (!strict) return true;
    const said = sentences.find((x) => x.toLowerCase().includes(t.toLowerCase())) ?? text;
    const why = listPhraseProblem(t, said, lang);
    return (
      (!why || why === 'a person' || (people && why === 'a clause, not a phrase')) &&
      !isPlaceOrPeople(t, lang)
    );
  };
  // in every pass, no phrase that ends on its sentence's verb ("Terrorism poses", "Race understand")
  const english = !primaryLang(lang) || primaryLang(lang) === 'en';
  const verbEnd = (t: string) =>
    english && sentences.some((x) => x.toLowerCase().includes(t.toLowerCase()) && endsOnVerb(t, x));
  // nor, in any pass, an English phrase that ends on no noun ("Promise real" of "…to make that
  // promise real", judge16): a headline or a noun phrase, never a predicate's tail
  const noHeadNoun = (t: string) => {
    if (!english) return false;
    const said = sentences.find((x) => x.toLowerCase().includes(t.toLowerCase()));
    return !!said && listPhraseProblem(t, said, lang) === 'no head noun';
  };
  // a CJK key word with what modifies it or what it modifies ("恶意的批评", "革命的实际情形")
  // (of the first three phrases kept; one without CJK gives none, and is only asked about when a
  // CJK phrase after it could be among the three)
  for (let i = 0, kept = 0; i < ranked.length && kept < 3; i++) {
    const p = ranked[i]!;
    // (mending never makes a phrase CJK or not: the unmended phrase answers)
    if (!hasCjk(p.base) && !ranked.slice(i + 1).some((q) => hasCjk(q.base))) break;
    if (!notPerson(p)) continue;
    kept++;
    for (const np of cjkNounPhrases(text, p.text, lang)) if (ok(np) && isCjkPhrase(np, lang)) return np;
  }
  // a CJK key word said once is an incidental noun ("カメラ" of one image), no point: only when
  // the slide says it twice (else the last resort may take it)
  // (a word of a spaced script is counted where a word opens on it: "times" is not said in
  // "sometimes", en-twain-seventieth; "partnership" is in "partnerships")
  const counts = (w: string, caseless = false) =>
    hasCjk(w) ? text.split(w).length - 1 : timesSaid(text, w, caseless);
  for (const p of ranked) {
    const t = tidy(p.text);
    if (
      hasCjk(t)
        ? isCjkPhrase(t, lang) && ok(t) && counts(t) >= 2 && notPerson(p)
        : ok(t) &&
          wordsOf(t).length >= 2 &&
          alone(t) &&
          headline(t) &&
          !verbEnd(t) &&
          !noHeadNoun(t) &&
          notPerson(p)
    )
      return t;
  }
  // a lone word with its modifier or of-phrase from the sentence it was first said in, if one passes
  const wider = (w: string): string => {
    const word = new RegExp(`\\b${w}\\b`, 'iu');
    for (const said of english ? sentences.filter((x) => word.test(x)) : [])
      for (const c of widerPhrases(w, said)) {
        const t = tidy(c);
        // an of-phrase is "a clause" to the bullet check; anything else must be a noun phrase
        const why = listPhraseProblem(t, said, lang);
        if ((!why || why === 'a clause, not a phrase') && ok(t) && alone(t) && !verbEnd(t) && !person(t))
          return t;
      }
    return w;
  };
  // a title of one word is never a word its sentences say as a verb ("Change" from "…anything to
  // change that"), nor the talk itself ("Speech", "Question"): another word is taken, that one
  // only when no other is left
  let verb = '';
  // a word too general alone ("Nation") titles the slide only widened by what the speech says
  // with it ("Whole Nation" of "our whole Nation", en-fdr-day-of-infamy)
  const generic = (w: string) => titleWordsProblem(w, lang) === GENERIC;
  const oneWord = (w: string) => ok(w) || generic(w);
  const named = (w: string): string | null => {
    const t = wider(w);
    if (generic(w)) return t !== w && ok(t) ? t : null;
    const said = english ? sentences.filter((x) => new RegExp(`\\b${w}\\b`, 'iu').test(x)) : [];
    if (!TALK.test(w) && (t !== w || !said.length || !said.every((x) => isVerbIn(w, x)))) return t;
    verb ||= t;
    return null;
  };
  // a single word only when it names something (capitalised) and the slide keeps saying it
  for (const p of ranked)
    if (
      /^\p{Lu}/u.test(p.text) &&
      counts(p.text) >= 2 &&
      oneWord(tidy(p.text)) &&
      alone(tidy(p.text)) &&
      notPerson(p)
    ) {
      const t = named(tidy(p.text));
      if (t) return t;
    }
  // else the word the passage keeps coming back to ("Bridges")
  for (const p of ranked) {
    const w = p.text.toLowerCase();
    const opens = sentences.some((x) => x.trim().toLowerCase().startsWith(`${w} `));
    if (
      !/\s/u.test(w) &&
      (!hasCjk(w) || isCjkPhrase(w, lang)) &&
      w.length >= 5 &&
      !opens &&
      counts(w, true) >= 2 &&
      oneWord(tidy(p.text)) &&
      alone(tidy(p.text)) &&
      notPerson(p)
    ) {
      const t = named(tidy(p.text));
      if (t) return t;
    }
  }
  return verb;
}

/**
 * How many times `text` says `w` where a word opens on it (no letter or digit right before), in
 * case or `caseless`: the matches of (?<![\p{L}\p{N}])w, counted as that pattern finds them
 * (each from the end of the one before). fromKeyPhrases asks of each key phrase in each of its
 * passes, and a pattern that opens on a look-behind is tried at every place of the text: `w` is
 * searched for instead and the place before each find is read (in lower case where text and word
 * are ASCII, which no other letter matches caselessly), and each answer kept for the build.
 */
function timesSaid(text: string, w: string, caseless: boolean): number {
  return saidTimes(text, `${caseless ? 'i' : ''}\u0000${w}`, () => {
    if (!w)
      return text.match(new RegExp(String.raw`(?<![\p{L}\p{N}])`, caseless ? 'giu' : 'gu'))?.length ?? 0;
    const opensAt = (s: string, at: number) =>
      at === 0 || !WORD_CHAR.test(String.fromCodePoint(codePointBefore(s, at)));
    let n = 0;
    if ((!caseless || (ASCII.test(w) && ASCII.test(text))) && !SURROGATE.test(w)) {
      const [hay, needle] = caseless ? [text.toLowerCase(), w.toLowerCase()] : [text, w];
      for (let at = hay.indexOf(needle); at >= 0;) {
        const opens = opensAt(hay, at);
        if (opens) n++;
        at = hay.indexOf(needle, opens ? at + needle.length : at + 1);
      }
      return n;
    }
    const find = new RegExp(escapeRegExp(w), caseless ? 'giu' : 'gu');
    for (let m = find.exec(text); m; m = find.exec(text)) {
      if (opensAt(text, m.index)) n++;
      // (a find the look-behind refuses: the pattern goes on at the next character, whole)
      else find.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
    return n;
  });
}
const saidTimes = buildMemoIn<number>(64);
const ASCII = /^\p{ASCII}*$/u;
const SURROGATE = /[\ud800-\udfff]/;
const WORD_CHAR = /^[\p{L}\p{N}]/u;

/** The code point that ends at `at` (a pair of surrogates whole, a lone one alone), as a look-behind reads it. */
function codePointBefore(s: string, at: number): number {
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at > 1) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(at - 2)!;
  }
  return low;
}

/** A sentence that announces its claim ("The truth is: …", "The fact is, …"): the claim after it. */
const CLAIM =
  /^(?:the|and the|but the)\s+(?:truth|fact|point|reality|bottom line|simple truth|simple fact)\s+is\s*[:,]?\s+(\p{L}.*)$/iu;

/**
 * A subject that is only an article and a word that names no topic ("The moment has come to move in a
 * new direction.", "The truth is…", "The question is…"): the sentence's point is in its predicate.
 */
const VAGUE_SUBJECT =
  /^(?:the|this|that|a|an)\s+(?:moment|time|day|hour|fact|truth|point|question|answer|reason|thing|things|way|result|idea|issue|matter|situation|problem|reality|case|bottom line)$/iu;
/**
 * A subject that only ranks what the predicate says ("And the best part is: Making these ambitious
 * investments…", Biden, UNGA 2021; "The good news is", "The hardest thing is"): its point is after
 * the verb, the subject says nothing of it.
 */
const RANKING_SUBJECT =
  /^(?:the|this|that)\s+(?:best|worst|good|bad|great|sad|hard|hardest|first|last|most\s+important|important|real|simple)\s+(?:part|news|thing|truth|question|fact)$/iu;

/** The subject of a sentence that states something about it ("Our plan for the next two years has …"). */
function subjectOf(sentence: string): string | null {
  const body = sentence.replace(
    /^(?:(?:now|today|so|and|but|besides|moreover|nowadays|however|also),?\s+)+/iu,
    '',
  );
  const words = wordsOf(body);
  for (let n = 2; n <= MAX_TITLE_WORDS && n < words.length; n++) {
    const head = words.slice(0, n).join(' ');
    if (/[,;:]/u.test(head)) return null;
    if (AUX.test(' ' + words.slice(n).join(' ')))
      return /^(?:i|we|you|it|this|that|these|those|there|he|she|they|what|which|who|whose|how|why|where|one|some|many|all|most|each|much|no|none|every|any|few|nobody|nothing|within|in|on|at|for|during|after|before|since|by|from|with|without|under|over|through|across|among|between|despite|although|though|while|when|if|as|because|unless|until|whether)\b|^(?:we|you|they|it|i)['’]/iu.test(
        head,
      )
        ? null
        : VAGUE_SUBJECT.test(head) || RANKING_SUBJECT.test(head)
          ? null
          : head;
  }
  return null;
}

/** A short title from a heading or other explicit text: the text, whitespace tidied. */
export function shortTitle(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return hasCjk(t) && !/\s/.test(t) ? t.slice(0, MAX_TITLE_CJK * 2) : t;
}
