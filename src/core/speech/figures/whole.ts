/**
 * A card that names its figure the whole of something ("$12 billion — total cut") is false when
 * a larger figure of the same unit stands beside it on the slide ("$16 billion — one-year tax
 * reduction"): Ford's "a total cut of $12 billion" was the individuals' three-quarters of the
 * $16 billion, and the two cards together say the whole is smaller than its part. Such a label is
 * taken away (the figure is then no card, and the sentence stays in the notes).
 */

import { numberTokens, tokenValue } from './numbers';
import { CHANGE_NOUN } from './label-scope';
import { sameStem } from '../text';

/** Words that say a figure is the whole: "total", "whole", "entire", "overall", "combined", "all …". */
const WHOLE = /(?<![\p{L}])(?:total|whole|entire|overall|combined|altogether)(?![\p{L}])|^(?:of\s+)?all\s/iu;
/** "cut in that total": a change of the whole, which may be smaller than any part (by-change.ts). */
const CHANGE_IN = /^(?:cut|increase|reduction|rise|fall|drop|decline|growth)\s+in\s/iu;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The amount a value says and its unit (a currency sign, or "%"), or null when it says none. The
 * number is read whole, a mixed number with its fraction: "$2 4/10 billion" is 2.4 billion dollars,
 * never 2, "5¾ percent" 5.75.
 */
export function amountOf(value: string): { unit: string; n: number } | null {
  const token = numberTokens(value).find((t) => t.kind === 'number');
  if (!token) return null;
  const n = tokenValue(value.slice(token.start, token.end));
  const rest = value.slice(token.end);
  const sign = /(\p{Sc})\s?$/u.exec(value.slice(0, token.start));
  if (sign) {
    const scale = /^\s+(thousand|million|billion|trillion)(?![\p{L}])/iu.exec(rest);
    return { unit: sign[1]!, n: n * (SCALE[scale?.[1]!.toLowerCase() ?? ''] ?? 1) };
  }
  return /^\s*(?:%|percent|per\s+cent)/iu.test(rest) ? { unit: '%', n } : null;
}

/** The noun a label is headed by: its last word before a phrase that qualifies it ("cut" of "total cut in rates"). */
function headNoun(label: string): string {
  const ws = label
    .toLowerCase()
    .split(/\s(?:for|in|of|on|at|to|from|by|with|over|during)\s/u)[0]!
    .split(/\s+/u);
  return (ws[ws.length - 1] ?? '').replace(/[^\p{L}]+/gu, '');
}

/**
 * Whether two sums of money are said of one thing, so that one may be a part of the other: their
 * labels' heads are one word ("total cost", "cost of the program") or both changes ("total cut",
 * "one-year tax reduction"). "total expenditures of $97,900 million" is no whole of "new
 * obligational authority of $103,800 million" (LBJ 1964): another sum, bigger or not.
 */
function sameThing(a: string, b: string): boolean {
  const [x, y] = [headNoun(a), headNoun(b)];
  return x === y || sameStem(x, y) || (CHANGE_NOUN.test(x) && CHANGE_NOUN.test(y));
}

/** Whether the figure labelled as a whole is smaller than another of the same unit beside it. */
export function wholeBelowPart(
  f: { value: string; label: string },
  others: ReadonlyArray<{ value: string; label: string }>,
): boolean {
  if (!WHOLE.test(f.label) || CHANGE_IN.test(f.label)) return false;
  const a = amountOf(f.value);
  if (!a) return false;
  return others.some((g) => {
    // ("total expenditures for the current year" beside "total expenditures": the same whole at
    // another time, compared with it, no part of it; anchor.ts comparedAtTime)
    if (g === f || !g.label || g.label.toLowerCase().startsWith(`${f.label.toLowerCase()} `)) return false;
    const b = amountOf(g.value);
    // (a share is of some whole whatever its label; money is a part only of a sum of its kind)
    return !!b && b.unit === a.unit && b.n > a.n && (a.unit === '%' || sameThing(f.label, g.label));
  });
}

/**
 * "This cash rebate to individuals amounts to 12 percent of 1974 tax payments—a total cut of $12
 * billion": a figure set after a dash restates the clause before it, and its "total" is the total
 * of that clause's subject, not of the speech's whole. The label is that subject ("cash rebate to
 * individuals"), or none when it is no label (the card would name a part the whole).
 */
const RESTATED =
  /(?:^|[.;:!?]\s+|,\s+)[\s"“]*(?:(?:and|but|so|now)\s+)?(?:(?:this|that|the|our|its|their|these|those)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)\s+(?:amounts?\s+to|amounted\s+to|comes?\s+to|came\s+to|totals?|totaled|totalled|is|was|are|were|represents?|means)\s[^—–;:]*(?:[—–]|\s--\s?)\s*(?:a|an|the)\s+[^—–;:,]*?\bof\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than)\s+)*$/iu;

/** The label of a figure whose `label` says it is a whole, when it restates its clause's subject (see above). */
export function restatedWhole(
  sentence: string,
  fig: { start: number },
  label: string,
  isLabel: (phrase: string) => boolean,
): string {
  if (!WHOLE.test(label)) return label;
  const m = RESTATED.exec(sentence.slice(0, fig.start));
  if (!m) return label;
  // ("cash rebate to individuals" reads as an infinitive to isLabel: its head noun phrase is the label)
  const head = m[1]!.split(/\s+(?:to|for)\s/iu)[0]!;
  return isLabel(m[1]!) ? m[1]! : isLabel(head) ? head : '';
}
