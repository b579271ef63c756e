/**
 * A share labelled only by its whole ("19.6 percent — of the gross national product"), said as
 * what someone does with that whole: "the Federal Government in 1985 will only be taking 19.6
 * percent of the gross national product". A label is one phrase of the speech, never the doer and
 * the whole stitched round the figure with "…" (render19: "70% — HUD awarded … of its IRA funds"),
 * so the whole alone is the label ("Trucking moves about 70 percent of all the goods" → "of all the
 * goods"), unless it says less than the card would claim:
 * - the clause says the year the share is of ("in 1985 will only be taking"): without it the card
 *   reads as today's share;
 * - the whole is said with a possessive ("of its IRA funds", "of its oil"): whose it is, the
 *   doer says, and the card would not.
 * Then there is no label, and no card. When the doer is no noun phrase of the clause ("we take…",
 * "taking"), the label stays as it was. English.
 */
import { alternation, AUXILIARY } from '../word-classes';

const AUX = alternation(AUXILIARY, ['only', 'also', 'still', 'now', 'already', 'just', 'not', 'even']);
/** The subject's words, optional time, auxiliaries, then the lexical verb right before the figure. */
const DOER_VERB = new RegExp(
  String.raw`(?:^|[\s"“])(?:(?:the|this|that|these|those|our|their|its|his|her|a|an)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]{2,})(\s+in\s+(?:19|20)\d\d)?\s+((?:(?:${AUX})\s+)*)(\p{Ll}{3,}(?:ing|s|ed)|take|took|spend|spent|pay|paid|get|got|receive|produce|use|own|hold|control|consume|keep|collect)\s+(?:(?:about|nearly|almost|over|some|roughly|only|just|more\s+than|less\s+than)\s+)*$`,
  'u',
);
const NOT_A_DOER = /^(?:it|he|she|we|they|you|i|there|which|who|that|this|what|one)$/iu;
/** Verbs that say what the share is of the subject, not what it does ("accounts for" names the share). */
const NOT_AN_ACTION = /^(?:is|are|was|were|being|been|means|seems|remains|represents|equals)$/iu;

/** A whole said with a possessive: whose it is, only the doer says. */
const POSSESSED = /^of\s+(?:its|their|his|her|our|my|your)\s/iu;

/**
 * The label of a share whose whole is `ofLabel` ("of the gross national product") when the words
 * of its clause before it (`before`) say a doer and an act: `ofLabel`, or '' when the whole alone
 * would say less than the card claims; null when the clause says no doer and act.
 */
export function actorShare(before: string, ofLabel: string): string | null {
  const m = DOER_VERB.exec(before);
  if (!m) return null;
  // ("Now America imports…", "So Congress took…": a connective or an adverb of time is no doer's word)
  const doer = m[1]!.replace(/^(?:(?:now|today|so|and|but|yet|then|also|still|again|thus|here)\s+)+/iu, '');
  const verb = m[4]!;
  if (doer.split(/\s+/u).some((w) => NOT_A_DOER.test(w)) || NOT_AN_ACTION.test(verb)) return null;
  if (!doer || (!/\p{Lu}/u.test(doer[0]!) && doer.split(/\s+/u).length < 2)) return null;
  return m[2] || POSSESSED.test(ofLabel) ? '' : ofLabel;
}
