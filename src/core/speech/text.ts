/**
 * Small text helpers shared by the derivation steps (sentences, clauses, short phrases) and a
 * line index that turns offsets into 1-based line/column positions.
 */
import type { SourcePos } from '../deck';
import { buildMemo } from './memo';
import { conjunctions } from './lexicon';
import {
  alternation,
  ARTICLE,
  COORDINATOR,
  COPULA,
  DEMONSTRATIVE,
  HAVE,
  MODAL,
  POSSESSIVE,
  RELATIVE,
  union,
} from './word-classes';

/** Analysis looks at most at this many characters of one paragraph (keeps huge input linear). */
export const ANALYSIS_WINDOW = 4000;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** Splits a sentence into clauses at `, ; :` followed by space, and at CJK `，；：`. */
export function clauses(sentence: string): string[] {
  return sentence
    .split(/[,;:](?=\s)|[，；：]/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Words of a Latin/Cyrillic phrase. */
export function wordsOf(text: string): string[] {
  // a long text (a slide's, a paragraph's) is split once per build; its words are copied for each
  // caller (callers may change the array), a short phrase is split again (cheaper than a lookup)
  if (text.length < LONG) return text.split(/\s+/).filter(Boolean);
  return longWords(text, () => text.split(/\s+/).filter(Boolean)).slice();
}

/** Texts at least this long have their words remembered for the build (wordsOf). */
const LONG = 120;
const longWords = buildMemo<readonly string[]>(256);

/** The first `n` words of `wordsOf(text)`, read from the start only (a long text costs no more). */
export function firstWords(text: string, n: number): string[] {
  const out: string[] = [];
  const re = /\S+/g;
  for (let m: RegExpExecArray | null; out.length < n && (m = re.exec(text)) !== null;) out.push(m[0]);
  return out;
}

/**
 * Short words that should not end a shortened phrase: fewer than lexicon.ts's function words, as a
 * phrase may end on a pronoun or a quantifier ("…for all of us", "…and more").
 */
const FUNCTION_WORDS = union(
  ARTICLE,
  COORDINATOR,
  RELATIVE,
  DEMONSTRATIVE,
  POSSESSIVE,
  COPULA,
  HAVE,
  MODAL,
  'of to in on at for with by from as into about than such'.split(' '),
  'и в во на с со к ко по о об от до из за для что как а но или же ли не'.split(' '),
);

function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/** Removes trailing punctuation and function words from a phrase. */
export function trimPhrase(phrase: string): string {
  let words = wordsOf(phrase.replace(/[\s.,;:!?…。，；：！？、"'“”«»]+$/u, ''));
  while (words.length > 1 && isFunctionWord(words[words.length - 1] ?? '')) words = words.slice(0, -1);
  return words.join(' ').replace(/[\s.,;:!?…。，；：！？、]+$/u, '');
}

/** At most `max` words (or `max * 2` CJK characters), trimmed at a sensible word. */
export function limitWords(phrase: string, max: number): { text: string; cut: boolean } {
  const t = phrase.trim();
  if (hasCjk(t) && !/\s/.test(t)) {
    const limit = max * 2;
    return t.length <= limit ? { text: t, cut: false } : { text: t.slice(0, limit), cut: true };
  }
  const words = wordsOf(t);
  if (words.length <= max) return { text: t, cut: false };
  return { text: trimPhrase(words.slice(0, max).join(' ')), cut: true };
}

const HANGUL_WORD = /^\p{Script=Hangul}+$/u;

/**
 * Whether two words share a stem: a common start of at least 4 letters that is most (60%) of the
 * longer word — "afford"/"affordable", "nights"/"night", not "childcare"/"childhood"; in Korean
 * two syllables that are most of the shorter word ("갈림길"/"갈림길에").
 */
export function sameStem(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Korean glues its particle or verb ending to a stem of two or three syllables ("갈림길에",
  // "도약하느냐" / "도약과"): a common start of two syllables or more, most of the shorter word
  // (a noun of one syllable with its particle: "길"/"길을")
  if (i >= 1 && HANGUL_WORD.test(a) && HANGUL_WORD.test(b))
    return i >= 2
      ? i >= 0.6 * Math.min(a.length, b.length)
      : Math.min(a.length, b.length) === 1 && Math.max(a.length, b.length) <= 2;
  return i >= 4 && i >= 0.6 * Math.max(a.length, b.length);
}

/** Lower case with every run of punctuation and spaces one space: for "says the same words" tests. */
export function foldWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Upper-cases the first letter. */
/**
 * Quoted words, one pattern for every reader of them: an opening mark (straight, curly, guillemet
 * or low: " “ « „) and the next closing one (" ” » “), `min` to `max` characters between and no
 * quotation mark inside; group 1 is the words. Global: for matchAll and replace.
 */
export function quotations(min: number, max?: number): RegExp {
  return new RegExp(String.raw`[“"«„]([^“”"«»„]{${min},${max ?? ''}})[”"»“]`, 'gu');
}

export function capitalize(text: string): string {
  return capitalizeIn(text, '');
}

/** `text` with its first letter raised as the language `lang` raises it (see capitalize). */
export function capitalizeIn(text: string, lang: string): string {
  const i = text.search(/\p{L}/u);
  if (i < 0) return text;
  // Turkish and Azerbaijani have a dotted and a dotless i: "insanlık" → "İnsanlık", "ışık" →
  // "Işık", never "Insanlık". In a text of either language (`lang`), or one with ı or ğ (no other
  // language writes them), the first letter is raised as they raise it ("ilgi" → "İlgi")
  const turkic = /^(?:tr|az)(?:-|$)/iu.test(lang) || /[ıİğĞ]/u.test(text);
  const first = turkic ? text.charAt(i).toLocaleUpperCase('tr') : text.charAt(i).toUpperCase();
  return text.slice(0, i) + first + text.slice(i + 1);
}

const SMALL_WORDS = new Set(
  'a an the and or nor but of to in on at for by with as from into vs de la le les des du et y el los las en и в на'.split(
    ' ',
  ),
);

/**
 * A title written in capitals ("WHAT TO THE SLAVE IS THE FOURTH OF JULY?") in title case
 * ("What to the Slave Is the Fourth of July?"); any other text is returned as it is.
 */
export function unshout(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || letters === letters.toLowerCase())
    return text;
  let first = true;
  return text.toLowerCase().replace(/\p{L}[\p{L}'’-]*/gu, (w) => {
    const keep = !first && SMALL_WORDS.has(w);
    first = false;
    return keep ? w : w.charAt(0).toUpperCase() + w.slice(1);
  });
}

/** Maps offsets in a text to 1-based line/column positions. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(
    text: string,
    private readonly lineOffset = 0,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  pos(offset: number): SourcePos {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1 + this.lineOffset, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/**
 * A joining word before a sentence's or a clause's own opening ("And in the name of…", "But we…",
 * "Или…"): list finders compare openings without it.
 */
const JOINERS = alternation(conjunctions(['en', 'ru', 'es', 'fr', 'de']), ['و', '或', '又']);
const JOINING_WORD = new RegExp(`^(?:${JOINERS})\\s+`, 'iu');
const JOINER = new RegExp(`^(?:${JOINERS})$`, 'iu');

/** The text without its opening joining word. */
export function withoutJoiner(text: string): string {
  return text.replace(JOINING_WORD, '');
}

/** Whether a word is a joining word (what withoutJoiner takes off before another word). */
export function isJoiner(word: string): boolean {
  return JOINER.test(word);
}
