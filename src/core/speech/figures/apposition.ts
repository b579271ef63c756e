/**
 * "That double-digit inflation, 12.4 percent, has been cut in half": a figure set off by commas
 * right after the noun phrase that opens its sentence restates that noun phrase, and is labelled
 * by it ("12.4 percent — double-digit inflation"). Its own clause (", 12.4 percent,") says nothing,
 * so before it had no label. Only a noun phrase: no verb, no pronoun, no opening preposition or
 * conjunction ("In March, 12 percent, …" says when, not what). English only.
 */
import type { Span } from '../segment';
import { VERB_LIKE } from '../keyphrases';
import { PERSONAL_SUBJECT } from '../word-classes';

/** The noun phrase opening the sentence, its determiner apart, then the comma before the figure. */
const OPENING_NP =
  /^\s*(?:(?:that|this|these|those|the|our|its|their|your|my)\s+)?((?:[\p{L}'’-]+\s+){1,4}[\p{L}'’-]+),\s+(?:(?:about|nearly|almost|over|some|roughly|just|only|more\s+than)\s+)*$/iu;
/** Verbs a noun phrase never holds (VERB_LIKE reads the past tense and a few others). */
const VERB =
  /^(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should)$/iu;

/** The label of a figure said as an apposition to the noun phrase opening its sentence, or ''. */
export function appositionLabel(
  sentence: string,
  fig: Span,
  isFunctionWord: (w: string) => boolean,
  isLabel: (phrase: string) => boolean,
): string {
  if (!/^\s*,\s/u.test(sentence.slice(fig.end))) return '';
  const m = OPENING_NP.exec(sentence.slice(0, fig.start));
  if (!m) return '';
  const words = m[1]!.split(/\s+/u);
  if (isFunctionWord(words[0]!) || isFunctionWord(words[words.length - 1]!)) return '';
  if (words.some((w) => VERB.test(w) || VERB_LIKE.test(w) || PERSONAL_SUBJECT.has(w.toLowerCase())))
    return '';
  return isLabel(m[1]!) ? m[1]! : '';
}
