/**
 * A figure whose clause goes on to compare what it labels ("в 39 регионах суммарный коэффициент
 * рождаемости был ниже среднероссийского", "in 12 states the jobless rate was above the national
 * average") counts the places or cases where the comparison holds: a label that stops before the
 * comparison ("39 — регионах суммарный коэффициент рождаемости") says the figure is the thing
 * compared. The label keeps the comparison, in the speech's words and without its verb; a label
 * too long to keep it is no label.
 */
import type { Span } from '../segment';
import { clauseOf } from './label';

const MAX_WORDS = 8;
/** The verb between a subject and its comparison ("был", "was", "remains", "es"). */
const COPULA =
  /(?:был[аио]?|были|будет|будут|является|являются|стал[аио]?|стали|оста(?:ё|е)тся|оставал\p{L}*|оказал\p{L}*|is|was|were|are|has\s+been|have\s+been|remains?|remained|stays?|stayed|stood|es|era|fue|son|eran|est|était|sont|étaient|ist|war|sind|waren|كان|كانت|ظل|ظلت)/u;
/** What says a comparison: "ниже", "below", "higher than", "por debajo de", "unter", "أعلى من". */
const COMPARED =
  /(?:ниже|выше|больше|меньше|хуже|лучше|below|above|(?:higher|lower|greater|less|more|fewer|better|worse)\s+than|por\s+debajo\s+de(?:l)?|por\s+encima\s+de(?:l)?|(?:superior|inferior|mayor|menor)(?:es)?\s+(?:a(?:l)?|que)|au-dessus\s+de|en\s+dessous\s+de|en-dessous\s+de|(?:supérieure?s?|inférieure?s?)\s+(?:à|au)|plus\s+(?:haut|bas|élevée?s?|faibles?)\s+que|über|unter|(?:höher|niedriger|größer|kleiner)\s+als|(?:أعلى|أقل|أدنى|أكثر)\s+من)/u;
const AFTER_LABEL = new RegExp(
  String.raw`^\s+(?:${COPULA.source}\s+)?(${COMPARED.source}\s+[^,;:.!?—–()\p{Nd}]{2,40}?)\s*(?=$|[,;:.!?—–()])`,
  'iu',
);

/**
 * The label of the figure at `fig` with the comparison its clause says of it right after the
 * label (see above); the label itself when none is said.
 */
export function withComparison(sentence: string, fig: Span, label: string): string {
  if (!label) return label;
  const clause = clauseOf(sentence, fig);
  const at = sentence.indexOf(label, fig.end);
  if (at < 0 || at >= clause.end) return label;
  const m = AFTER_LABEL.exec(sentence.slice(at + label.length, clause.end));
  if (!m) return label;
  const joined = `${label} ${m[1]!.trim()}`.replace(/\s+/gu, ' ');
  return joined.split(' ').length <= MAX_WORDS ? joined : '';
}
