/**
 * Words after a figure that say over what period or for whom, not what is counted:
 * - "$19 billion over three years of actual new taxes": the period stands between the figure and
 *   its noun; left there, the label read "three years of actual new taxes". The noun is the label,
 *   the period (said in words) follows it: "actual new taxes over three years";
 * - "about 54 cents a month for the average household", "$24,214 for couples filing a joint
 *   return": for whom says nobody what the amount is; such a label is the last resort, after the
 *   subject the figure is said of ("The telephone tax increase is only about 54 cents…").
 */

/** A period right after the figure, before "of" and the counted noun. */
const PERIOD_THEN_OF =
  /^\s+((?:over|in|during|within)\s+(?:(?:the|these)\s+(?:next|last|past|first)\s+)?(?:\p{Nd}+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-](?:years?|months?|weeks?|days?))(?=\s+of\s)/iu;

/**
 * The text after a figure without a period that stands before its "of" noun, and that period
 * when said in words (a label holds no digits), else ''.
 */
export function periodBeforeOf(after: string): { rest: string; period: string } {
  const m = PERIOD_THEN_OF.exec(after);
  if (!m) return { rest: after, period: '' };
  return { rest: after.slice(m[0].length), period: /\p{Nd}/u.test(m[1]!) ? '' : m[1]!.replace(/\s+/gu, ' ') };
}

/** A label that says only for whom: "for the average household", "for couples filing…", "for those…". */
const FOR_WHOM =
  /^for\s+(?:(?:the|an?|each|every|all|those|these|our|their|most)\s+)?(?:(?:average|typical|ordinary|individual|single|married|low-income|middle-income|elderly|older|young)\s+)*(?:those|individuals?|persons?|people|households?|famil(?:y|ies)|couples?|workers?|taxpayers?|citizens?|seniors?|children|kids|students?|Americans?|each|everyone|everybody|smokers?|users?|customers?|consumers?|homeowners?|renters?)(?![\p{L}])/iu;

/** Whether a label says only for whom (see above). */
export function forWhom(label: string): boolean {
  return FOR_WHOM.test(label.trim());
}

/** Nouns of a change, which say what they change in the phrase after them ("reduction in …"). */
export const CHANGE_NOUN =
  /^(?:reduction|increase|cut|rise|fall|decline|drop|growth|gain|loss|saving|savings|shortfall)$/iu;

/**
 * "a $380 billion reduction in the budget deficits": a change noun alone says not what changed;
 * with the "in" phrase after it, it is the label ('' when there is none).
 */
export function changeIn(noun: string, rest: string): string {
  if (!CHANGE_NOUN.test(noun)) return '';
  const m = new RegExp(
    String.raw`^\s+${noun}\s+(in\s+(?:(?:the|its|their|our|your|this|that)\s+)?[\p{L}'’-]{3,}(?:\s+[\p{L}'’-]{3,})?)(?=$|[\s,.;:!?—–)])`,
    'iu',
  ).exec(rest);
  return m ? `${noun} ${m[1]!}` : '';
}

const PASSIVE_NOUN: Record<string, string> = {
  cut: 'cut',
  reduced: 'cut',
  lowered: 'cut',
  raised: 'increase',
  increased: 'increase',
};
/** Words of the verb group, never of the noun before it. */
const VERB_GROUP = String.raw`(?:will|would|can|could|shall|should|must|may|might|still|also|now|only|just|be|been|is|are|was|were|has|have)(?![\p{L}])`;
const WORD = String.raw`(?!${VERB_GROUP})[\p{L}'’-]`;
/** "your taxes will still be cut $335 billion": a thing, its passive verb of change, the figure. */
const PASSIVE_CHANGE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:our|your|their|the|its|his|her|my)\s+((?:${WORD}+\s+){0,2}${WORD}{3,})|(?<![\p{L}'’-])(${WORD}{3,}))\s+(?:(?:will|would|can|could|shall|should|must|may|might)\s+)?(?:(?:still|also|now|only|just)\s+)*(?:be|been|is|are|was|were|has\s+been|have\s+been)\s+(?:(?:still|also|now|only|just)\s+)*(cut|reduced|lowered|raised|increased)\s+(?:(?:about|nearly|almost|roughly|some|over|more\s+than)\s+)*$`,
  'iu',
);

/**
 * "your taxes will still be cut $335 billion": the figure is the change, said of the subject;
 * the label says so with the change's noun ("cut in taxes"), never the subject alone ('' when
 * the clause says no such change). A change said with "by" is qualify.ts's.
 */
export function passiveChange(before: string, isWord: (w: string) => boolean): string {
  const m = PASSIVE_CHANGE.exec(before);
  const what = m?.[1] ?? m?.[2] ?? '';
  if (!m || !what.split(/\s+/u).every(isWord)) return '';
  return `${PASSIVE_NOUN[m[3]!.toLowerCase()]} in ${what.toLowerCase()}`;
}
