/**
 * Where a figure and its label may begin and end. A figure is a whole stretch of the speech: it
 * never stops inside a word or an abbreviation ("300 U" of "300 U.S. workers", whose label then
 * read ".S. workers"), and a label in a list of figures comes from its own item, never from the
 * neighbour's ("more than 800 artillery systems" are no "other armored vehicles").
 */
import type { Span } from '../segment';
import { isLabel } from './label';

/** A letter or digit, and what goes on a word past its end: another one, or an abbreviation's ".S". */
const WORD_END = /[\p{L}\p{Nd}]$/u;
const GOES_ON = /^(?:[\p{L}\p{Nd}]|\.\p{L})/u;

/** Whether `at` falls inside a word or an abbreviation of `text` ("U|.S.", "dol|lars"). */
export function splitsToken(text: string, at: number): boolean {
  return at > 0 && at < text.length && WORD_END.test(text.slice(at - 1, at)) && GOES_ON.test(text.slice(at));
}

/**
 * Figures whose end would split a token end before that token instead (the counted noun is then
 * left to the label: "300 — U.S. workers"); `from` is where the figure's number ends, which an end
 * never goes back past. Returns the new end.
 */
export function wholeTokenEnd(text: string, span: Span, from: number): number {
  let end = span.end;
  while (end > from && splitsToken(text, end)) {
    const space = text.slice(from, end).search(/\s\S*$/u);
    end = space < 0 ? from : from + space;
  }
  return end;
}

/** Marks between the items of a list of figures ("…2,000 tanks; more than 800 artillery systems; …"). */
const ITEM_MARK = /[;؛]\s/gu;

/** The list item of `sentence` that holds `at`: the text between the item marks around it. */
export function itemOf(sentence: string, at: Span): Span {
  let start = 0;
  let end = sentence.length;
  ITEM_MARK.lastIndex = 0;
  for (const m of sentence.matchAll(ITEM_MARK)) {
    if (m.index + m[0].length <= at.start) start = m.index + m[0].length;
    else if (m.index >= at.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{Nd}]+/gu) ?? [];

/**
 * Whether a label comes from outside its figure's list item: some of its words are said in
 * another item and not in its own (a label borrowed from the figure before, across a ";"). A
 * sentence that is no list (one item) keeps its labels.
 */
export function labelFromOtherItem(sentence: string, fig: Span, label: string): boolean {
  if (!label) return false;
  const item = itemOf(sentence, fig);
  if (item.start === 0 && item.end === sentence.length) return false;
  const own = new Set(wordsOf(sentence.slice(item.start, item.end)));
  const others = new Set(wordsOf(sentence.slice(0, item.start) + ' ' + sentence.slice(item.end)));
  // a word said only in another item ("goal:" added to a goal's label is said in none)
  return wordsOf(label).some((w) => !own.has(w) && others.has(w));
}

/** Whether a figure is an item of a list of figures (its sentence has items around it). */
function inList(sentence: string, fig: Span): boolean {
  const item = itemOf(sentence, fig);
  return item.start > 0 || item.end < sentence.length;
}

/** Every figure ends on a whole token; its `core` (the value unhedged) follows. */
export function keepTokensWhole(sentence: string, spans: Array<Span & { core: string }>): void {
  for (const s of spans) {
    const first = s.start + (/^\S+/u.exec(sentence.slice(s.start, s.end))?.[0].length ?? 0);
    const end = wholeTokenEnd(sentence, s, first);
    if (end === s.end) continue;
    s.end = end;
    s.core = sentence.slice(s.start, end);
  }
}

/**
 * "a new package of defense support — about 2 billion U.S. dollars": a figure set after a dash,
 * ending its clause, names again the noun phrase before the dash; that phrase is its label.
 */
const APPOSED = /(?:^|\s)(?:a|an|the|this|that|our|its|their|his|her)\s+([^,;:—–()]+?)\s+[—–]\s+$/iu;

function labelBeforeDash(sentence: string, fig: Span, lang: string): string {
  if (!/^\s*(?:$|[.!?;,])/u.test(sentence.slice(fig.end))) return '';
  const np = APPOSED.exec(sentence.slice(Math.max(0, fig.start - 80), fig.start))?.[1] ?? '';
  return np.split(/\s+/u).length <= 6 && isLabel(np, lang) ? np : '';
}

/**
 * Labels at their figure's bounds: one taken from another item of a list of figures is dropped;
 * a count in such a list with no label of its own is labelled by its counted noun; a figure
 * apposed after a dash takes the phrase it names again (none for a figure said of a hypothesis:
 * `hypothetical`).
 */
export function boundLabels(
  sentence: string,
  figures: Array<Span & { label: string; kind: string; value: string; core: string }>,
  lang: string,
  hypothetical: (f: Span) => boolean,
): void {
  for (const f of figures) {
    if (labelFromOtherItem(sentence, f, f.label)) f.label = '';
    if (f.label || hypothetical(f)) continue;
    f.label = (inList(sentence, f) && countedNounLabel(f, lang)) || labelBeforeDash(sentence, f, lang);
  }
}

/** A count's value and the noun phrase it took ("more than 800" · "artillery systems"). */
/** (never a scale word: "85 million Americans" is "85 million" · "Americans", not "85" · "million Americans") */
const COUNTED =
  /^([\s\S]*\p{Nd}(?:\s+(?:thousand|million|billion|trillion))?)\s+(?!(?:thousand|million|billion|trillion)(?![\p{L}]))(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)+)$/u;

/**
 * The counted noun said right after a count is its own label ("more than 800 artillery
 * systems" → "more than 800" · "artillery systems"), when it is a label (two words or more); the
 * value then ends at the number. Else ''.
 */
function countedNounLabel(
  f: Span & { label: string; kind: string; value: string; core: string },
  lang: string,
): string {
  const m = f.kind === 'count' || f.kind === 'scaled' ? COUNTED.exec(f.value) : null;
  if (!m || !isLabel(m[2]!, lang) || !f.core.endsWith(m[2]!)) return '';
  f.value = m[1]!;
  f.end = f.start + m[1]!.length;
  f.core = f.core.slice(0, f.core.length - m[2]!.length).trimEnd();
  return m[2]!;
}
