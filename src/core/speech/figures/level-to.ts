/**
 * "to limit total wage increases to a maximum of 7 percent per year": a figure said as the level
 * a thing is held or brought to is labelled by that thing ("total wage increases per year"), not
 * by the words that happen to sit before the verb ("country to limit total wage increases", read
 * off "employees in this country to limit…"). English only.
 */
import { isFunctionWord } from '../lexicon';

/**
 * Whom the speaker asks ("employees in this country to limit…", "each firm in the Nation to
 * hold…"), a verb that sets a level, its object, and "to" (with hedges) right before the figure.
 * (Not "a request to raise the debt ceiling to $985 billion": the request is what the figure is.)
 */
const LEVEL_TO =
  /(?<![\p{L}])(?:in|of|for|across|throughout)\s+(?:this|the|our|that|every)\s+\p{L}+\s+to\s+(?:limit|limits|limited|hold|holds|held|keep|keeps|kept|cap|caps|capped|bring|brings|brought|cut|cuts|reduce|reduces|reduced|lower|lowers|lowered|raise|raises|raised)\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]{3,})\s+(?:down\s+|up\s+)?to\s+(?:(?:a\s+maximum\s+of|a\s+minimum\s+of|about|nearly|almost|over|some|roughly|more\s+than|less\s+than)\s+)*$/iu;
/** A rate said right after the figure ("per year"), which the label keeps. */
const RATE_AFTER = /^\s+((?:per|a|each|every)\s+(?:year|month|week|day|hour))(?![\p{L}])/iu;

/**
 * "a liberalized investment tax credit increasing the rate to 12 percent": a thing, a participle
 * that sets its rate (level, ceiling…) and "to" right before the figure. The figure is that
 * thing's rate ("investment tax credit rate"), not for whom it is ("for all businesses").
 */
const RATE_OF_TO =
  /((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]{3,})\s+(?:increasing|raising|lifting|lowering|reducing|cutting|bringing|setting)\s+(?:the|its|their)\s+(rate|level|ceiling|limit|cap|share)\s+(?:up\s+|down\s+)?to\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than|less\s+than)\s+)*$/iu;

/** The thing whose rate the figure is, with that noun ("investment tax credit rate"), or ''. */
function rateOfLabel(before: string): string {
  const m = RATE_OF_TO.exec(before);
  if (!m) return '';
  const ws = m[1]!.split(/\s+/u);
  // the thing's last content words: "a liberalized investment tax credit" → "investment tax credit"
  while (ws.length && (isFunctionWord(ws[0]!, 'en') || /(?:ed|ing)$/iu.test(ws[0]!))) ws.shift();
  if (!ws.length || ws.some((w) => isFunctionWord(w, 'en'))) return '';
  return `${ws.join(' ')} ${m[2]!.toLowerCase()}`;
}

/** The label of a figure said as the level its clause's verb sets a thing to, or ''. */
export function levelLabel(before: string, after: string): string {
  const m = LEVEL_TO.exec(before);
  if (!m) return rateOfLabel(before);
  const ws = m[1]!.split(/\s+/u);
  // "its price increases": the determiner is no word of the label
  while (ws.length && /^(?:its|their|our|the|his|her|your|a|an)$/iu.test(ws[0]!)) ws.shift();
  if (ws.length < 2 || isFunctionWord(ws[ws.length - 1]!, 'en') || isFunctionWord(ws[0]!, 'en')) return '';
  const rate = RATE_AFTER.exec(after)?.[1];
  return rate ? `${ws.join(' ')} ${rate}` : ws.join(' ');
}

/**
 * "to hold its price increases at least one-half of one percentage point below what they averaged
 * during 1976 and 1977": a figure said as a distance below or above a reference is a difference,
 * and a label that does not say the reference ("Nation to hold its price increases") shows it as
 * a level. Such a figure keeps no label (it stays in the notes).
 */
const DIFFERENCE_AFTER =
  /^\s+(?:below|above|under|beneath)\s+(?:what|the\s+level|the\s+average|their|its|our|last)(?![\p{L}])/iu;

/** Whether a label misses the reference a figure said as a difference from it is measured against. */
export function missesReference(label: string, after: string): boolean {
  return (
    DIFFERENCE_AFTER.test(after) && !/(?<![\p{L}])(?:below|above|under|beneath)(?![\p{L}])/iu.test(label)
  );
}
