/**
 * A Hebrew count's noun is a construct chain ("חללי מערכות ישראל", the fallen of Israel's wars):
 * each word but the last in its bound form (plural "-י", "-ות", feminine "-ת"), the last one free.
 * What follows the chain is the sentence going on — a verb ("נפלו", fell) — and no part of what is
 * counted (judge24 A6: "23,816 — חללי מערכות ישראל נפלו").
 */

/** A word in its bound (construct) form: "חללי", "מערכות", "ממשלת". */
const BOUND = /(?:י|ות|ת)$/u;

/** The label cut after its construct chain, when the chain is two words or more and shorter than it. */
export function hebrewCounted(label: string): string {
  const words = label.split(/\s+/u).filter(Boolean);
  if (words.length < 3 || !words.every((w) => /^[\p{Script=Hebrew}\p{M}"״'׳-]+$/u.test(w))) return label;
  let n = 0;
  while (n < words.length - 1 && BOUND.test(words[n]!)) n++;
  // the chain ends on the first free word
  return n >= 1 && n + 1 < words.length ? words.slice(0, n + 1).join(' ') : label;
}
