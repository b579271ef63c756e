/**
 * Where a line of Chinese or Japanese may break on screen. A browser breaks CJK text between any two
 * characters, so a quote wraps inside a word ("娛 / 樂") or leaves a clause's last two characters on
 * a line of their own ("非爲 / 致富。"). A designer breaks at the clause: "入法科者，非爲做官；" on one
 * line, "入商科者，非爲致富。" on the next, and never inside a word.
 *
 * The slide renderer sets each period (up to "；" or "。") and, inside it, each clause (up to "，")
 * as a unit that moves to the next line whole when it fits there, and inside a clause lets a line
 * break only between words (ICU's dictionary words, via
 * Intl.Segmenter); a word longer than the line still breaks (CSS `overflow-wrap: anywhere`), so
 * nothing overflows. Punctuation stays with the word before it, an opening bracket or quote with
 * the word after it.
 */
import { segmenter } from './segmenter';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Punctuation after which a clause ends ("，"), and after which a period of clauses ends ("；", "。"). */
const CLAUSE_END = /[，、；：。！？；,;:!?]["'”’」』）)》〉】]*\s*$/u;
const PERIOD_END = /[；：。！？；;:!?]["'”’」』）)》〉】]*\s*$/u;
/** Marks that open what follows (they go with the next word). */
const OPENING = /^[\s"'“‘「『（(《〈【[]+$/u;

/** Hiragana only: in Japanese a particle, an ending or an auxiliary ("を", "し", "ています"). */
const HIRAGANA = /^\p{Script=Hiragana}+$/u;

/**
 * Whether a Japanese word goes with the one before it, as a phrase (文節) is set: hiragana after a
 * word ("全力|を", "尽く|し" — ICU cuts "尽くし" in two), or anything after a middle dot
 * ("リーマン・|ショック"), and katakana after katakana ("リー|マン"). A line breaks before a content word, never inside a phrase.
 */
function joinsPhrase(prev: string | undefined, word: string, lang: string): boolean {
  if (lang !== 'ja' || !prev) return false;
  if (/[・･]$/u.test(prev)) return true;
  // (katakana after katakana is one loanword ICU does not know: "リー|マン")
  if (/^[\p{Script=Katakana}ー]+$/u.test(word) && /[\p{Script=Katakana}ー]$/u.test(prev)) return true;
  return HIRAGANA.test(word) && /[\p{L}\p{N}ー々]$/u.test(prev);
}

function words(text: string, lang: string): string[] {
  const seg = segmenter(lang, 'word');
  const out: string[] = [];
  let pending = '';
  for (const { segment, isWordLike } of seg.segment(text)) {
    if (isWordLike && !pending && joinsPhrase(out[out.length - 1], segment, lang))
      out[out.length - 1] += segment;
    else if (isWordLike) {
      out.push(pending + segment);
      pending = '';
    } else if (OPENING.test(segment)) pending += segment;
    else if (out.length > 0) {
      out[out.length - 1] += pending + segment;
      pending = '';
    } else pending += segment;
  }
  if (pending) {
    if (out.length > 0) out[out.length - 1] += pending;
    else out.push(pending);
  }
  return out;
}

/**
 * Most letters of a Japanese clause set with the clause next to it rather than as a unit of its
 * own: a noun before an enumerating "、" ("ご遺族、被災された方々に…", Emperor's address 2019,
 * judge33), which as a unit of its own is left alone on a line whenever the clause after it
 * does not fit beside it. (Chinese keeps its four-character clauses: a couplet is set clause by
 * clause, "入法科者，非爲做官；".)
 */
const SHORT_CLAUSE_LETTERS = 4;

/** A Japanese period with each short clause (SHORT_CLAUSE_LETTERS) joined to the clause after it, or the last to the one before. */
function withoutShortClauses(period: CjkPeriod): CjkPeriod {
  const letters = (clause: string[]) => clause.join('').replace(/[^\p{L}\p{N}]/gu, '').length;
  const out: CjkPeriod = [];
  let carry: string[] = [];
  for (const clause of period) {
    const joined = [...carry, ...clause];
    if (letters(clause) <= SHORT_CLAUSE_LETTERS && letters(joined) <= SHORT_CLAUSE_LETTERS) carry = joined;
    else {
      out.push(joined);
      carry = [];
    }
  }
  if (carry.length > 0) {
    if (out.length > 0) out[out.length - 1] = [...out[out.length - 1]!, ...carry];
    else out.push(carry);
  }
  return out;
}

/** A period's clauses, each as its words. */
export type CjkPeriod = string[][];

/** Periods found lately: slides are drawn again on every move, their text is not. */
const recent = new Map<string, CjkPeriod[] | null>();

/**
 * The text's periods (up to "；", "。"), each as its clauses (up to "，"), each as its words, in
 * order (joined, they are the text exactly); or null for text without Chinese or Japanese, which
 * the browser breaks well as it is.
 */
export function cjkPeriods(text: string): CjkPeriod[] | null {
  if (!CJK.test(text)) return null;
  const known = recent.get(text);
  if (known !== undefined) return known;
  const periods: CjkPeriod[] = [];
  let period: string[][] = [];
  let clause: string[] = [];
  const lang = KANA.test(text) ? 'ja' : 'zh';
  for (const word of words(text, lang)) {
    clause.push(word);
    if (!CLAUSE_END.test(word)) continue;
    period.push(clause);
    clause = [];
    if (!PERIOD_END.test(word)) continue;
    periods.push(period);
    period = [];
  }
  if (clause.length > 0) period.push(clause);
  if (period.length > 0) periods.push(period);
  if (lang === 'ja') for (let p = 0; p < periods.length; p++) periods[p] = withoutShortClauses(periods[p]!);
  if (recent.size >= 500) recent.clear();
  recent.set(text, periods);
  return periods;
}
