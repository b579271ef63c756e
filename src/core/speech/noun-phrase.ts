/**
 * Whether a candidate title is a noun phrase a designer would accept, where its sentence says it
 * (issue 10: a slide's own sentence gives its title only when the phrase it gives is a thing, not a
 * verb's piece: "Brandhaarden bedreigen", "Frumvarpið verði samþykkt", "Odnosno stavi veto").
 *
 * Without a tagger outside English, the test is positive evidence, by language:
 * - English: compromise's tags: the phrase ends on a noun and opens on no verb, gerund, word of
 *   degree, nor a noun a singular determiner makes a verb ("this Congress passes");
 * - French, German, Italian, Spanish: phrase-eu.ts (an article, a determiner or a preposition said
 *   before it, no verb form inside);
 * - the other languages with articles (Dutch, Portuguese, Catalan, the Scandinavian languages,
 *   Greek, Hungarian): the sentence says it right after an article or a determiner, which opens a
 *   noun phrase ("een evenwichtige inkomensverdeling", "την ακούραστη πίστη", "la sobtada mort"),
 *   never a clause ("ook andere brandhaarden bedreigen", "en persoonlijk leed bloot");
 * - a language without articles (the Slavic and Baltic languages, Icelandic, Finnish, Estonian,
 *   Hebrew, Arabic, the Indian languages, CJK): no evidence a phrase is a noun phrase there, so the
 *   test answers that it cannot tell and a caller keeps the title it had.
 * Every phrase also passes the title rules (titles.ts isTitle) and the fragment test (fragment.ts).
 */
import { primaryLang } from './lang';
import { articles, isFunctionWord } from './lexicon';
import { euPhraseProblem, NOT_PARTICIPLE, PARTICIPLE, type Romance } from './phrase-eu';
import { isTitle } from './titles';
import { fragmentProblem } from './fragment';
import { endsOnNoun } from './last-line';
import { matchedTerms } from './tagger';
import { wordsOf } from './text';
import { escapeRegExp, union } from './word-classes';

/**
 * Words of amount or degree that name no thing when they open a title ("Much blood", "More fear",
 * "Many twinges", "Whole program", "Best hope": the noun after them is what the quote is about).
 */
const DEGREE_WORD =
  /^(?:most|much|more|many|few|fewer|less|least|whole|entire|utmost|best|worst|same|other|such|own)$/iu;

/** A determiner of one thing right before a phrase ("this Congress passes", "a tax cut"). */
const SINGULAR_DETERMINER = /(?:^|\s)(?:this|that|a|an|each|every|another)\s+$/iu;

/**
 * Words that open a noun phrase, by language, besides the articles lexicon.ts lists (read with
 * `articles([lang])`): demonstratives, possessives, numerals and prepositions (a preposition
 * governs a noun phrase: "van krachtig herstel") of Dutch and Portuguese, and the same with the
 * articles of the languages that table leaves out. Kept here, not in lexicon.ts's ARTICLES: that
 * table read for every language at once strips a leading article from any phrase, and Swedish
 * "en", Hungarian "a" or Catalan "els" are other languages' words.
 */
const OPENER_WORDS: Record<string, string> = {
  nl: 'deze dit die dat onze ons mijn zijn haar hun uw elke ieder iedere twee drie vier vijf tien honderd duizend van in op aan met voor door bij naar uit over tot onder tegen zonder tussen na om sinds',
  pt: 'o a os as este esta estes estas esse essa esses essas aquele aquela nosso nossa nossos nossas seu sua seus suas cada dois duas três do da dos das no na nos nas ao aos pelo pela pelos pelas num numa de em por para com sem sobre entre até contra desde',
  ca: 'el la els les l un una uns unes del dels al als pel pels aquest aquesta aquests aquestes aquell aquella seu seva seus seves nostre nostra nostres cada dos dues tres de a en amb per sense sobre entre fins contra des',
  sv: 'en ett den det de denna detta dessa vår vårt våra min mitt mina sin sitt sina deras hans hennes varje två tre av i på till för med om från under över mot utan vid efter genom hos',
  da: 'en et den det de denne dette disse vores min mit mine sin sit sine deres hans hendes hver to tre af i på til for med om fra under over mod uden ved efter gennem hos',
  nb: 'en ei et den det de denne dette disse vår vårt våre min mitt mine sin sitt sine deres hans hennes hver to tre av i på til for med om fra under over mot uten ved etter gjennom hos',
  el: 'ο η το οι τα τον την του της των τους τις στο στη στην στον στα στους στις στου στης ένα ένας μια μία έναν ενός μιας σε από για με προς κατά χωρίς μέχρι',
  hu: 'a az egy',
};

