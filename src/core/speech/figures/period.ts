/**
 * Figures that count nothing of their own, whatever words stand around them: the period a
 * comparison runs over ("for the last 56 years"), how often ("every 12 years") and a yardstick
 * ("equivalent to 10,000 automobiles"). Any label would borrow the sentence's other words, so
 * such a figure gets none and is said in its sentence instead.
 */
import type { Span } from '../segment';

/** A figure that is a stretch of time ("50 years", "two decades"). */
const TIME_SPAN = /\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))$/iu;

/** A hedge between a period's opening and its length ("over the past nearly 50 years"). */
const PERIOD_HEDGE = String.raw`(?:(?:more than|nearly|almost|about|some|over|roughly|only|just)\s+)?`;
/**
 * Openings of a comparison period: "in 50 years", "over the 50 years"; and, after any
 * preposition or none, "the last / past / next / first 50 years", "these past 15 years", "each
 * of the last 20 years" ("for 17 months in a row" is not one: a length measured is a figure).
 */
const PERIOD_BEFORE = new RegExp(
  String.raw`(?:\b(?:in|over|within|during)\s+(?:the\s+)?|\b(?:the|these|those)\s+(?:(?:last|past|first|next|previous|coming|recent)\s+)|\b(?:last|past)\s+)${PERIOD_HEDGE}$`,
  'iu',
);

/**
 * "in the past 50 years", "for the last 56 years", "during these past 15 years", "the first time
 * in 50 years", "25 years since the Act", "20 years ago": the stretch of time a comparison runs
 * over says when, and counts nothing of its own. Any label would borrow the sentence's other words
 * ("50 years — made enormous progress", "56 years — presidential election"), so the figure is
 * said in its sentence instead.
 */
function whenNotWhat(sentence: string, fig: Span): boolean {
  if (!TIME_SPAN.test(sentence.slice(fig.start, fig.end))) return false;
  const before = sentence.slice(Math.max(0, fig.start - 40), fig.start);
  const after = sentence.slice(fig.end, fig.end + 12);
  // "doubling every 12 years" says how often, not what is counted ("12 years — in a rate of growth")
  return (
    PERIOD_BEFORE.test(before) || /\b(?:every|each)\s+$/iu.test(before) || /^\s+(?:since|ago)\b/iu.test(after)
  );
}

/**
 * "power equivalent to 10,000 automobiles", "an area the size of 50 football fields": a figure a
 * thing is measured against is a yardstick, not a count of it, and a card of it ("10,000
 * automobiles — with their accelerators") says something nobody said.
 */
const YARDSTICK =
  /\b(?:equivalent\s+to|the\s+equivalent\s+of|the\s+size\s+of|the\s+weight\s+of|as\s+\p{L}+\s+as)\s+(?:(?:about|nearly|almost|some|more than|over)\s+)?$/iu;

/** Whether the figure at `fig` is a period, a frequency or a yardstick (see above). */
export function countsNothing(sentence: string, fig: Span): boolean {
  return whenNotWhat(sentence, fig) || YARDSTICK.test(sentence.slice(Math.max(0, fig.start - 40), fig.start));
}

/** "scientific manpower is doubling every ": what grows (its last content words), its verb of growth. */
const GROWS_EVERY =
  /(?<![\p{L}'’-])((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+((?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:doubling|tripling|quadrupling|halving|doubles|doubled|triples|tripled|halves|halved))\s+(every|each)\s+$/iu;

/**
 * "this Nation's own scientific manpower is doubling every 12 years": how often a thing doubles is
 * the figure of that growth. The figure takes its "every" ("every 12 years") and the label says
 * what grows and how, in the speech's words ("scientific manpower is doubling"); null when the
 * sentence says no such growth. `isWord`: whether a word is a content word.
 */
export function growthEvery(
  sentence: string,
  fig: Span,
  isWord: (w: string) => boolean,
): { start: number; label: string } | null {
  if (!TIME_SPAN.test(sentence.slice(fig.start, fig.end))) return null;
  const m = GROWS_EVERY.exec(sentence.slice(Math.max(0, fig.start - 120), fig.start));
  if (!m) return null;
  // the subject: its content words right before the verb ("own" and "this Nation's" stay out)
  const subject: string[] = [];
  for (const w of m[1]!.split(/\s+/u).reverse()) {
    if (!isWord(w) || /['’]s?$/u.test(w)) break;
    subject.unshift(w);
  }
  if (!subject.length) return null;
  return {
    start: fig.start - m[3]!.length - 1,
    label: `${subject.join(' ')} ${m[2]!.replace(/\s+/gu, ' ')}`,
  };
}
