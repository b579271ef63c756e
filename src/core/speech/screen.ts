/**
 * What a derived slide may hold on screen: its word budget, counted with CJK characters at half a
 * word, and the stem check that keeps the same words from saying the title twice.
 */
import { sameStem, wordsOf } from './text';
import { countWordsByScript } from './words';

/** Words on screen (title + blocks) that a derived slide stays within. */
export const MAX_SCREEN_WORDS = 45;
/**
 * A list of short items (a name, "Clementa Pinckney": at most SHORT_ITEM_WORDS each) holds up to
 * this many on one slide, set in two columns (slides.css), so a roll call of nine names is one
 * slide, not two; other lists hold fewer (list-fit.ts, body.ts).
 */
export const MAX_SHORT_ITEMS_ON_SCREEN = 10;
/** Screen words of a short item. */
export const SHORT_ITEM_WORDS = 4;
/** A list of this many items or fewer is shown on one slide, every item (list-fit.ts, body.ts). */
export const SHORT_LIST_ITEMS = 3;

/** Words on screen for the budget: CJK characters count half (two characters ≈ one word). */
export function screenWords(text: string): number {
  const c = countWordsByScript(text);
  return c.other + c.cjk / 2;
}

/** Whether every word of `a` shares a stem with a word of `b` ("Afford childcare" in "Affordable childcare"). */
export function stemsWithin(a: string, b: string): boolean {
  const bs = wordsOf(b.toLowerCase());
  const as = wordsOf(a.toLowerCase());
  return as.length > 0 && as.every((w) => bs.some((v) => w === v || sameStem(w, v)));
}
