/**
 * A rate said of who pays it keeps who pays it (judge18, Biden: "billionaires pay an average
 * federal tax rate of just 8 percent", "… pay 8 percent on their true income"): "8 percent —
 * average federal tax rate" and "8 percent — on their true income" lose the billionaires, and the
 * rate reads as everyone's. English.
 * - When the clause says "<who> pay(s) [an] <label> of <figure>", the label runs from who pays:
 *   "Billionaires pay an average federal tax rate".
 * - When the label is what the rate is paid on or in ("on their true income", "in federal income
 *   taxes"), the words "<who> pay(s)" before the figure open it: "billionaires pay on their true
 *   income"; said by a pronoun ("They pay 8 percent on their true income", "who on average pay")
 *   the who is another clause's, and the figure has no label.
 * A label of more than seven words is none.
 */
import { isFunctionWord } from '../lexicon';
import { clauseOf } from './label';
import type { FoundFigure } from './index';

const MAX_WORDS = 7;
const PAYS = String.raw`(?<![\p{L}])(pay|pays|paid|paying|owe|owes|owed|face|faces|faced)`;
const PRONOUN = /^(?:they|we|you|he|she|it|i|who|that|which|these|those|this)$/iu;
/** Said between the verb and the figure: "just", "only", "on average", "an average of". */
const SOFT = String.raw`(?:(?:just|only|about|roughly|barely|on\s+average|an\s+average\s+of|a\s+mere)\s+)*`;

/** Who pays, said right before the verb that ends `before`: up to three words, none a pronoun or a number. */
function lead(before: string): { who: string; verb: string; at: number } | null {
  const m = new RegExp(String.raw`${PAYS}\s+$`, 'iu').exec(before);
  if (!m) return null;
  // ("billionaires who on average pay": the adverb said before the verb is no part of who pays)
  const head = before
    .slice(0, m.index)
    .replace(/(?:\s+(?:on\s+average|just|only|also|still|now|already))+\s*$/iu, ' ');
  const words = [...head.matchAll(/[^\s]+/gu)].slice(-3);
  // ("The 1,000 billionaires in America pay": who pays starts after the number)
  const from = words.findLastIndex((w) => /\p{Nd}|[,;:]$/u.test(w[0])) + 1;
  // ("billionaires in America pay": who pays is the noun before its place, "a billionaire" the noun)
  const who = words.slice(from);
  if (who.some((w) => PRONOUN.test(w[0]))) return { who: '', verb: m[1]!, at: m.index };
  while (who.length && isFunctionWord(who[0]![0], 'en')) who.shift();
  const cut = who.findIndex((w) => isFunctionWord(w[0], 'en'));
  if (cut > 0) who.splice(cut);
  if (!who.length || who.some((w) => PRONOUN.test(w[0]) || !/^[\p{L}'’-]+$/u.test(w[0])))
    return { who: '', verb: m[1]!, at: m.index };
  const last = who.at(-1)!;
  return { who: before.slice(who[0]!.index, last.index + last[0].length), verb: m[1]!, at: who[0]!.index };
}

/** The label of a rate `f` with who pays it (see above); `f.label` when the clause says no payer. */
export function withPayer(sentence: string, f: FoundFigure): string {
  if (!f.label || f.kind !== 'percentage') return f.label;
  const clause = clauseOf(sentence, f);
  const before = sentence.slice(clause.start, f.start);
  // "<who> pay an average federal tax rate of just 8 percent"
  const at = before.lastIndexOf(f.label);
  if (at >= 0) {
    const verb = new RegExp(String.raw`${PAYS}\s+(?:an?\s+|the\s+)?$`, 'iu').exec(before.slice(0, at));
    if (!verb) return f.label;
    const head = lead(before.slice(0, verb.index + verb[1]!.length + 1));
    if (!head?.who) return '';
    const label = `${head.who} ${before.slice(verb.index, at + f.label.length).trim()}`;
    return label.split(/\s+/u).length <= MAX_WORDS ? label : '';
  }
  // "<who> pay just 8 percent on their true income": the words after the figure say what it is paid
  // on, those before it who pays (a label made of other words, "average pay in …", is none)
  const m = new RegExp(String.raw`${PAYS}\s+${SOFT}$`, 'iu').exec(before);
  if (!m) return f.label;
  const on = /^\s+((?:on|in)\s[^,;:.!?—–()]+)/iu.exec(sentence.slice(f.end, clause.end));
  if (!on) return /^(?:on|in)\s/iu.test(f.label) ? '' : f.label;
  const ws = on[1]!.trim().split(/\s+/u).slice(0, 5);
  while (ws.length && isFunctionWord(ws[ws.length - 1]!, 'en')) ws.pop();
  const head = lead(before.slice(0, m.index + m[1]!.length + 1));
  if (!head?.who || ws.length < 2) return '';
  const label = `${head.who} ${head.verb} ${ws.join(' ')}`;
  return label.split(/\s+/u).length <= MAX_WORDS ? label : '';
}
