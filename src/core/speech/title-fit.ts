/**
 * A quote slide's title names the point of the line on screen and never turns it (issue 10,
 * judge25 A1, C3):
 * - a title whose way (up or down) the line on screen says the other way is no title: "Rising
 *   interest rates" (the paragraph's first sentence) over "If successful, we should expect lower
 *   inflation and lower interest rates for consumers and businesses alike." (Carter, 24 October
 *   1978): the title is taken again from the line itself;
 * - a line the speaker says twice on the slide is its point ("What kind of people do they think we
 *   are?", said of Churchill and again in his own name): it titles the slide, over a noun of another
 *   sentence ("Nazi threat").
 */
import { maskForScreen, tidyMasked } from './mask';
import { sentencesOf } from './segment';
import { opensWithTitle } from './striking';
import { isTitle, titlesInTurn, type UsedTitles } from './titles';
import { capitalize, foldWords, wordsOf } from './text';
import { primaryLang } from './lang';

/** English words that say a thing goes up, or down, before it ("rising interest rates", "lower taxes"). */
const UP_BEFORE =
  /^(?:rising|higher|increasing|increased|growing|soaring|mounting|climbing|bigger|greater|larger|more)$/iu;
const DOWN_BEFORE =
  /^(?:lower|lowered|falling|declining|decreasing|decreased|reduced|shrinking|dropping|fewer|less|smaller|cheaper)$/iu;
/** And after it ("tax increase", "rate cuts"). */
const UP_AFTER = /^(?:increases?|rises?|hikes?|growth|gains?)$/iu;
const DOWN_AFTER = /^(?:cuts?|reductions?|declines?|falls?|drops?|decreases?)$/iu;

const lower = (t: string) => t.toLowerCase().match(/[\p{L}\p{Nd}'’-]+/gu) ?? [];
/** Whether two words are one noun, its plural or singular ("rate", "rates"). */
const same = (a: string, b: string) =>
  a === b || [`${a}s`, `${a}es`].includes(b) || [`${b}s`, `${b}es`].includes(a);

/**
 * The words of `line` that say the thing of `title` the other way ("lower interest rates" of "…we
 * should expect lower inflation and lower interest rates…" for "Rising interest rates"), or null
 * when the line does not turn the title. English: the up and down words are English ones.
 */
export function turnedBy(title: string, line: string, lang = ''): string | null {
  const l = primaryLang(lang);
  if (l && l !== 'en') return null;
  const tw = lower(title);
  if (tw.length < 2) return null;
  const first = tw[0]!;
  const last = tw.at(-1)!;
  const up = UP_BEFORE.test(first) || UP_AFTER.test(last);
  const down = DOWN_BEFORE.test(first) || DOWN_AFTER.test(last);
  if (up === down) return null;
  // the thing the title says goes up or down: its head noun
  const head = UP_BEFORE.test(first) || DOWN_BEFORE.test(first) ? last : tw.at(-2)!;
  const before = up ? DOWN_BEFORE : UP_BEFORE;
  const after = up ? DOWN_AFTER : UP_AFTER;
  const words = [...line.matchAll(/[\p{L}\p{Nd}'’-]+/gu)];
  const lw = words.map((w) => w[0].toLowerCase());
  const span = (a: number, b: number) => line.slice(words[a]!.index, words[b]!.index + words[b]![0].length);
  for (let i = 0; i < lw.length; i++) {
    if (!same(lw[i]!, head)) continue;
    // "lower interest rates": the other way up to three words before the thing, or right after it
    for (let k = Math.max(0, i - 3); k < i; k++) if (before.test(lw[k]!)) return span(k, i);
    if (i + 1 < lw.length && after.test(lw[i + 1]!)) return span(Math.max(0, i - tw.length + 2), i + 1);
  }
  return null;
}

/** Quoted lines of `text` ("…", “…”, «…»), as said. */
function quotedLines(text: string): string[] {
  return [...text.matchAll(/["“«„]([^"“”«»„]{3,400})["”»“]/gu)].map((m) => m[1]!.trim());
}

/**
 * A line the slide's notes quote twice or more ("What kind of people do they think we are?", said
 * as Churchill's and again as the speaker's own reply), or a question they ask twice, of three to
 * ten words and not the line on screen: the slide's refrain, its point. '' when there is none. An
 * echo said as a plain sentence ("That is critical.", "That we cannot do.") adds weight to the
 * sentence before it and names nothing: no refrain.
 */
export function refrain(
  paras: readonly string[],
  quote: string,
  lang = '',
  avoid: UsedTitles = new Set(),
): string {
  const text = paras.join('\n\n');
  const quotes = quotedLines(text);
  const said = sentencesOf(maskForScreen(text), lang).map((s) => tidyMasked(s).trim());
  const quoted = quotes.map(foldWords);
  const questions = said.filter((s) => /[?？]$/u.test(s)).map(foldWords);
  const shown = foldWords(quote);
  const lines = [...quotes, ...said];
  for (const line of lines) {
    const key = foldWords(line);
    const words = wordsOf(line).length;
    if (!key || words < 3 || words > 10) continue;
    // (said whole, or as the last words of a longer quote or question: "…but also the world. We
    // are not quitters." then "We are not quitters.")
    const ends = (q: string) => q === key || q.endsWith(` ${key}`);
    const times = Math.max(quoted.filter(ends).length, questions.filter(ends).length);
    if (times < 2 || shown.includes(key) || avoid.has(line.toLowerCase())) continue;
    return line.replace(/^["“«„]+|["”»“]+$/gu, '').replace(/[.;:,]+$/u, '');
  }
  return '';
}

/**
 * The title of a slide that shows `quote` alone: its refrain when it has one, else `title` unless
 * the line turns it, then one taken again from the line itself ('' when none fits).
 */
export function fitQuoteTitle(
  title: string,
  quote: string,
  paras: readonly string[],
  lang: string,
  avoid: UsedTitles,
): string {
  const again = refrain(paras, quote, lang, avoid);
  if (again) return again;
  const turned = title ? turnedBy(title, quote, lang) : null;
  if (turned === null) return title;
  // the line's own words for the thing, its way ("Lower interest rates"), else another of its titles
  const own = capitalize(turned);
  if (isTitle(own, lang, quote) && !avoid.has(own.toLowerCase()) && !opensWithTitle(quote, own)) return own;
  const tried = new Set(avoid);
  tried.add(title.toLowerCase());
  for (const t of titlesInTurn([quote], [], lang, tried, true, 6))
    if (turnedBy(t, quote, lang) === null && !opensWithTitle(quote, t)) return t;
  return '';
}
