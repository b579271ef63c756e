/**
 * How a block of key figures is laid out: how many cards a row, and how large the values are set
 * for their length. slides.css draws it in the live show and every export (the grid by the block's
 * `count-N` class, the value size by its `value-<step>` class); the PowerPoint file places its
 * shapes by the same numbers, so a figure slide looks alike in both.
 */

/** A block's value size, from its longest value: a short one ("75%") is set larger than a long one. */
export type FigureStep = 's' | 'm' | 'l' | 'xl';

/**
 * The share of a card's inner width a value is set at, per step (the `cqi` of slides.css's
 * `--value-scale`, which a test holds to these numbers).
 */
export const FIGURE_SCALE: Readonly<Record<FigureStep, number>> = { s: 0.22, m: 0.16, l: 0.11, xl: 0.085 };

/** Length as text reads on a slide: characters, a CJK one counting double (it is set a full em wide). */
export function setLength(text: string): number {
  return text.length + (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
}

/**
 * The width of a character of a value, in ems, taken wide (a bold Cyrillic or Latin letter is
 * 0.6–0.7 em): what a word's width is reckoned at, so that it is never reckoned narrower than it is.
 */
export const WORD_EM = 0.72;

/**
 * The largest share of a card's inner width a block's values may be set at so that their longest
 * word fits on one line ("миллиардов" set too large breaks as "миллиардо / в"). The screen caps
 * the value's size by it (slides.css `--word-fit`), below the block's least size if need be: a
 * smaller number reads; a number broken inside a word does not.
 */
export function wordFit(values: readonly string[]): number {
  // (Han and kana may break between any two characters: only the runs between them are words)
  const words = values.flatMap((v) => v.split(/[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u));
  const longest = Math.max(1, ...words.map((w) => w.length));
  return 1 / (WORD_EM * longest);
}

const STEPS: readonly FigureStep[] = ['s', 'm', 'l', 'xl'];

/**
 * The step of a block, by its longest value, so that every card of a slide is set alike; never a
 * step whose size would break the block's longest word (wordFit).
 */
export function figureStep(values: readonly string[]): FigureStep {
  const length = Math.max(0, ...values.map(setLength));
  const byLength = length <= 7 ? 's' : length <= 12 ? 'm' : length <= 20 ? 'l' : 'xl';
  const fit = wordFit(values);
  return STEPS.slice(STEPS.indexOf(byLength)).find((s) => FIGURE_SCALE[s] <= fit) ?? 'xl';
}

/**
 * Cards a row: one alone (the hero), a pair, a row of three, four as 2×2 (four in a row would leave
 * each too narrow for its value), and rows of three beyond.
 */
export function figureColumns(count: number): number {
  return count <= 3 ? Math.max(1, count) : count === 4 ? 2 : 3;
}
