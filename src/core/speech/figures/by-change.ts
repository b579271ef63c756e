/**
 * A figure said as what a thing is changed by: "future individual income taxes be reduced by $16.5
 * billion", "My proposal reduces that total by $300". The figure is the change, never the thing:
 * its label names the change with the speaker's verb made a noun and the thing it changes ("cut in
 * future individual income taxes", "cut in that total"), all words of its own sentence but the
 * noun of the verb. '' when the words before the figure say no such change (English only).
 *
 * Such a figure is also its sentence's point (`isChangeAmount`): beside the amounts it changes
 * ("$1,260 in federal taxes") and the incomes that say whose they are (`isSetup`: "a family of four
 * with a gross income of $12,500"), it is the figure a slide with no room for all keeps first
 * (headline.ts).
 */

const NOUN: Record<string, string> = {
  reduce: 'cut',
  cut: 'cut',
  lower: 'cut',
  raise: 'increase',
  increase: 'increase',
};
const HEDGE = String.raw`(?:(?:about|nearly|almost|roughly|some|over|more\s+than|only|just|another|an\s+additional)\s+)*`;
const STEM = String.raw`(reduc|cut|lower|rais|increas)`;
/** "taxes be reduced by", "taxes will be cut by": the thing (up to four words), then the passive verb. */
const PASSIVE = new RegExp(
  String.raw`((?:[\p{L}'’-]+\s+){0,3}(?!(?:will|should|must|shall|be)\s)[\p{L}'’-]+)\s+(?:(?:will|should|must|shall)\s+)?(?:(?:also|still|now|then)\s+)*(?:be|been|is|are|was|were|has\s+been|have\s+been)\s+${STEM}(?:ed|d)?\s+by\s+${HEDGE}$`,
  'iu',
);
/** "reduces that total by", "will cut our deficit by": the verb, then the thing (one to four words). */
const ACTIVE = new RegExp(
  String.raw`(?<![\p{L}])${STEM}(?:es|e|s|ed|d)?\s+((?:(?:the|that|this|those|these|our|its|their|your)\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+by\s+${HEDGE}$`,
  'iu',
);
const stem = (s: string) => ({ reduc: 'reduce', rais: 'raise', increas: 'increase' })[s] ?? s;
/** A modal of what only could be, right before the verb. */
const MAYBE = /(?<![\p{L}])(?:can|could|may|might|would)\s+(?:(?:also|still|not|only|even)\s+)?$/iu;
/** Words that end the thing going back: "that future taxes be…" keeps "future taxes". */
const STOP =
  /^(?:that|which|who|and|or|but|if|when|because|so|to|of|in|on|for|with|by|at|as|we|i|you|they|he|she|it|propose|proposed|ask|asked|recommend|recommended|can|could|may|might|would)$/iu;

/** The label of a figure said as what a thing is changed by (see above), '' when it is not one. */
export function byChangeLabel(before: string, isWord: (w: string) => boolean): string {
  const tail = before.slice(-160);
  const passive = PASSIVE.exec(tail);
  if (passive) {
    const ws = passive[1]!.split(/\s+/u);
    let from = ws.length;
    while (from > 0 && !STOP.test(ws[from - 1]!) && /^[\p{L}'’-]+$/u.test(ws[from - 1]!)) from--;
    const thing = ws.slice(from);
    if (!thing.length || !isWord(thing[thing.length - 1]!)) return '';
    return `${NOUN[stem(passive[2]!.toLowerCase())]} in ${thing.join(' ').toLowerCase()}`;
  }
  const active = ACTIVE.exec(tail);
  // ("can reduce wages by about 20 percent": what only could be is no change that was made)
  if (!active || MAYBE.test(tail.slice(0, active.index))) return '';
  const thing = active[2]!.split(/\s+/u);
  // (its determiner is no stop: "that total")
  if (thing.slice(1).some((w) => STOP.test(w)) || !isWord(thing[thing.length - 1]!)) return '';
  return `${NOUN[stem(active[1]!.toLowerCase())]} in ${thing.join(' ').toLowerCase()}`;
}

const CHANGE_BEFORE = new RegExp(
  String.raw`(?:${STEM}(?:es|e|s|ed|d|ing)?\s+(?:[\p{L}'’-]+\s+){0,4}by|(?:reduction|cut|increase|saving|savings|refund)\s+of)\s+${HEDGE}$`,
  'iu',
);
/** Whether the figure after `before` (its clause up to it) is the amount of a change (see above). */
export function isChangeAmount(before: string): boolean {
  return CHANGE_BEFORE.test(before.slice(-120));
}

/**
 * "a family of four with a gross income of $5,600", "Families grossing $20,000", "those earning
 * $40,000": a figure that says who the sentence is about, not what it says of them.
 */
const SETUP =
  /(?:(?<![\p{L}])with\s+(?:an?|the|their|its)\s+(?:[\p{L}'’-]+\s+){0,2}(?:income|incomes|salary|salaries|earnings|wage|wages|pay)\s+of|(?<![\p{L}])(?:grossing|earning|making|netting))\s+(?:(?:about|over|under|less\s+than|more\s+than|up\s+to)\s+)?$/iu;
/** Whether the figure after `before` only says whom its sentence is about (see above). */
export function isSetup(before: string): boolean {
  return SETUP.test(before.slice(-120));
}
