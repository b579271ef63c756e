/**
 * A number said as the whole a part is taken from — "We had 5 or 6 appropriations bills out of 15
 * passed", "30 percent of the 500 companies", "трое из 10 опрошенных" — is the whole, never what
 * the clause says happened to the part: labelled with the clause's words ("15 passed —
 * appropriations bills") it inverts the fact. Such a figure is no card; the sentence stays in the
 * notes.
 */
import type { Span } from '../segment';
import { clauseOf } from './label';

/** A part said right before the whole: a number, in digits or words, and up to four words ("5 or 6 appropriations bills", "30 percent", "трое"). */
const PART =
  /(?:\p{Nd}[\d.,]*|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|трое|четверо|пятеро))((?:\s*%|\s+(?!(?:with|a|an|the|in|on|at|for|to|by|from|and|who|that|which|whose|has|have|had|is|are|was|were|of|с|в|на|и|по)(?![\p{L}]))[\p{L}%-]+){0,4})\s*$/iu;
/** The words that make the next number the whole: "out of", "of the", "of", "из". */
const OF_WHOLE =
  /(?:^|\s)(?:out\s+of(?:\s+(?:the|a|an|our|their))?|of(?:\s+(?:the|our|their|all))?|из|de\s+(?:los|las)|sur)\s+(?:(?:about|some|nearly|almost|over|around|roughly|approximately|более|около|почти|примерно)\s+)?$/iu;

/** Whether the figure at `fig` is the whole a part before it is taken from. */
export function isWholeOfPart(sentence: string, fig: Span): boolean {
  const clause = clauseOf(sentence, fig);
  const before = sentence.slice(clause.start, fig.start);
  const m = OF_WHOLE.exec(before);
  const part = m && PART.exec(before.slice(0, m.index));
  if (!m || !part) return false;
  // a bare "of" makes a whole only right after its part ("5 of 15", "30 percent of 500"), not
  // after a noun phrase ("a family of four with a gross income of $5,600")
  return !/^\s*(?:of|из|sur)\s/iu.test(m[0]) || part[1]!.trim().split(/\s+/u).filter(Boolean).length <= 1;
}
