/**
 * "1 million more Americans have lost their health insurance": when a count's label is only
 * "more <noun>", the verb after it is the fact; without it "1 million — more Americans" under
 * "Health insurance" reads as a gain (judge24 A3, Obama, 24 February 2009). The predicate joins the
 * label, or, when it is too long for a card, the figure gets no label (never a turned fact).
 */
import { PAST_VERB } from './label-words';

/** A label that is a comparative and its noun: "more Americans", "fewer children". */
const MORE_NOUN = /^(?:more|fewer|additional|extra)\s+\p{L}[\p{L}'’-]*$/iu;

/** A verb that goes on from the noun: an auxiliary, or a verb in the past. */
const AUXILIARY = /^(?:have|has|had|will|would|could|can|may|might|did|do|does|are|were|is|was)$/iu;

/** Most words a label with its predicate may have. */
const MAX_WORDS = 8;

/** The label with the predicate said after it ('' when that is too long); other labels as they are. */
export function withPredicate(sentence: string, end: number, label: string): string {
  if (!MORE_NOUN.test(label)) return label;
  const after = sentence.slice(end);
  if (!after.startsWith(` ${label}`)) return label;
  const rest = /^[^,;:.!?—–()]*/u.exec(after.slice(label.length + 1))![0].trim();
  const first = /^\p{Ll}+/u.exec(rest)?.[0] ?? '';
  if (!first || !(AUXILIARY.test(first) || PAST_VERB.test(first) || /ed$/u.test(first))) return label;
  const whole = `${label} ${rest}`;
  return whole.split(/\s+/u).length <= MAX_WORDS ? whole : '';
}
