/**
 * A label belongs to one figure (judge18, the worst class: a number given another number's label).
 * "Загалом із регіону вивезли 97 тонн небезпечних відходів за 11 годин" carded "11 годин —
 * небезпечних відходів": the words after the tonnes say what the tonnes are, and the hours, whose
 * clause says nothing else, took them too. Two figures of one sentence may share a label only when
 * they measure the same thing the same way ("$5 billion in 2022 and $7 billion in 2023" are both
 * the budget), or when each names what it counts and the label only says when ("950 million solar
 * panels and 120,000 wind turbines by the end of this decade"): a later figure of another kind or
 * another unit that has the earlier one's label word for word has taken it, and has none.
 */
import type { Span } from '../segment';
import { restatesPrevious } from './label-pt';
import { BARE } from './qualify';

interface Labelled extends Span {
  kind: string;
  label: string;
  core: string;
}

/** What a figure measures in: its kind, and for a measure or a length the unit word it ends on. */
function measure(f: Labelled): string {
  if (f.kind !== 'dimension' && f.kind !== 'duration') return f.kind;
  const unit = /(\p{L}+)\P{L}*$/u.exec(f.core)?.[1] ?? '';
  return `${f.kind}:${unit.toLowerCase()}`;
}

/** A count that names what it counts in its own value ("120,000 wind turbines"): its label says when or where. */
function namesItsThing(f: Labelled): boolean {
  return (f.kind === 'count' || f.kind === 'scaled') && !BARE.test(f.core);
}

/**
 * The figures of one sentence, in reading order, each later one that took an earlier label without
 * it. A figure that restates the one before it ("reduziu cerca de 2,9 mil milhões de euros, isto é,
 * mais de 61%") says the same thing in another measure and keeps the label.
 */
export function ownLabels<T extends Labelled>(sentence: string, figures: T[]): T[] {
  figures.forEach((f, i) => {
    if (!f.label) return;
    const prev = figures[i - 1];
    if (prev && restatesPrevious(sentence.slice(prev.end, f.start))) return;
    // (a rank says where the thing stands, not what it measures: "ranks second in the world, about
    // 56.1 trillion RMB" are both the scale of the economy)
    if (
      f.kind !== 'rank' &&
      figures.slice(0, i).some(
        (e) =>
          e.kind !== 'rank' &&
          e.label === f.label &&
          measure(e) !== measure(f) &&
          // ("950 million solar panels and 120,000 wind turbines by the end of this decade": each
          // says what it counts, and the date is both's)
          !(namesItsThing(e) && namesItsThing(f)),
      )
    )
      f.label = '';
  });
  return figures;
}
