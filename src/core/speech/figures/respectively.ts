/**
 * Numbers said in a pair that shares one scale or unit: "в 75 и 50 тысяч рублей соответственно",
 * "2 and 3 percent", "75 et 50 000 euros respectivement" (judge17, Putin's address). The first
 * number has no unit of its own: alone it is a number nobody said ("75"), and the second alone is
 * half of what was said ("50 тысяч рублей — соответственно должны быть осуществлены" read as the
 * one payment). The pair is one figure, kept whole ("75 и 50 тысяч рублей"), or none.
 *
 * A pair said "respectively" gives each value to one of two things named before it ("ветеранам и
 * труженикам тыла"): its label is that pair of names, or there is none. A label never opens on
 * "respectively" (an adverb, then the verb: it names no one).
 */
import { conjunctions } from '../lexicon';
import type { Span } from '../segment';
import { alternation } from '../word-classes';

/** What joins the two numbers of a pair, and nothing else: "75 и 50", "2 and 3", "10 oder 12". */
const PAIR_JOIN = new RegExp(
  String.raw`^\s+(?:${alternation(conjunctions(['ru', 'uk', 'en', 'fr', 'de', 'es', 'it', 'nl', 'sv', 'da'], ['and', 'or']))})\s+$`,
  'iu',
);

/** Whether the text between two numbers joins them as a pair (see above). */
export function joinsPair(between: string): boolean {
  return PAIR_JOIN.test(between);
}

/** "respectively" in the languages speeches come in. */
const RESPECTIVELY =
  /^(?:соответственно|відповідно|respectively|beziehungsweise|bzw\.?|jeweils|respectivement|respectivamente|rispettivamente|respectievelijk|odpowiednio|respektive|vastaavasti|αντίστοιχα)(?![\p{L}])/iu;

/** Whether `text` opens on "respectively". */
export function opensOnRespectively(text: string): boolean {
  return RESPECTIVELY.test(text.trim());
}

/** A coordinator between two names ("ветеранам и труженикам", "veterans and survivors"). */
const AND = /^(?:и|та|і|and|et|und|y|e|en|och|og|a|i)$/iu;
/** A preposition that joins what is paid to the pair ("в 75 и 50 тысяч", "of 75 and 50"). */
const LINK = /^(?:в|во|по|на|of|at|de|von|di|da|à|a|van|w|z)$/iu;

/**
 * The label of a pair said "respectively": the two names said right before it, joined by "and"
 * ("ветеранам и труженикам тыла"), at most four words, or '' when no such pair is said there.
 */
export function respectivelyLabel(sentence: string, pair: Span): string {
  if (!opensOnRespectively(sentence.slice(pair.end))) return '';
  const before = sentence.slice(0, pair.start);
  const clause = before.slice(
    Math.max(...[',', ';', ':', '—', '(', '.'].map((m) => before.lastIndexOf(m))) + 1,
  );
  const ws = clause.trim().split(/\s+/u).filter(Boolean);
  if (ws.length && LINK.test(ws[ws.length - 1]!)) ws.pop();
  const tail = ws.slice(-4);
  // the pair of names: a coordinator inside, not at either end, no number among them
  const at = tail.findIndex((w) => AND.test(w));
  if (at <= 0 || at === tail.length - 1 || tail.some((w) => /\p{Nd}/u.test(w))) return '';
  return tail.slice(at - 1).join(' ');
}
