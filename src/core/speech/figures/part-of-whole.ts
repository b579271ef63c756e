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

/**
 * A bare part, the Slavic word that takes it from a whole and up to two words before the whole:
 * sl/hr/sr/bs "62 od razpoložljivih", bg/mk "3 от/од", pl/cs "3 z", uk "3 з/із", ru "3 из". The
 * part is a number right before the word (never a year: "u 2015 od 30 miliona" says when).
 */
const SLAVIC_PART_OF =
  /(?<![\p{Nd}.,])(?!(?:1[0-9]|20)\d\d\s)\p{Nd}[\d.,]*\s+(?:od|от|од|z|ze|з|із|из)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:(?:oko|približno|skoraj|około|blisko|přibližně|около|близо|приблизно)\s+)?$/u;

/** Whether the figure at `fig` is the whole a part before it is taken from. */
export function isWholeOfPart(sentence: string, fig: Span): boolean {
  const clause = clauseOf(sentence, fig);
  const before = sentence.slice(clause.start, fig.start);
  if (SLAVIC_PART_OF.test(before)) return true;
  const m = OF_WHOLE.exec(before);
  const part = m && PART.exec(before.slice(0, m.index));
  if (!m || !part) return false;
  // a bare "of" makes a whole only right after its part ("5 of 15", "30 percent of 500"), not
  // after a noun phrase ("a family of four with a gross income of $5,600")
  return !/^\s*(?:of|из|sur)\s/iu.test(m[0]) || part[1]!.trim().split(/\s+/u).filter(Boolean).length <= 1;
}

/** The words between a bare part and the whole it is taken from: "od razpoložljivih", "of the", "z". */
const PART_JOIN = /^\s+(?:of|od|от|од|z|ze|з|із|из|de|di|van|von|av|af|sur)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

interface Figure extends Span {
  kind: string;
  value: string;
  core: string;
  label: string;
}

/**
 * "62 od razpoložljivih 77 milijonov evrov", "62 of the available 77 million euros": a bare part
 * said before the whole it is taken from shares the whole's scale and unit, so alone it is a
 * number nobody said ("62 — od razpoložljivih" read as "62 of the available"). The part and the
 * whole are one figure, spanning both as said, with no label yet (the words between belong to
 * the value); a label comes from the words before it or it is no card. Returns the figures with
 * each such pair joined.
 */
export function joinPartOfWhole<F extends Figure>(sentence: string, figs: F[]): F[] {
  const out: F[] = [];
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    const g = figs[i + 1];
    const between = g ? sentence.slice(f.end, g.start) : '';
    if (
      !g ||
      !/^\p{Nd}[\p{Nd}.,\s]*$/u.test(f.value) ||
      !/\p{Nd}[\p{Nd}.,\s]*(?:\s?\p{L}|\s?[%\p{Sc}])/u.test(g.value) ||
      !PART_JOIN.test(between) ||
      /^(?:1[0-9]|20)\d\d$/u.test(f.value)
    ) {
      out.push(f);
      continue;
    }
    const value = sentence.slice(f.start, g.end);
    out.push({ ...g, start: f.start, value, core: value, label: '' });
    i++;
  }
  return out;
}
