/**
 * "Next year's Defense budget, the one just sent up for fiscal 1965, includes, due to more
 * efficient management of our defenses, $2 4/10 billion": an amount a budget, a bill or a plan is
 * said to include is a part of it, and its clause (", $2 4/10 billion.") says nothing, so it had no
 * label and the headline figure stayed in the notes while its gloss ("more than $10 — for every
 * man, woman, and child") was carded. It is labelled by what includes it, "in" it ("in next year's
 * Defense budget"): never by that whole alone, which would say the budget is the amount. The asides
 * set off by commas between the whole, its verb and the amount are skipped. English only.
 */

/** An aside set off by commas: ", the one just sent up for fiscal 1965,". */
const ASIDE = /,\s+[^,;:—–()]+,(?=\s)/gu;
/** The whole (a noun phrase opening its clause), its verb of inclusion, and hedges before the amount. */
const INCLUDES =
  /(?:^|[;:—–]\s*)((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:includes|included|contains|contained|provides\s+for|provided\s+for|sets\s+aside|set\s+aside)\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than|at\s+least)\s+)*$/u;
/** Sentence-opening words that are not part of a name, set lower-case inside the label. */
const OPENER = /^(?:Next|Last|This|That|The|Our|Its|Their|Each|Every)(?=\s)/u;

/** The label "in <the whole>" of an amount said as what a whole includes, or ''. */
export function includedIn(before: string, isLabel: (phrase: string) => boolean): string {
  let bare = before;
  for (let prev = ''; prev !== bare;) {
    prev = bare;
    bare = bare.replace(ASIDE, '');
  }
  const m = INCLUDES.exec(bare.replace(/,\s*$/u, ' ').replace(/\s+/gu, ' '));
  if (!m) return '';
  const whole = m[1]!.replace(OPENER, (w) => w.toLowerCase());
  // a pronoun or a person is no whole a card can name ("It includes", "He set aside")
  if (/^(?:it|this|that|which|he|she|they|we|i|you)$/iu.test(whole) || !isLabel(whole)) return '';
  return `in ${whole}`;
}
