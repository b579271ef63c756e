/**
 * A life told in milestones: "He was in the pulpit by 13, pastor by 18, public servant by 23."
 * (Obama's eulogy for Clementa Pinckney).
 * Each number alone says nothing ("by 13" is an age, and an age is no figure: relation.ts), but
 * three or more said in step, each with what was reached by it, rising, are the passage's point:
 * a designer sets them as a series of cards, each labelled by its own milestone as the age it
 * is ("13 — age in the pulpit", "18 — age as pastor": "13 — in the pulpit" read as thirteen pulpits). A milestone's label may be one word: beside the others it says what
 * the number is (speech-rules.ts allows it only when said right before "by"/"at" and its number).
 *
 * The items are one sentence's, parted by commas, each "<one to three words> by|at <number>"; the
 * first may follow its sentence's verb of being ("He was in the pulpit by 13"). The same life said
 * again later as a refrain of fragments ("Preacher by 13. Pastor by 18.") is no new series: its
 * slide keeps its own line. English only.
 */
import type { Span } from '../segment';

const WORD = String.raw`[\p{L}][\p{L}'’-]*`;
/** What was reached: "in the pulpit", "pastor", "public servant". */
const WHAT = String.raw`(?:(?:in|at|on)\s+the\s+${WORD}|${WORD}(?:\s+${WORD})?)`;
const ITEM = String.raw`(${WHAT})\s+(?:by|at)\s+(\p{Nd}{1,3})(?![\p{Nd}]|[.,:]\p{Nd})`;
const SEP = String.raw`(?:,\s+(?:and\s+)?|;\s+)`;
/** Where the first item may start: a sentence's start, or after its verb of being. */
const FIRST = String.raw`(?:(?<=^|[.!?]\s+)|(?<=\s(?:was|were|is|are|became|become)\s+))`;
const SERIES = new RegExp(String.raw`${FIRST}${ITEM}(?:${SEP}${ITEM}){2,}`, 'gu');
const ONE = new RegExp(String.raw`(?:(?<![\p{L}])and\s+)?${ITEM}`, 'gu');
/** Words that are no milestone ("was", "it", "and"): the label must name what was reached. */
const NOT_WHAT =
  /^(?:was|were|is|are|be|been|it|he|she|they|we|i|you|and|or|but|a|an|this|that|there|here|only|just|up|down|out|back|over|rose|fell|grew|went|came|rise|fall|grow|\p{L}+ed|\p{L}+ing|\p{L}+s)$/iu;

export interface Milestone extends Span {
  value: string;
  label: string;
}

/** The milestones of a text (spans relative to it), in reading order; [] when there are none. */
export function milestones(text: string, lang = ''): Milestone[] {
  if (lang && !/^en\b/iu.test(lang)) return [];
  const out: Milestone[] = [];
  for (const run of text.matchAll(SERIES)) {
    const items: Milestone[] = [];
    for (const m of run[0].matchAll(ONE)) {
      // the number is an age: the card says so ("13 — in the pulpit" read as thirteen pulpits, render19)
      const label = /^(?:in|at|on)\s/iu.test(m[1]!) ? `age ${m[1]!}` : `age as ${m[1]!}`;
      const at = run.index + m.index + m[0].length - m[2]!.length;
      items.push({ start: at, end: at + m[2]!.length, value: m[2]!, label });
    }
    const rising = items.every((f, i) => i === 0 || Number(f.value) > Number(items[i - 1]!.value));
    // ("rose by 13, fell by 18": what changed is no milestone; "servants", "rises": no one reached)
    const named = items.every(
      (f) =>
        !f.label
          .replace(/^age(?:\s+as)?\s+/u, '')
          .split(/\s+/u)
          .some((w) => NOT_WHAT.test(w)),
    );
    if (items.length >= 3 && rising && named) out.push(...items);
  }
  return out;
}
