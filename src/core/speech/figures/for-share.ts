/**
 * A share that is what something is for: "we will also end the tax breaks for the wealthiest 2
 * percent of Americans", "the recovery plan provides a tax cut—that's right, a tax cut—for 95
 * percent of working families" (Obama, 24 February 2009). Labelled "of Americans" and "of working
 * families" the cards say nothing of what the number is about — under a title of the claim he
 * answers they read as the tax increase he denies (judge24 A3). The label is the thing the share is
 * for, in the speech's words and order, the number taken out: "2 percent — end the tax breaks for
 * the wealthiest Americans", "95 percent — a tax cut for working families". English only.
 */

/** "for", "for the wealthiest", "for the top" right before the value. */
const FOR_BEFORE = /(?<=[\s—–])(for)\s+(?:the\s+((?:\p{Ll}+est|top|bottom)\s+))?$/u;

/** The thing before "for": an optional verb, a determiner and up to three words. */
const THING =
  /(?:^|\s)((?:(\p{Ll}+)\s+)?(?:the|a|an|their|our|its|these|those)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u;

/** Words before the determiner that are no verb of the thing (auxiliaries, adverbs, pronouns). */
const NO_VERB =
  /^(?:will|would|shall|should|can|could|may|might|must|also|now|then|just|to|and|or|but|is|are|was|were|be|been|has|have|had|of|in|on|at|with|by|from|that|which|who|what|it|we|you|they|i|he|she)$/u;

/** Most words the label may have. */
const MAX_WORDS = 8;

/**
 * The label of the share whose value spans [start, end) in `sentence`, labelled `label` ("of
 * Americans"): the thing it is for, or `label` unchanged.
 */
export function forShareLabel(sentence: string, start: number, end: number, label: string): string {
  if (!/^of\s+\p{L}/u.test(label) || !/percent|per cent|%/u.test(sentence.slice(start, end))) return label;
  const before = FOR_BEFORE.exec(sentence.slice(0, start));
  if (!before) return label;
  // the thing ends the clause before "for" (a dash or a comma opens it: "—that's right, a tax cut—")
  const clause = sentence
    .slice(0, before.index)
    .replace(/[\s—–]+$/u, '')
    .split(/[,;:()]|[—–]|\s-\s/u)
    .pop()!;
  const thing = THING.exec(clause);
  if (!thing) return label;
  const words = thing[1]!.split(/\s+/u);
  if (thing[2] && NO_VERB.test(thing[2])) words.shift();
  const whole = [
    ...words,
    'for',
    ...(before[2] ? ['the', before[2].trim()] : []),
    label.replace(/^of\s+/u, ''),
  ];
  const text = whole.join(' ');
  return text.split(/\s+/u).length <= MAX_WORDS ? text : label;
}
