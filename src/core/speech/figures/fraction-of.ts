/**
 * A fraction word is a figure only with what it is a fraction of (judge19, Guterres to the UN
 * General Assembly 2024: "عامٌ يذهب فيه من البشرية نصفُها إلى صناديق الاقتراع" was carded "نصف —
 * عامٌ يذهب فيه من البشرية", "half — a year in which goes from humanity"). Arabic says the whole
 * after the fraction ("نصف سكان العالم", half of the world's population) or as a pronoun glued to
 * it whose noun was just said ("من البشرية نصفُها", of humanity, its half): the label is that
 * whole, and the pronoun stays in the value (the span is what was said). Else no label, no card.
 */

/** Arabic short vowels and marks between a word and its suffix. */
const MARK = String.raw`[\u064B-\u065F\u0670]`;
const MARKS = `${MARK}*`;
const MARK_ALL = new RegExp(MARK, 'gu');
const unmarked = (w: string) => w.replace(MARK_ALL, '');
/** The fraction ends its clause: nothing said of what it is a fraction of. */
const CLAUSE_NEXT = new RegExp(String.raw`^[\s\u064B-\u065F\u0670]*[،,.؛:!?]`, 'u');
/** A pronoun suffix glued to the fraction ("نصفُها", "ثلثهم"). */
const PRONOUN = new RegExp(String.raw`^${MARKS}(?:ها|هم|هن|هما|ه|كم|نا)(?![\p{L}])`, 'u');
/** The noun the pronoun stands for, said right before: "من البشرية" (of humanity). */
const OF_BEFORE = /(?:^|\s)(?:من|مِن)\s+((?:ال)?[\p{L}\p{M}]+(?:\s+(?:ال)[\p{L}\p{M}]+)?)\s+$/u;
/** Words that open no noun after the fraction: prepositions, conjunctions, verbs' particles. */
const NOT_A_NOUN =
  /^(?:في|على|إلى|من|عن|مع|و|أو|ثم|قد|لقد|لا|لم|لن|ما|أن|إن|التي|الذي|الذين|هذا|هذه|ذلك|تلك|كل)$/u;

/** The label and end of an Arabic fraction figure at `start…end`, or '' (then no card). */
export function arabicFractionOf(
  sentence: string,
  start: number,
  end: number,
): { label: string; end: number } {
  const after = sentence.slice(end);
  const pronoun = PRONOUN.exec(after);
  if (pronoun) {
    const of = OF_BEFORE.exec(sentence.slice(0, start));
    return { label: of ? unmarked(of[1]!) : '', end: end + pronoun[0].length };
  }
  // the whole said after, in an idafa: a noun and up to two definite nouns after it
  const ws = after.trim().split(/\s+/u);
  if (CLAUSE_NEXT.test(after)) return { label: '', end };
  const out: string[] = [];
  for (const w of ws) {
    const bare = unmarked(w);
    // (after the first noun, only a definite noun goes on the idafa: "سكان العالم", not "تحالفنا يفيان")
    if (!bare || /[^\p{L}]/u.test(bare) || NOT_A_NOUN.test(bare) || out.length >= 3) break;
    if (out.length && !/^(?:ال|لل)/u.test(bare)) break;
    out.push(bare);
  }
  return { label: out.length && out.join(' ').length >= 3 ? out.join(' ') : '', end };
}
