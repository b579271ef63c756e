/**
 * What a figure slide's title must not be (issue #10):
 * - a card's words again ("Million Americans" over "more than 85 — million Americans", "Outlay
 *   cuts" over "$280 billion — in outlay cuts"): the title adds nothing, and a designer titles the
 *   slide by what the cards do not say;
 * - the opposite of a card about the same thing ("Tax cuts" over "$19 billion — actual new taxes"
 *   and "about 54 cents a month — telephone tax increase"): the title then misstates the number.
 * Such a title is taken again from the clauses that say the figures, never from a label. When
 * nothing fits, a title that repeats a card stays (one from a sentence about something else would
 * misstate the number), a title that opposes one never does.
 */
import type { KeyFigure } from '../deck';
import { stemsWithin } from './body';
import { isPlaceOrPeople } from './names';
import { titlesInTurn, type UsedTitles } from './titles';

/**
 * Whether the title of a one-card slide says only the card's words again (its stems: "Outlay
 * cuts" in "$280 billion — in outlay cuts", "Degrees Celsius" in "1.5 degrees Celsius — …"). Over
 * several cards a title may name what one of them counts: it names the topic they share.
 */
export function repeatsCard(title: string, items: readonly KeyFigure[]): boolean {
  const t = title.trim().replace(/^(?:the|a|an)\s+/iu, '');
  const f = items.length === 1 ? items[0]! : null;
  return !!t && !!f?.label && stemsWithin(t, `${f.value} ${f.label}`);
}

/** Words that say a thing went down, and up ("new taxes" are an increase of taxes). */
const DOWN =
  /^(?:cuts?|reductions?|reduced?|decreases?|decreased|savings?|saved?|lower(?:ed)?|declines?|declined|falls?|fell|drops?|dropped|loss(?:es)?|shrank|shrinking)$/iu;
const UP =
  /^(?:increases?|increased|raises?|raised|rises?|rose|hikes?|growth|gains?|new|grew|higher|more)$/iu;

/** Words that deny the direction word after them ("no wage gains", "without any increase"). */
const DENIES = /^(?:no|not|never|without|zero|none)$/iu;
const wordsLower = (t: string) => t.toLowerCase().match(/[\p{L}\p{Nd}'’-]+/gu) ?? [];
/** "new taxes", "new tax": an increase of taxes said without the word. */
const NEW_TAX = /(?<![\p{L}])new\s+tax(?:es)?(?![\p{L}])/iu;

/**
 * Whether the title says one way and a card the other: down over up ("Tax cuts" over "about 54
 * cents a month — telephone tax increase", "$19 billion — actual new taxes") or up over down
 * ("Revenue increase" over "$280 billion — in outlay cuts"). The title reads as what every card
 * on the slide is.
 */
export function opposesCards(title: string, items: readonly KeyFigure[]): boolean {
  const tw = wordsLower(title);
  const tDown = tw.some((w) => DOWN.test(w));
  const tUp = tw.some((w) => UP.test(w) && w !== 'new' && w !== 'more') || NEW_TAX.test(title);
  if (tDown === tUp) return false;
  return items.some((f) => {
    // (a direction the label denies says neither way: "of workers saw no wage gains" is no gain)
    const lw = wordsLower(f.label).filter(
      (_, i, ws) => !ws.slice(Math.max(0, i - 3), i).some((w) => DENIES.test(w)),
    );
    return tDown
      ? lw.some((w) => UP.test(w) && w !== 'new' && w !== 'more') || NEW_TAX.test(f.label)
      : lw.some((w) => DOWN.test(w));
  });
}

/**
 * A title for a figure slide whose title repeats or opposes a card, from the clauses that say the
 * figures; else the title (or a clause's title) that only repeats a card, never one that opposes.
 */
export function elsewhere(
  title: string,
  items: readonly KeyFigure[],
  lang: string,
  avoid: UsedTitles,
  clauses: readonly string[],
  titleSaid: boolean,
): string {
  const fits = (t: string) =>
    !!t &&
    !/\p{Nd}/u.test(t) &&
    !isPlaceOrPeople(t.replace(/^the\s+/iu, ''), lang) &&
    !repeatsCard(t, items) &&
    !opposesCards(t, items);
  // from the figures' own clauses only: never another clause of their sentence ("Biggest tax cut"
  // is no title of "$130 billion — Congress mandated spending cuts"), nor another sentence of
  // the slide, which would read as what the number counts ("Creative industrial nation" over
  // "$16 billion — one-year tax reduction")
  let repeat = '';
  const tried = new Set(avoid);
  tried.add(title.toLowerCase());
  for (const t of clauses.length ? titlesInTurn(clauses, [], lang, tried, false, 5) : []) {
    if (fits(t)) return t;
    if (
      !repeat &&
      !/\p{Nd}/u.test(t) &&
      !isPlaceOrPeople(t.replace(/^the\s+/iu, ''), lang) &&
      !opposesCards(t, items)
    )
      repeat = t;
  }
  // nothing else says the figures' topic: a card's words again are better than a title from a
  // sentence about something else, which would read as what the number counts (figure-title.ts)
  if (opposesCards(title, items)) return repeat;
  return titleSaid ? title : repeat || title;
}
