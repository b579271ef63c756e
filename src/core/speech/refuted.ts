/**
 * A claim the speech sets up to refute (judge15, Podesta): "House Republicans say that prices are
 * too high. But they're proposing to raise costs…" — the first sentence is what others say, the
 * second what the speaker holds. The set-up is never a slide's title: on screen alone it reads as
 * the speaker's own point. English only.
 */
import { primaryLang } from './lang';

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
