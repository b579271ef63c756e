/**
 * Which of a slide's figures it shows first when it cannot show them all. A figure stated as what
 * its subject is or amounts to ("That budget now stands at $5,400 million a year", "The deficit
 * is $60 billion", "Sales totalled 2 million") is the sentence's headline; a figure said on the way
 * ("…from 40 cents per person per week", "…in 100 communities") is a detail. Headlines that say
 * something by themselves (STRONG: money, shares, measures) first, then the other strong figures,
 * then the rest, each in reading order. A count stated so ("production had reached 125,000
 * aircraft") is told on the way as often as not, so it stays among the counts. The size of an
 * amount says nothing of its weight (a family's $210 is no headline over its $185). English verbs
 * only; elsewhere the order is the kinds' alone.
 */

/** The verb that states a figure as its subject's measure, and the hedges said before the figure. */
const STATED =
  /(?<![\p{L}'’])(?!(?:there|it|this|which|what|who)\s)[\p{L}'’-]+\s+(?:(?:now|still|already|today|alone)\s+)?(?:stands?\s+at|stood\s+at|is|was|are|were|totals?|totaled|totalled|amounts?\s+to|amounted\s+to|reached|comes\s+to|came\s+to)\s+(?:(?:about|nearly|almost|over|some|roughly|just|only|more\s+than|at\s+least)\s+)*$/iu;

/** Whether the figure whose clause reads `before` up to it is stated as its subject's measure. */
export function isStated(before: string): boolean {
  return STATED.test(before.slice(-120));
}

interface Weighed {
  start: number;
  value: string;
  kind: string;
  stated?: true;
  change?: true;
  setup?: true;
}

/**
 * The figures, best first (see above); `strong`: whether a kind says something by itself. The
 * amount a thing is changed by ("My proposal reduces that total by $300") is the point its
 * sentences lead to, before every headline; a figure that only says whom a sentence is about ("a
 * family of four with a gross income of $12,500") comes last (by-change.ts).
 */
export function byWeight<F extends Weighed>(figures: readonly F[], strong: (kind: string) => boolean): F[] {
  const weight = (f: F) =>
    f.setup ? -1 : strong(f.kind) ? (f.change ? 3 : f.stated ? 2 : 1) : f.change ? 1 : 0;
  return [...figures].sort((a, b) => weight(b) - weight(a) || a.start - b.start);
}
