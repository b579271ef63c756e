/**
 * A claim the speech sets up to refute (judge15, Podesta): "House Republicans say that prices are
 * too high. But they're proposing to raise costs…" — the first sentence is what others say, the
 * second what the speaker holds. The set-up is never a slide's title: on screen alone it reads as
 * the speaker's own point. English only.
 */
import { primaryLang } from './lang';
import { isFunctionWord } from './lexicon';
import { foldWords } from './text';

/** A subject of up to five words and a verb of saying ("House Republicans say", "Critics claim"). */
const SAYS =
  /^\s*(?:and\s+|now\s+|so\s+)?(?:[\p{L}.’'-]+\s+){1,5}?(?:say|says|said|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|pretend|pretends|tell\s+us|told\s+us)\b/iu;
/** The rebuttal that follows it: "But…", "Yet…", "However,…", "In fact,…". */
const REBUTS = /^\s*(?:but|yet|however|in\s+fact|in\s+reality|the\s+truth\s+is)\b/iu;

/** Whether `sentence` is another's claim that `next` rebuts. */
export function isRefutedSetUp(sentence: string, next: string | undefined, lang = ''): boolean {
  const l = primaryLang(lang);
  if ((l && l !== 'en') || !next) return false;
  // the speaker's own saying ("I say to you…", "We say no.") is no one else's claim
  if (/^\s*(?:and\s+|now\s+|so\s+)?(?:i|we)\s/iu.test(sentence)) return false;
  return SAYS.test(sentence) && REBUTS.test(next);
}

/**
 * Whether the slide's first sentence is conceded: one of the next two turns against it ("These are
 * signs of progress. These are signs of strength. But, friends, we cannot take this progress for
 * granted.", Harris, CSW 2021, judge29c). Said as the slide's title, the concession reads as its
 * point while its line says the threat after the turn. English only.
 */
export function isConceded(sentences: readonly string[], lang = ''): boolean {
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  const first = sentences[0] ?? '';
  // (the turn takes up the concession's own word: "… this progress", not a new point: "Now we have
  // a choice. But if we wait, we will constantly live in fear of embargoes.", Carter 1977)
  return sentences.slice(1, 3).some((s) => REBUTS.test(s) && sharesContentWord(first, s));
}

/** Whether `b` says a content word of `a` (five letters or more, caseless). */
function sharesContentWord(a: string, b: string): boolean {
  const said = new Set(foldWords(b).split(' '));
  return foldWords(a)
    .split(' ')
    .some((w) => w.length >= 5 && !isFunctionWord(w, 'en') && said.has(w));
}