/** The openers of a noun phrase in `lang` (articles and OPENER_WORDS), or null where it has none we read. */
function openers(lang: string): ReadonlySet<string> | null {
  const l = lang === 'no' || lang === 'nn' ? 'nb' : lang;
  const own = OPENER_WORDS[l];
  if (!own) return null;
  return union(articles([l]), own.split(' '));
}

/** Languages phrase-eu.ts reads as noun phrases. */
const EU_READ = new Set(['fr', 'de', 'it', 'es']);

/** The word said right before each saying of `phrase` in `sentence` (lower case; '' after punctuation or at its start). */
function wordsBefore(phrase: string, sentence: string): string[] {
  const out: string[] = [];
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase.trim())}(?![\\p{L}\\p{N}])`, 'giu');
  for (const m of sentence.matchAll(at)) {
    const before = /(?:^|[\s(])([\p{L}]+)['’]?\s*$|(\p{L}+)['’]$/u.exec(
      sentence.slice(Math.max(0, m.index - 24), m.index),
    );
    out.push((before?.[1] ?? before?.[2] ?? '').toLowerCase());
  }
  return out;
}

/**
 * Why `phrase`, said in `sentence`, is no noun phrase a designer would accept as a title, or null
 * when it is one. `text`: the passage the fragment test reads (the sentence by default).
 */
export function nounPhraseProblem(
  phrase: string,
  sentence: string,
  lang: string,
  text = sentence,
): string | null {
  const t = phrase.trim();
  const words = wordsOf(t);
  if (!words.length) return 'no words';
  if (!isTitle(t, lang)) return 'no title';
  if (fragmentProblem(t, text, lang)) return 'a fragment';
  const l = primaryLang(lang);
  if (!l || l === 'en') {
    if (!endsOnNoun(t, sentence)) return 'ends on no noun';
    const first = matchedTerms(sentence, words[0]!)[0];
    if (first && (first.tags.includes('Verb') || first.tags.includes('Gerund'))) return 'opens on a verb';
    if (DEGREE_WORD.test(words[0]!)) return 'opens on a word of degree';
    // a singular determiner before a phrase whose last word is plural makes that word the verb
    // ("The program that this Congress passes can demonstrate…": never "Congress passes")
    const last = matchedTerms(sentence, words.at(-1)!)[0];
    const at = sentence.toLowerCase().indexOf(t.toLowerCase());
    if (last?.tags.includes('Plural') && at > 0 && SINGULAR_DETERMINER.test(sentence.slice(0, at)))
      return 'a subject and its verb';
    return null;
  }
  // a noun and the past participle after it are a clause cut short ("Méthode proposée" of "La
  // méthode proposée il y a trente ans demeure…"): the participle's complement is what it says
  const last = words.at(-1)!.toLowerCase();
  const romance = l === 'pt' ? 'es' : l;
  if (
    words.length >= 2 &&
    romance in PARTICIPLE &&
    PARTICIPLE[romance as Romance].test(last) &&
    !NOT_PARTICIPLE.test(last)
  )
    return 'ends on a past participle';
  if (EU_READ.has(l)) return euPhraseProblem(t, sentence, l);
  const open = openers(l);
  if (!open) return 'no noun-phrase test for this language';
  if (isFunctionWord(words[0]!, l) || isFunctionWord(words.at(-1)!, l))
    return 'opens or ends on a function word';
  return wordsBefore(t, sentence).some((w) => open.has(w))
    ? null
    : 'no article, determiner or preposition before it';
}
