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
import { capitalize, foldWords, quotations, wordsOf } from './text';
import { stemsWithin } from './screen';
import { primaryLang } from './lang';
import { matchedTerms } from './tagger';

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
const QUOTED_LINE = quotations(3, 400);
function quotedLines(text: string): string[] {
  return [...text.matchAll(QUOTED_LINE)].map((m) => m[1]!.trim());
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

/** The words all `items` open with, as the first says them ("We are grateful"), or ''. */
function sharedOpening(items: readonly string[]): string {
  const words = items.map((x) => x.trim().split(/\s+/u));
  const first = words[0] ?? [];
  let n = 0;
  while (
    n < first.length &&
    words.every((w) => w.length > n + 1 && foldWords(w[n]!) === foldWords(first[n]!) && !!foldWords(w[n]!))
  )
    n++;
  return first
    .slice(0, n)
    .join(' ')
    .replace(/[,;:—–-]+$/u, '');
}

/**
 * The title of a slide that shows a list of `items`: a title said in one item only names that item,
 * not the list ("Petite Patricia Maisch" over "We are grateful to the men who tackled the gunman… /
 * We are grateful for petite Patricia Maisch… / We are grateful for the doctors…", Obama, Tucson,
 * 12 January 2011; judge25 C3). The list's title is then what all its items open with, when that is
 * a clause closed by its adjective ("We are grateful"), in English, whose words the tagger reads;
 * else `title` stays: an opening that is a subject and its verb, a pronoun or a cut noun phrase
 * ("Je vois", "C'est celle", "In another the future") titles nothing, and a phrase of the slide's
 * other sentences read as what the items are about ("Funding in this case" over Ford's measures
 * for the unemployed, 1974). `sentences`: the slide's sentences.
 */
export function fitListTitle(
  title: string,
  items: readonly string[],
  sentences: readonly string[],
  lang: string,
  avoid: UsedTitles,
): string {
  const l = primaryLang(lang);
  if (!title || items.length < 2 || (l && l !== 'en')) return title;
  if (items.filter((x) => stemsWithin(title, x)).length !== 1) return title;
  // (the sentences the items come from: each item's opening words)
  const heads = items.map((x) => foldWords(x).split(' ').slice(0, 6).join(' '));
  const others = sentences.filter((s) => !!s.trim() && !heads.some((h) => foldWords(s).includes(h)));
  // a title the slide says outside the items too is the slide's topic, the items its parts
  if (others.some((s) => stemsWithin(title, s))) return title;
  const opening = capitalize(sharedOpening(items));
  const words = wordsOf(opening);
  if (words.length < 2 || !isTitle(opening, lang) || avoid.has(opening.toLowerCase())) return title;
  const last = matchedTerms(items[0]!, words.at(-1)!)[0];
  const verb = matchedTerms(items[0]!, words.slice(0, -1).join(' ')).some((t) => t.tags.includes('Verb'));
  return last?.tags.includes('Adjective') && !last.tags.includes('Noun') && verb ? opening : title;
}
