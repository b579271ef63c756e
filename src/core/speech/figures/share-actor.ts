/**
 * A share labelled only by its whole ("19.6 percent — of the gross national product") drops what
 * the share is, when the sentence says it as what someone does with that whole: "the Federal
 * Government in 1985 will only be taking 19.6 percent of the gross national product". The label
 * then says who does what, the figure's place kept as "…" (as goal.ts does), and the year the
 * clause says it of: "Federal Government taking … of the gross national product in 1985". When the
 * doer is no noun phrase of the clause ("we take…", "taking"), the label stays as it was. English.
 */
import { alternation, AUXILIARY, FUTURE_MODAL } from '../word-classes';

const AUX = alternation(AUXILIARY, ['only', 'also', 'still', 'now', 'already', 'just', 'not', 'even']);
/** The subject's words, optional time, auxiliaries, then the lexical verb right before the figure. */
const DOER_VERB = new RegExp(
  String.raw`(?:^|[\s"“])(?:(?:the|this|that|these|those|our|their|its|his|her|a|an)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]{2,})(\s+in\s+(?:19|20)\d\d)?\s+((?:(?:${AUX})\s+)*)(\p{Ll}{3,}(?:ing|s|ed)|take|took|spend|spent|pay|paid|get|got|receive|produce|use|own|hold|control|consume|keep|collect)\s+(?:(?:about|nearly|almost|over|some|roughly|only|just|more\s+than|less\s+than)\s+)*$`,
  'u',
);
const NOT_A_DOER = /^(?:it|he|she|we|they|you|i|there|which|who|that|this|what|one)$/iu;
/** Verbs that say what the share is of the subject, not what it does ("accounts for" names the share). */
const NOT_AN_ACTION = /^(?:is|are|was|were|being|been|means|seems|remains|represents|equals)$/iu;

/**
 * The label of a share whose whole is `ofLabel` ("of the gross national product"), from the
 * words of its clause before it (`before`), or '' when the clause says no doer and act.
 */
export function actorShare(before: string, ofLabel: string): string {
  const m = DOER_VERB.exec(before);
  if (!m) return '';
  // ("Now America imports…", "So Congress took…": a connective or an adverb of time is no doer's word)
  const doer = m[1]!.replace(/^(?:(?:now|today|so|and|but|yet|then|also|still|again|thus|here)\s+)+/iu, '');
  const verb = m[4]!;
  if (doer.split(/\s+/u).some((w) => NOT_A_DOER.test(w)) || NOT_AN_ACTION.test(verb)) return '';
  if (!doer || (!/\p{Lu}/u.test(doer[0]!) && doer.split(/\s+/u).length < 2)) return '';
  const future = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(FUTURE_MODAL)})(?![\p{L}])`, 'iu').test(
    m[3]!,
  );
  const year = m[2] && future ? m[2].replace(/\s+/gu, ' ') : '';
  const label = `${doer} ${verb} … ${ofLabel}${year}`;
  return label.split(/\s+/u).length <= 12 ? label : '';
}
