/**
 * What a list item's cut must keep: the word that carries its point. A goal's point is its number
 * or target ("to less than 2 percent", "by about two-thirds", "cut in half"); an item shortened
 * before it says the topic and loses what was promised. Used by items.ts to choose where to cut.
 */
import { spelledSpans } from './figures/spelled';
import { primaryLang } from './lang';
import { isFunctionWord } from './lexicon';

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
