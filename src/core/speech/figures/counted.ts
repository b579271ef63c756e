/**
 * What a number counts: the word after it must be able to be its counted noun. An adverb never is
 * ("seventy comfortably"); after a number said in words, only a noun (or a part "of" one) is, so
 * "reach seventy comfortably", "I am seventy", "three hundred thousand strong" count nothing.
 * English words are read by the tagger (remembered per sentence); other languages by their shape.
 */
import { taggedTerms } from '../tagger';
import { escapeRegExp } from '../word-classes';
import { UNIT_WORDS } from './rules';
import { PEOPLE_GENITIVE } from '../segment';

/** "nineteen of our allies", "تسعة عشر من حلفاء الناتو": a number that counts a part of what follows. */
const PARTITIVE = /^\s+(?:of|out of|из|de|des|di|von|من)(?!\p{L})/iu;

/**
 * Tags of the word `word` said at `at` in an English sentence (the tagger's reading, remembered);
 * null when the sentence is not English or the word is not found.
 */
function tagsAt(sentence: string, at: number, word: string, lang: string): readonly string[] | null {
  if (lang !== 'en') return null;
  const key = word.toLowerCase();
  const escaped = escapeRegExp(key);
  const before = sentence
    .slice(0, at)
    .match(new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}])`, 'giu'));
  let k = before?.length ?? 0;
  for (const t of taggedTerms(sentence)) if (t.text.toLowerCase() === key && k-- === 0) return t.tags;
  return null;
}

/**
 * Whether a word after a number can be what it counts: never an adverb ("seventy comfortably");
 * after a number said in words, only a noun ("three hundred thousand strong" counts nothing).
 */
export function countsNoun(
  sentence: string,
  at: number,
  word: string,
  spelled: boolean,
  lang: string,
): boolean {
  // (Finnish counts in the partitive, "60 miljoonaa euroa", "350 uutta työpaikkaa": a word that does
  // not end on -a/-ä is no counted noun — "18 miljoonaa menee kunnille" is a verb, judge18)
  if (/^fi\b/iu.test(lang) && !/[aä]$/iu.test(word)) return false;
  // (a German noun is capitalised: "8 Millionen Menschen leben in …" counts people, "leben" is the
  // verb; a word in lower case before a noun is its adjective, "zweitausend neue Lehrer", and one
  // that ends the clause says what they are, "533 Journalistinnen inhaftiert,")
  if (/^de\b/iu.test(lang) && /^\p{Ll}/u.test(word) && /^\s+\p{Ll}/u.test(sentence.slice(at + word.length)))
    return false;
  if (!spelled && !/ly$/iu.test(word)) return true;
  if (/^(?:hundred|thousand|million|billion)s$/iu.test(word)) return true;
  const tags = tagsAt(sentence, at, word, lang);
  if (!tags) return true;
  if (tags.includes('Adverb') || tags.includes('Pronoun')) return false;
  return !spelled || tags.includes('Noun');
}

/** Whether what follows a number said in words is what it counts: a noun, or a part "of" one. */
export function countsNext(sentence: string, end: number, lang: string): boolean {
  if (PARTITIVE.test(sentence.slice(end, end + 12))) return true;
  const next = /^\s([\p{L}][\p{L}'’-]*)/u.exec(sentence.slice(end, end + 40));
  if (!next) return false;
  return countsNoun(sentence, end + 1, next[1]!, true, lang);
}

/** The languages whose count says its noun right after it, in the case the number asks for. */
const SLAVIC_COUNT = /^(?:ru|uk|pl)\b/iu;
/** A preposition of ru/uk/pl that may open the phrase said after the counted noun ("от рук врага"). */
const SLAVIC_PREPOSITION =
  /^(?:в|во|на|по|с|со|к|от|до|для|при|о|об|за|из|у|через|над|под|від|з|із|зі|w|we|na|po|z|ze|od|do|dla|przy|o|za|u|przez|nad|pod)$/iu;
/** "все 50 штатов", "всі 24 області", "wszystkie 16 województw": all of a set. */
const ALL_OF = /(?<![\p{L}])(?:все|всех|всі|всіх|wszystkie|wszystkich)\s+$/iu;
/** Hedges a count may open on ("понад 64", "более 100", "ponad 100 tys."). */
const HEDGE = String.raw`(?:(?:понад|більше|близько|майже|щонайменше|более|около|почти|свыше|не\s+менее|не\s+менше|ponad|około|ok\.|prawie|blisko|co\s+najmniej)\s+)?`;
/** Nothing before the count in its clause but a hedge (the sentence's start, a comma, a colon). */
const CLAUSE_OPEN = new RegExp(String.raw`(?:^|[,;:]\s*)${HEDGE}$`, 'iu');
/** "Tam jest", "Є", "Есть": a clause that only says the counted ones are there. */
const THERE_IS = new RegExp(
  String.raw`(?:^|[,;:]\s*)(?:tam\s+)?(?:jest|są|było|є|було|есть|было|там)\s+${HEDGE}$`,
  'iu',
);
/** A verb said of the counted noun after it: a past ("загинули", "погибли", "zginęło") or a present plural. */
const SLAVIC_PREDICATE = /^\p{Ll}{3,}(?:ли|ло|ла|ють|уть|ять|ают|яют|ут|ют|ją|ęło|ęli|ło|li)$/u;
/** At most this many words in such a label: the noun, and what befell it or where it is from. */
const MAX_COUNTED = 4;

/**
 * A ru/uk/pl count left without a label whose noun is said right after its digits: "64
 * прикордонники." (Zelensky, 17 April 2022, beside "553 бійці Національної гвардії"), "помнить о
 * каждом из наших 23 741 павших от рук врага," (Edelstein, Knesset 2019), "18 людей загинули,".
 * The label is that noun and what is said of it up to the clause's end when that is short (a
 * verb, a phrase with its preposition): "прикордонники", "павших от рук врага", "людей загинули";
 * the value is the digits alone, as its neighbours' are. null when the count is no such count.
 */
export function slavicCounted(
  sentence: string,
  fig: { start: number; end: number; value: string; kind: string },
  lang: string,
  isFunction: (word: string) => boolean,
): { end: number; label: string; counted?: true } | null {
  if (!SLAVIC_COUNT.test(lang) || (fig.kind !== 'count' && fig.kind !== 'scaled')) return null;
  // (a scaled number keeps its scale: "ponad 100 tys. Polaków" is "ponad 100 tys." and "Polaków")
  const digits =
    fig.kind === 'count'
      ? /^(.*\p{Nd})(?:\s+\p{L}[\p{L}'’-]*){0,2}$/u.exec(fig.value)
      : /^(.*\p{Nd}\s?(\p{L}+)\.?)(?:\s+\p{L}[\p{L}'’-]*){0,2}$/u.exec(fig.value);
  if (!digits || (digits[2] && !UNIT_WORDS.test(digits[2]))) return null;
  const end = fig.start + digits[1]!.length;
  const rest = sentence.slice(end, end + 80);
  const elided = ELIDED.exec(rest);
  if (elided && isElidedCount(sentence, { start: fig.start, end }, lang))
    return { end, label: elided[1]!, counted: true };
  const clause = /^\s+([^,;:.!?—–()«»"“”]*)(?=[,;:.!?—–)]|$)/u.exec(rest);
  const ws = (clause?.[1] ?? '').trim().split(/\s+/u).filter(Boolean);
  const noun = ws[0];
  if (
    !noun ||
    !(/^\p{Ll}[\p{L}'’-]+$/u.test(noun) || PEOPLE_GENITIVE.test(noun)) ||
    isFunction(noun) ||
    SLAVIC_PREPOSITION.test(noun)
  )
    return null;
  // the count opens its clause ("64 прикордонники.") or is all that is said to be there ("Tam jest
  // ponad 100 tys. Polaków"), or what befell it is said after its noun ("людей загинули", "павших
  // от рук врага"); a count that is the object of a verb before it ("В программе участвуют 45
  // муниципалитетов") is no such count, its noun alone would drop what is said of it
  const before = sentence.slice(0, fig.start);
  const opens = CLAUSE_OPEN.test(before) || THERE_IS.test(before);
  const predicate = ws.slice(1).some((w) => SLAVIC_PREPOSITION.test(w) || SLAVIC_PREDICATE.test(w));
  if (!opens && !predicate) return null;
  const whole =
    ws.length <= MAX_COUNTED &&
    ws.every((w) => /^[\p{L}'’-]+$/u.test(w)) &&
    !isFunction(ws.at(-1)!) &&
    !SLAVIC_PREPOSITION.test(ws.at(-1)!);
  // ("15 senatorów za, 1 senator przeciw": a noun with more said of it than a label holds is no label;
  // "Мы чествуем все 50 штатов США": all of a known set is a name for it, no figure reported)
  if (!whole || ALL_OF.test(sentence.slice(Math.max(0, fig.start - 12), fig.start))) return null;
  const label = ws.join(' ');
  return /\s/u.test(label) ? { end, label } : { end, label, counted: true };
}

/** A dash and one word that ends the sentence or its clause: "106 – поранені.". */
const ELIDED = /^\s+[—–]\s+(\p{Ll}[\p{L}'’-]+)(?=\s*(?:[.;!?]|$))/u;

/**
 * "18 людей загинули, 106 – поранені" (Zelensky, 17 April 2022): the second count says its noun
 * and verb with a dash, as the one before it said them in full; the word after the dash is what
 * befell it. Only after another count with its noun in the same sentence (ru/uk/pl).
 */
export function isElidedCount(sentence: string, at: { start: number; end: number }, lang: string): boolean {
  return (
    SLAVIC_COUNT.test(lang) &&
    ELIDED.test(sentence.slice(at.end, at.end + 60)) &&
    /\p{Nd}\s+\p{Ll}{3,}[^.!?]*,\s*$/u.test(sentence.slice(0, at.start))
  );
}

/** A time said first in a Polish clause ("Do tej pory", "Dotychczas", "Do dziś"): no part of a label. */
const PL_TIME_OPENER = /^(?:do\s+tej\s+pory|dotychczas|do\s+dziś|do\s+dzisiaj|od\s+tego\s+czasu|dotąd)\s+/iu;
/** A Polish verb in the past, said of the count after it ("otrzymało", "zginęło", "przybyli"). */
const PL_PAST = /^\p{Ll}{3,}(?:ło|ła|ły|li)$/u;

/**
 * A Polish count that names what it counts in its value and is the subject of the verb said before
 * it: "Do tej pory najwyższe polskie odznaczenie wojskowe otrzymało ok. 26 tys. osób." (Sejm RP,
 * 230th anniversary of Virtuti Militari, 2022; judge25 A2): its label is its clause before it, the
 * object and the verb in the speaker's order, without the time it opens on ("najwyższe polskie
 * odznaczenie wojskowe otrzymało"); '' when the clause is no such clause.
 */
export function polishVerbBefore(
  sentence: string,
  fig: { start: number; value: string; kind: string },
  lang: string,
  isFunction: (word: string) => boolean,
): string {
  if (!/^pl\b/iu.test(lang) || (fig.kind !== 'count' && fig.kind !== 'scaled')) return '';
  if (!/\p{Nd}[\s\S]*\s\p{L}+$/u.test(fig.value)) return '';
  const clause =
    sentence
      .slice(0, fig.start)
      .split(/[,;:—–]\s+/u)
      .at(-1) ?? '';
  const ws = clause.trim().replace(PL_TIME_OPENER, '').split(/\s+/u).filter(Boolean);
  if (ws.length < 2 || ws.length > 6 || !PL_PAST.test(ws.at(-1)!)) return '';
  if (isFunction(ws[0]!) || ws.some((w) => /[^\p{L}'’-]/u.test(w))) return '';
  return ws.join(' ');
}
