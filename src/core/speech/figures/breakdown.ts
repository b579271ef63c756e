/**
 * "…of the number of notable machine learning models produced, 51 of them came from industry, 21
 * from industry together with academia, 15 from Academia and only 2 from government origin"
 * (Pål Jonson, Stockholm high-level forum on AI and intelligence, 24 September 2024): a whole broken
 * into parts, each a bare count and the phrase said after it of where it is from. Each part's label
 * is that phrase ("51 — from industry", "2 — from government origin"): a count said alone gives no
 * label, and a small one no figure, so the breakdown was on no slide (judge25 A2). Only a run of
 * three parts or more, each said right after the one before (", ", " and ", "only"), all with one
 * preposition, none with another number in its phrase, the whole said before them ("of the …", "of
 * them"). English only.
 */
import type { FoundFigure } from './index';

/** A part: its count, "of them" and its verb, and the phrase said of it up to the next part. */
const PART =
  /(?<![\p{L}\p{Nd}.,$€£%-])(\p{Nd}{1,6})(?:\s+of\s+(?:them|these|those))?(?:\s+(?:came|come|comes|were|was|are|is))?\s+(from|in|at|to|by)\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)(?=\s*(?:[,;.!?]|$)|\s+and\s+(?:(?:only|just|another|some)\s+)?\p{Nd})/gu;
/** What stands between two parts: a comma or "and", and a hedge on the next. */
const BETWEEN = /^\s*[,;]?\s*(?:and\s+)?(?:(?:only|just|another|some)\s+)?$/iu;
/** The whole the parts are of, said before the first part's phrase. */
const WHOLE = /(?:^|\s)of\s+(?:them|these|those|the|our|all)(?=\s|$)/iu;
/** At least this many parts make a breakdown. */
const MIN_PARTS = 3;

interface Part {
  start: number;
  end: number;
  /** Where its phrase ends. */
  said: number;
  prep: string;
  label: string;
}

/** The parts of the longest breakdown said in `sentence`, or none. */
export function breakdownParts(sentence: string): Part[] {
  let best: Part[] = [];
  let run: Part[] = [];
  const close = () => {
    if (run.length > best.length) best = run;
    run = [];
  };
  for (const m of sentence.matchAll(PART)) {
    const start = m.index;
    const part: Part = {
      start,
      end: start + m[1]!.length,
      said: start + m[0].length,
      prep: m[2]!.toLowerCase(),
      label: `${m[2]!} ${m[3]!}`,
    };
    const last = run.at(-1);
    if (last && (part.prep !== last.prep || !BETWEEN.test(sentence.slice(last.said, start)))) close();
    run.push(part);
  }
  close();
  // the whole is said ("of the number of … models produced, 51 of them"): "12 in Ohio, 15 in Texas"
  // alone says where, never what is counted
  const whole = best[0] ? WHOLE.test(sentence.slice(0, best[0].said)) : false;
  if (best.length < MIN_PARTS || !whole) return [];
  // each card says what it counts when the whole names it ("models from industry", not a bare
  // "from industry" under "51": judge26b)
  const counted = COUNTED.exec(sentence.slice(0, best[0]!.start))?.[2];
  return counted ? best.map((p) => ({ ...p, label: `${counted} ${p.label}` })) : best;
}

/**
 * What a breakdown's whole is, as said ("notable machine learning models"), or '' when the sentence
 * has no breakdown, names no plural noun for its whole, or the slide's cards (`labels`) show fewer
 * than three of its parts: the title of its slide (judge26b: the cards sat under "Stanford
 * University", who counted them). A slide that shows other figures of the sentence is not about
 * the breakdown.
 */
export function breakdownWhole(sentence: string, labels: ReadonlySet<string>): string {
  const parts = breakdownParts(sentence);
  if (parts.filter((p) => labels.has(p.label)).length < MIN_PARTS) return '';
  return COUNTED.exec(sentence.slice(0, parts[0]!.start))?.[1] ?? '';
}

/**
 * The whole said before the parts and the plural noun it is counted in ("of the number of notable
 * machine learning models produced, 51 of them …" → "notable machine learning models", "models"),
 * up to an optional participle and the comma.
 */
const COUNTED =
  /[Oo]f\s+(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?((?:[\p{L}'’-]+\s+){0,4}?([\p{Ll}]{3,}s))(?:\s+(?:produced|made|built|created|released|counted|recorded|published|sold|sent))?\s*,\s*$/u;

/**
 * The figures of an English sentence with the parts of its breakdown labelled by what is said
 * after each ("from industry"), a part no figure was read for (a count under ten) added.
 */
export function withBreakdown(sentence: string, figures: FoundFigure[]): FoundFigure[] {
  const parts = breakdownParts(sentence);
  if (!parts.length) return figures;
  // (a part inside a figure read otherwise — "2023 of the number" — is left to that figure)
  if (parts.some((p) => figures.some((f) => f.start < p.end && f.end > p.start && f.start !== p.start)))
    return figures;
  const out = figures.filter((f) => !parts.some((p) => p.start === f.start));
  for (const p of parts) {
    const value = sentence.slice(p.start, p.end);
    out.push({ kind: 'count', start: p.start, end: p.end, value, core: value, label: p.label, part: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
