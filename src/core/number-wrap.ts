/**
 * Where a line may not break inside a number: between a whole number and its fraction ("6 1/2
 * percent", "$2 4/10 billion") and between the groups of a space-grouped number ("350 000").
 * Broken there, a slide reads two numbers ("6" / "1/2 percent"). The screen sets a no-break space
 * in those places; the speech, its notes and every figure's value keep the speaker's own text.
 */

const NBSP = '\u00A0';
/** A whole number, then its fraction ("6 1/2"; a numerator below its denominator). */
const MIXED = /(?<=\p{Nd}) ([1-9]\d?)\/([1-9]\d?)(?![\p{Nd}/])/gu;
/** A space between the digit groups of one number ("350 000", "1 200 000"). */
const IN_GROUPS =
  /(?<=(?<!\p{Nd}[\s\u00A0]?)(?<![\p{Nd}.,])\p{Nd}{1,3}(?:[ \u00A0]\p{Nd}{3})*) (?=\p{Nd}{3}(?![\p{Nd}]))/gu;

/** The text as a slide sets it: no line break inside a number. */
export function unbrokenNumbers(text: string): string {
  if (!/\p{Nd} \p{Nd}/u.test(text)) return text;
  return text
    .replace(MIXED, (all, n: string, d: string) => (Number(n) < Number(d) ? NBSP + all.slice(1) : all))
    .replace(IN_GROUPS, NBSP);
}
