/**
 * Whether a list's items fit one slide, and how a list that does not is shared over consecutive
 * slides ("Goals for 1985 (1/2)", "(2/2)"). The planner (plan.ts) cuts a list only at an item and
 * pays for a slide whose items would not fit on its screen, so every item reaches a screen whole
 * (or shortened to a phrase that keeps its point, items.ts) and each slide's notes say exactly
 * its own items.
 */
import {
  MAX_SCREEN_WORDS,
  MAX_SHORT_ITEMS_ON_SCREEN,
  SHORT_ITEM_WORDS,
  SHORT_LIST_ITEMS,
  screenWords,
} from './screen';
import { beforeClosing } from './body';
import { recapTitle, stepsOfRecap } from './action-series';
import { shownItem } from './items';
import { anaphoraTitle, leadTitle } from './list-title';
import type { ListRun } from './lists';
import { isTitle } from './titles';

/** At most this many items on one slide. */
export const MAX_ITEMS_ON_SCREEN = 5;
/**
 * Words of items on one slide when the list's title is not known: the screen's budget less a
 * title of 6 words with its "(1/2)".
 */
export const ITEM_WORDS_ON_SCREEN = MAX_SCREEN_WORDS - 7;

/**
 * …and of an anaphora's items, which never share a slide with a "(1/2)" title: its title is the
 * slide's point, 3 words as most are (an anaphora shared over slides loses its repetition).
 */
const ANAPHORA_ITEM_WORDS = MAX_SCREEN_WORDS - 4;

/**
 * …and of a list of SHORT_LIST_ITEMS items or fewer (screen.ts) whose title is not known: shared
 * over slides it would leave an item alone (2 + 1), so it is weighed as one slide, under a headline
 * of 3 words without a "(1/2)" (Brainard 2024: "First, … Second, … Third, …", 42 words, fits one
 * slide; body.ts listBlock never drops its last item for a longer title).
 */
const SHORT_LIST_ITEM_WORDS = MAX_SCREEN_WORDS - 3;

/** Items of one list, by sentence index, with the words its slides have for them. */
export interface ListWords {
  words: Map<number, number>;
  /** Item words each slide of a run has room for, beside the title it will have (list-title.ts). */
  budget: Map<ListRun, number>;
}

/** Which part of a list shared over slides a slide shows. */
export interface ListPart {
  /** 1-based. */
  index: number;
  of: number;
  /** The same for every part of one list. */
  key: number;
  /** The list's lead-in sentence ("These are the goals that we set for 1985:"), if it has one. */
  lead?: string;
}

/**
 * Screen words of each item of the runs, by sentence index (a numbered point as listBlock shows
 * it, items.ts shownItem),
 * and each run's room for items: its title is known ahead when a lead-in names it ("Goals for
 * 1985") or its shared opening is the title; else a title of 6 words is assumed.
 */
export function itemWords(runs: readonly ListRun[], texts: readonly string[], lang: string): ListWords {
  const words = new Map<number, number>();
  const budget = new Map<ListRun, number>();
  const text = (i: number) => (texts[i] ?? '').slice(0, 1000);
  for (const r of runs) {
    // an epistrophe's item is what its sentence says before the shared closing (body.ts), a
    // recap's its step (action-series.ts stepsOfRecap)
    const steps = stepsOfRecap(r, text, lang);
    for (const i of r.items)
      words.set(
        i,
        screenWords(
          shownItem(
            steps?.get(i) ?? (r.closing ? beforeClosing(text(i), r.closing) : text(i)),
            lang,
            r.ordered,
          ),
        ) +
          // (a numbered item's number is a word on its screen: "10. The peoples of Austria-Hungary…")
          (r.ordered ? 1 : 0),
      );
    const opening = anaphoraTitle(r.opening);
    const title =
      r.kind === 'anaphora' && opening && isTitle(opening, lang, text(r.start))
        ? opening
        : r.lead !== undefined
          ? leadTitle(text(r.lead), lang, new Set())
          : r.announced || recapTitle(r, text, lang);
    budget.set(
      r,
      title
        ? MAX_SCREEN_WORDS - screenWords(title) - 1
        : r.kind === 'anaphora' && r.opening
          ? ANAPHORA_ITEM_WORDS
          : r.items.length <= SHORT_LIST_ITEMS
            ? SHORT_LIST_ITEM_WORDS
            : ITEM_WORDS_ON_SCREEN,
    );
  }
  return { words, budget };
}

/** Whether these items (sentence indexes) of run `r` fit one slide's screen. */
export function fitsScreen(r: ListRun, items: readonly number[], fit: ListWords): boolean {
  const short = items.every((i) => (fit.words.get(i) ?? Infinity) <= SHORT_ITEM_WORDS);
  if (items.length > (short ? MAX_SHORT_ITEMS_ON_SCREEN : MAX_ITEMS_ON_SCREEN)) return false;
  const room = fit.budget.get(r) ?? ITEM_WORDS_ON_SCREEN;
  return items.reduce((s, i) => s + (fit.words.get(i) ?? 0), 0) <= room;
}

/**
 * What a slide of sentences [j, i) costs for the lists on it: a slide whose items of one list would
 * not fit its screen (an item would be dropped), and a lone item of a list shared over slides.
 */
export function fitCost(runs: readonly ListRun[], fit: ListWords, j: number, i: number): number {
  let cost = 0;
  for (const r of runs) {
    if (r.end <= j || r.start >= i) continue;
    const here = r.items.filter((x) => x >= j && x < i);
    if (!here.length) continue;
    if (!fitsScreen(r, here, fit)) cost += 150;
    else if (here.length === 1 && here.length < r.items.length && !fitsScreen(r, r.items, fit)) cost += 40;
  }
  return cost;
}

/**
 * The parts of each list shared over slides: `held[k]` is the run a planned slide shows (or
 * undefined) and `counts[k]` how many of its items that slide holds. A list is shown in parts
 * when it spans two or more slides and each of them holds at least two of its items (a numbered
 * list's first or last may hold its item alone).
 */
export function listParts(
  held: ReadonlyArray<ListRun | undefined>,
  counts: readonly number[],
  leadText: (r: ListRun) => string | undefined,
): Array<ListPart | undefined> {
  const out: Array<ListPart | undefined> = held.map(() => undefined);
  for (let k = 0; k < held.length;) {
    const r = held[k];
    let e = k + 1;
    while (r && e < held.length && held[e] === r) e++;
    const slides = e - k;
    // (a numbered list's first or last part may be its item alone: plan.ts, the sequence goes on)
    const parted = counts
      .slice(k, e)
      .every((c, x) => c >= 2 || (c === 1 && r?.ordered && (x === 0 || x === slides - 1)));
    if (r && slides >= 2 && parted) {
      const lead = leadText(r);
      for (let x = k; x < e; x++)
        out[x] = { index: x - k + 1, of: slides, key: r.start, ...(lead ? { lead } : {}) };
    }
    k = e;
  }
  return out;
}
