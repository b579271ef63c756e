/**
 * "Every $5 billion increase in oil imports costs us 200,000 American jobs" (Carter, November
 * 1977): a figure said after "every"/"each" is the unit of a rate, never an amount that happened;
 * "$5 billion — increase in oil imports" read as one rise of $5 billion. It gets no label (no card),
 * and the figure its verb acts on ("200,000 American jobs") gets none either: its label came from
 * the unit's words ("increase in oil imports costs"), and alone it would read as jobs lost once. English.
 */
import type { Span } from '../segment';

/** "every", "each", "for every", said right before the figure (its hedge is part of the value). */
const EVERY_BEFORE = /(?<![\p{L}])(?:every|each)\s+$/iu;
/** What a unit's rate is said with: a verb right after its noun phrase, then another figure. */
const RATE_VERB =
  /^[^,;:.!?—–()\p{Nd}]{0,60}?\s(?:costs?|means?|brings?|creates?|adds?|yields?|returns?|saves?|buys?|pays?\s+for|takes?|gives?|generates?|produces?)\s[^.!?]*\p{Nd}/iu;

/** Whether the figure at `fig` is the unit of a rate said in its sentence (see above). */
export function isRateUnit(sentence: string, fig: Span): boolean {
  return (
    EVERY_BEFORE.test(sentence.slice(Math.max(0, fig.start - 12), fig.start)) &&
    RATE_VERB.test(sentence.slice(fig.end))
  );
}

/** Whether `g` is the unit of a rate and `f` the figure said for it later in the same clause. */
export function ratePairs(sentence: string, g: Span, f: Span): boolean {
  return isRateUnit(sentence, g) && !/[,;:.!?—–()]/u.test(sentence.slice(g.end, f.start));
}
