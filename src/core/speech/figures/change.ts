/**
 * A change said as "from X to Y" ("from a potential level of 16 million barrels to 6 million
 * barrels a day") is one figure: X alone would show the starting value as if it were the figure
 * (or the target), and its label ("potential level") would say what X was, not what changed.
 */
import type { Span } from '../segment';
import { figureLabel } from './label';
import { qualifiedLabel } from './qualify';
import { withRate } from './rules';

interface Figure extends Span {
  value: string;
  label: string;
  core: string;
}

/** The most words a change can take and still be one card's value. */
const MAX_WORDS = 10;

/** "from" and up to five words before the first value, in the same clause. */
const FROM = /(?<![\p{L}])from\s+(?:[^\s,;:—–]+\s+){0,5}$/iu;

/**
 * Joins, in place, each pair of figures said as "from X to Y" into one figure "from X to Y" (with
 * the rate said after Y), labelled by what is said before "from" ('' when nothing is), or drops
 * the pair when that is too long to be a figure. `taken`: the
 * spans of the sentence's numbers, which a label never reaches into.
 */
export function joinChanges<F extends Figure>(
  sentence: string,
  figures: F[],
  taken: Span[],
  lang: string,
): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const f = figures[i]!;
    const g = figures[i + 1]!;
    if (!/^\s+to\s+$/iu.test(sentence.slice(f.end, g.start))) continue;
    const head = sentence.slice(Math.max(0, f.start - 60), f.start);
    const from = FROM.exec(head);
    if (!from) continue;
    const start = f.start - (head.length - from.index);
    const end = withRate(sentence, g.end);
    const whole = { start, end };
    const others = taken.filter((t) => t.end <= f.start || t.start >= end);
    const value = sentence.slice(start, end);
    // the change is read whole, "from" and all ("from 16 million barrels to 6 million barrels a
    // day"): "X to Y" alone reads as a range. Longer than a card's value can be, it is a phrase
    // of the sentence ("from 40 cents per person per week to more than 50 cents a week"), and
    // neither end is shown alone
    if (value.split(/\s+/u).length > MAX_WORDS) {
      figures.splice(i, 2);
      i--;
      continue;
    }
    const label = qualifiedLabel(sentence, whole, figureLabel(sentence, whole, others, lang));
    figures.splice(i, 2, { ...g, start, end, value, core: value, label });
  }
}
