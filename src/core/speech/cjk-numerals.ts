/**
 * Numbers written in Chinese or Japanese characters ("千百万", "十数万", "两千五百", "三十"). A phrase
 * cut out of a sentence for the screen (a title, a label) never starts or ends inside one: "百万的人民"
 * cut from "千百万的人民" turns "countless millions" into "a million", a number the speech did not say.
 */

/** A character of a Han numeral: digits, scales, and the vague digits (数, 几, 两). */
export const CJK_NUMERAL_CHAR = /[〇零一二三四五六七八九十百千万萬亿億兆两兩数數几幾]/u;
const RUNS = /[〇零一二三四五六七八九十百千万萬亿億兆两兩数數几幾]+/gu;

/** The whole numeral runs of `text`, in order ("千百万", "一"). */
export function cjkNumeralRuns(text: string): string[] {
  return [...text.matchAll(RUNS)].map((m) => m[0]);
}

const isNumeral = (c: string | undefined) => !!c && CJK_NUMERAL_CHAR.test(c);

/** Whether `text.slice(start, end)` starts or ends inside a numeral run of `text`. */
export function splitsCjkNumeral(text: string, start: number, end: number): boolean {
  return (
    (start > 0 && isNumeral(text[start - 1]) && isNumeral(text[start])) ||
    (end < text.length && end > 0 && isNumeral(text[end - 1]) && isNumeral(text[end]))
  );
}

/**
 * Whether `phrase`, wherever `text` says it, starts or ends inside a numeral run there ("百万的人民"
 * in "失去千百万的人民"). A phrase `text` does not say verbatim is not judged here.
 */
export function cutsCjkNumeral(phrase: string, text: string): boolean {
  if (!phrase || !CJK_NUMERAL_CHAR.test(phrase)) return false;
  let seen = false;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!splitsCjkNumeral(text, at, at + phrase.length)) return false;
    seen = true;
  }
  return seen;
}
