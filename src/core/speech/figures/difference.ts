/**
 * A figure said right before "more than …" / "less than …" is a difference, not an amount of
 * either side (judge21, Carter's energy address, November 1977):
 * - "our imports will be at least $25 billion more than all the American goods the we sell
 *   overseas": the figure is the trade gap; "at least $25 billion — all the American goods" read as
 *   the value of all American goods. Its label says both sides: "imports more than American goods".
 * - "the gross income of gas producers would average about $2 billion each year more than at the
 *   present price level": the same thing at another level or time is compared, so the figure is an
 *   increase in it: "increase in gross income of gas producers" (a decrease for "less"/"lower").
 * When the sides cannot be said in a short noun phrase of the sentence, the figure has no label
 * (no card): a difference shown as a level is a number with a meaning the speech did not give it.
 * English.
 */
import { isFunctionWord } from '../lexicon';
import { VERB_LIKE } from '../keyphrases';
import type { Span } from '../segment';
import { clauseOf } from './label';

/** A difference says two things (what changed and how), so its label may run one word over a plain one. */
const MAX_WORDS = 7;
/** "more than", "less than", "higher than", … said right after the figure. */
const COMPARED_AFTER =
  /^\s+(more|less|fewer|higher|lower|greater|larger|bigger|smaller)\s+than\s+(?:(?:it|they)\s+(?:is|are|was|were|did|does|do)\s+)?([^,;:.!?—–()]*)/iu;
/** The other side is the same thing at another level or time ("at the present price level", "last year"). */
const OTHER_TIME_OR_LEVEL =
  /^(?:at|in|on|during|before|under|with|when|today|now|last|this|a\s+year\s+ago|ever|before|previously)(?![\p{L}])/iu;
const LESS = /^(?:less|fewer|lower|smaller)$/iu;
/** What stands between a subject and its figure: auxiliaries, copulas, verbs of measure, hedges. */
const LINK =
  /(?:\s+(?:will|would|could|may|might|must|shall|should|can|be|been|being|is|are|was|were|has|have|had|now|still|also|then|average|averages|averaged|total|totals|totaled|totalled|amount\s+to|amounts\s+to|reach|reaches|reached|run|runs|ran|come\s+to|comes\s+to))+\s*$/iu;
const DETERMINER = /^(?:the|a|an|our|their|its|his|her|my|your|this|that|these|those|all|some|any|every)$/iu;

function bare(w: string): string {
  return w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** The subject noun phrase said right before the verb that links it to the figure, or ''. */
function subjectBefore(before: string, lang: string): string {
  const link = LINK.exec(before);
  if (!link) return '';
  // ("The infant mortality of nonwhites in 1940 was 70 percent greater": the year says when, the
  // subject is before it; Johnson, 1965)
  const ws = before
    .slice(0, link.index)
    .replace(/\s+(?:in|by)\s+(?:1[89]|20)\d\d\s*$/u, '')
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = bare(ws[i]!);
    if (!w || /[,;:]$/u.test(ws[i]!)) break;
    // ("gross income of gas producers": "of" carries a noun phrase on)
    if (/^of$/iu.test(w) && out.length) {
      out.unshift(w);
      continue;
    }
    if (isFunctionWord(w, lang) || DETERMINER.test(w) || VERB_LIKE.test(w)) break;
    out.unshift(w);
  }
  while (out.length && /^of$/iu.test(out[0]!)) out.shift();
  // ("Exports were 12 percent higher": the capital of the sentence's first word is no name's)
  if (
    out.length &&
    /^\s*$/u.test(before.slice(0, before.indexOf(out[0]!))) &&
    /^\p{Lu}\p{Ll}+$/u.test(out[0]!)
  )
    out[0] = out[0]!.toLowerCase();
  return out.length && out.length <= 5 ? out.join(' ') : '';
}

/** The noun phrase of the other side ("all the American goods the we sell" → "American goods"). */
function otherSide(text: string, lang: string): string {
  const ws = text.trim().split(/\s+/u).filter(Boolean);
  let i = 0;
  while (i < ws.length && (DETERMINER.test(bare(ws[i]!)) || isFunctionWord(bare(ws[i]!), lang))) i++;
  const out: string[] = [];
  for (; i < ws.length && out.length < 4; i++) {
    const w = bare(ws[i]!);
    if (!w || isFunctionWord(w, lang) || VERB_LIKE.test(w) || /\p{Nd}/u.test(ws[i]!)) break;
    out.push(w);
  }
  return out.join(' ');
}

/**
 * The label of a figure said as a difference (see above): a label, '' when the difference cannot
 * be said, or null when the figure is no difference.
 */
export function differenceLabel(sentence: string, fig: Span, lang: string): string | null {
  const clause = clauseOf(sentence, fig);
  const m = COMPARED_AFTER.exec(sentence.slice(fig.end, clause.end));
  if (!m) return null;
  const subject = subjectBefore(sentence.slice(clause.start, fig.start).replace(/\s+$/u, ' '), lang);
  if (!subject) return '';
  const other = m[2]!.trim();
  if (!other || OTHER_TIME_OR_LEVEL.test(other)) {
    const label = `${LESS.test(m[1]!) ? 'decrease' : 'increase'} in ${subject}`;
    return label.split(' ').length <= MAX_WORDS ? label : '';
  }
  const side = otherSide(other, lang);
  if (!side) return '';
  const label = `${subject} ${m[1]!.toLowerCase()} than ${side}`;
  if (label.split(' ').length > MAX_WORDS) return '';
  // ("The infant mortality of nonwhites in 1940 was 70 percent greater than whites": the year the
  // subject is said for stays on the card, or it reads as today's, Johnson 1965)
  const year = /\s(?:in|by)\s+((?:1[89]|20)\d\d)\s+(?:was|were|is|are)\s/u.exec(
    sentence.slice(clause.start, fig.start),
  )?.[1];
  return year ? `${label}, ${year}` : label;
}
