/**
 * What a list item's cut must keep: the word that carries its point. A goal's point is its number
 * or target ("to less than 2 percent", "by about two-thirds", "cut in half"); an item shortened
 * before it says the topic and loses what was promised. Used by items.ts to choose where to cut.
 */
import { spelledSpans } from './figures/spelled';
import { primaryLang } from './lang';
import { bare, isFunctionWord } from './lexicon';
import { taggedTerms } from './tagger';
import { DETERMINER } from './word-classes';

/** Words that state a target without a numeral. */
const TARGET_WORD =
  /^(?:half|halve[sd]?|double[sd]?|triple[sd]?|twice|thirds?|quarters?|moitié|doubler|tripler|mitad|duplicar|вдвое|втрое|половин\p{L}*|نصف|ضعف)$/iu;

/**
 * Index of the first word of `words` that says a quantity or a target — a numeral ("2", "1985",
 * "16"), a number said in words ("one billion", "two-thirds", "quarante"), "half", "double" — or -1.
 */
export function firstPointWord(words: readonly string[], lang = ''): number {
  const text = words.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const wordAt = (offset: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    return k;
  };
  let first = words.findIndex((w) => /\p{Nd}/u.test(w) || TARGET_WORD.test(w.replace(/[^\p{L}]/gu, '')));
  const spelled = spelledSpans(text, primaryLang(lang) || 'en')[0];
  if (spelled) {
    const k = wordAt(spelled.start);
    if (first < 0 || k < first) first = k;
  }
  return first;
}

/**
 * Whether a cut after `prev` leaves a dangling word: a function word that needs what follows it
 * ("…openly arrived at, after" before "which…", "…about someone than" before "to…").
 */
export function dangles(prev: string, lang = ''): boolean {
  return !/[,;:—–-]$/u.test(prev) && isFunctionWord(prev, lang);
}

/** Languages whose capitals mark names only (German capitalises every noun; CJK and Arabic have no case). */
const CASED_NAMES = /^(?:en|es|fr|pt|it|ru|)$/u;

/**
 * Index of the first name said inside `words` ("…our neighbors in Panama", "…of our Saturn
 * rocket"): a capitalised word after the first that is no sentence's opening and no "I", or -1.
 * A place or a thing named is what an item of "First, … Panama … Second, … Cyprus …" is about,
 * so a cut before it loses the item's point as a cut before its number does.
 */
export function firstNameWord(words: readonly string[], lang = ''): number {
  if (!CASED_NAMES.test(primaryLang(lang))) return -1;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!.replace(/^[^\p{L}]+/u, '');
    if (!/^\p{Lu}/u.test(w) || /[.!?:]$/u.test(words[k - 1]!)) continue;
    if (/^I(?:['’]\p{L}+)?$/u.test(w) || isFunctionWord(w, lang)) continue;
    return k;
  }
  return -1;
}

/** Words after "so" that make it a conjunction opening a clause ("so that…", "so we…"), not "so many". */
const SO_CLAUSE = /^(?:that|i|we|you|they|he|she|it|there|the|this|these|those|our|their|its)$/iu;

/**
 * Whether "and"/"or"/"so" at `words[n]` joins inside a phrase rather than opening a clause, so
 * that a cut before it would leave the phrase open: "so many", "so full" (an intensifier); "from
 * the new | and friendly leaders" (a determiner and an adjective, the noun still to come); "those
 * lost young men, tens | and tens of thousands" (one word after a comma, a phrase going on);
 * "your Congressmen | and Senators" (two names).
 */
export function joinsPhrase(words: readonly string[], n: number): boolean {
  const next = bare(words[n] ?? '');
  if (next === 'so') return !SO_CLAUSE.test(bare(words[n + 1] ?? ''));
  if (next !== 'and' && next !== 'or') return false;
  // two names joined ("your Congressmen and Senators", "Indonesia and Malaysia")
  if (/^\p{Lu}/u.test(words[n - 1] ?? '') && /^\p{Lu}(?!['’]|$)/u.test(words[n + 1] ?? '')) return true;
  if (n < 2) return false;
  const before = words[n - 2]!;
  if (/,$/u.test(before) || /^(?:both|between|either)$/iu.test(before)) return true;
  if (DETERMINER.has(bare(before))) {
    const terms = taggedTerms(words.slice(n - 2, n + 3).join(' '));
    if (terms[1]?.tags.includes('Adjective')) return true;
    // one determiner for two nouns ("the inspection | and control of arms", "the huts | and
    // villages of half the globe"): the noun phrase goes on
    return terms.length === 5 && sharesDeterminer(terms[1]!.tags, terms[3]!.tags);
  }
  // two adjectives before one noun ("formulate serious | and precise proposals", Kennedy 1961)
  if (/[,;:.!?—–-]$/u.test(words[n - 1]!) || !words[n + 2]) return false;
  const terms = taggedTerms(words.slice(n - 1, n + 3).join(' '));
  return (
    terms.length === 4 &&
    terms[0]!.tags.includes('Adjective') &&
    terms[2]!.tags.includes('Adjective') &&
    terms[3]!.tags.includes('Noun')
  );
}

/** Two common nouns joined under one determiner (neither a pronoun nor a name). */
function sharesDeterminer(a: readonly string[], b: readonly string[]): boolean {
  const common = (t: readonly string[]) =>
    t.includes('Noun') && !t.includes('Pronoun') && !t.includes('ProperNoun') && !t.includes('Adjective');
  return common(a) && common(b);
}

/**
 * Whether the comma after `words[n - 1]` parts two adjectives of one noun ("You’d look to
 * strategic, | long-term investments in areas…", Deese 2022): a cut there leaves the adjective
 * without its noun. English, where the tagger reads the words.
 */
export function commaInAdjectives(words: readonly string[], n: number, lang = ''): boolean {
  if (!/^en/u.test(lang) && lang) return false;
  const prev = words[n - 1] ?? '';
  if (!/^\p{Ll}[\p{L}-]*,$/u.test(prev) || !/^\p{Ll}[\p{L}-]*$/u.test(words[n] ?? '') || !words[n + 1])
    return false;
  // (a hyphenated word is tagged in its parts: "long-term" is "long" and "term")
  const terms = taggedTerms(words.slice(n - 1, n + 2).join(' '));
  const parts = (w: string) => w.split('-').filter(Boolean).length;
  const next = terms[parts(prev)];
  const last = terms[terms.length - 1];
  return (
    terms.length === parts(prev) + parts(words[n]!) + parts(words[n + 1]!) &&
    terms[0]!.tags.includes('Adjective') &&
    !!next?.tags.includes('Adjective') &&
    !!last &&
    /Noun|Adjective/u.test(last.tags.join(' '))
  );
}
