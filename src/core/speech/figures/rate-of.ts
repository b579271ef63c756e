/**
 * "Average hourly earnings, which grew at an annual rate of more than 5 percent last year", "for the
 * 15 quarters since the advent of the pandemic, productivity has increased at an annual rate of 1.4
 * percent" (Waller, 2023): a rate said "at an annual rate of" is the rate of the clause's subject;
 * "more than 5 percent — annual rate" says only how it is counted (judge22). The label names the
 * subject first: "average hourly earnings, annual rate". English; the label as given otherwise.
 */
import { isFunctionWord } from '../lexicon';
import type { Span } from '../segment';

/** A label that says only how a rate is counted. */
const RATE_ONLY = /^(?:annual|annualized|annualised|yearly|monthly|quarterly)\s+(?:rate|pace)$/iu;
/** The subject, its verb of change and "at an annual rate of", right before the figure. */
const SUBJECT_RATE =
  /(?:^|[,;:]\s+|\sand\s+)((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?:,\s+which)?\s+(?:(?:has|have|had)\s+)?(?:grew|grown|increased|rose|risen|expanded|declined|fell|fallen|decreased)\s+at\s+(?:an?|the)\s+(?:annual|annualized|annualised|yearly|monthly|quarterly)\s+(?:rate|pace)\s+of\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than|less\s+than)\s+)*$/iu;

/** The label of `fig` with the subject whose rate it is (see above), or `label` as given. */
export function rateOfSubject(sentence: string, fig: Span, label: string, lang: string): string {
  if (!RATE_ONLY.test(label.trim())) return label;
  const m = SUBJECT_RATE.exec(sentence.slice(0, fig.start));
  if (!m) return label;
  const ws = m[1]!.split(/\s+/u);
  if (ws.some((w) => isFunctionWord(w, lang) && !/^of$/iu.test(w)) || isFunctionWord(ws[0]!, lang))
    return label;
  // (the capital of the sentence's first word is no name's)
  const subject =
    sentence.trimStart().startsWith(m[1]!) && /^\p{Lu}\p{Ll}+$/u.test(ws[0]!)
      ? m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1)
      : m[1]!;
  return `${subject}, ${label.trim()}`;
}
