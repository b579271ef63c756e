/**
 * What a number counts: the word after it must be able to be its counted noun. An adverb never is
 * ("seventy comfortably"); after a number said in words, only a noun (or a part "of" one) is, so
 * "reach seventy comfortably", "I am seventy", "three hundred thousand strong" count nothing.
 * English words are read by the tagger (remembered per sentence); other languages by their shape.
 */
import { taggedTerms } from '../tagger';
import { escapeRegExp } from '../word-classes';

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
