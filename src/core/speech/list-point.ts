/**
 * Whether a key-phrase list can still say its slide's point (keylist.ts saysThePoint) before the
 * tagger is asked about another phrase. A list says it when its 3–4 phrases are each said twice or
 * all open (or all end) on one word; so every phrase of such a list is said twice, or shares that
 * word with the phrases kept so far. When too few of the phrases left could join the ones kept,
 * no list can come of them, whatever the tagger would say: the list finder stops there.
 */
import { singular } from './keylist';
import { wordsOf } from './text';

/** What the point tests read of a listed phrase: said twice, its first and last word (but for number). */
export interface PointShape {
  twice: boolean;
  first: string | undefined;
  last: string | undefined;
}

/** `phrase` (as listed) read as saysThePoint reads it, in `lower` (the slide's text, lower case). */
export function pointShape(phrase: string, lower: string): PointShape {
  const words = wordsOf(phrase).map(singular);
  const p = phrase.toLowerCase();
  // (as text.split(p).length - 1 >= 2: two occurrences that do not overlap)
  const at = p ? lower.indexOf(p) : -1;
  const twice = p ? at >= 0 && lower.indexOf(p, at + p.length) >= 0 : lower.split(p).length - 1 >= 2;
  return { twice, first: words[0], last: words[words.length - 1] };
}

/** The fewest phrases a list needs to say the point. */
const LIST_MIN = 3;

/**
 * Whether `kept` and some of `rest` (the phrases still to be read, each possibly refused) could
 * make a list of LIST_MIN or more that says the point: each said twice, or all opening on one
 * word, or all ending on one word.
 */
export function mayStillList(kept: readonly PointShape[], rest: Iterable<PointShape>): boolean {
  const need = LIST_MIN - kept.length;
  if (need <= 0) return true;
  const twice = kept.every((k) => k.twice);
  const head = kept[0];
  const first = head && kept.every((k) => k.first === head.first) ? head.first : undefined;
  const last = head && kept.every((k) => k.last === head.last) ? head.last : undefined;
  if (head && !twice && !first && !last) return false;
  let twiceN = 0;
  const firsts = new Map<string, number>();
  const lasts = new Map<string, number>();
  const add = (m: Map<string, number>, w: string) => {
    const n = (m.get(w) ?? 0) + 1;
    m.set(w, n);
    return n >= need;
  };
  for (const r of rest) {
    if (twice && r.twice && ++twiceN >= need) return true;
    if (r.first && (head ? r.first === first : true) && add(firsts, r.first)) return true;
    if (r.last && (head ? r.last === last : true) && add(lasts, r.last)) return true;
  }
  return false;
}
