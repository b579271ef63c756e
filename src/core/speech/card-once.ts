/**
 * One number, one card (issue #10): a speaker who says a figure again ("Takže 40,5 miliardy korun
 * dala vláda Ukrajincům tady v České republice…", then later "jenom v České republice dáváte cirka
 * 40,5 miliardy korun"; "ponad 10 milionów hektarów lasów i buszu" twice, pl-bosacki) said it
 * once as far as the screen goes: a second card of it reads as a second amount, and it sits under
 * another slide's title, which gives it another meaning (judge36 cs s06, "Zasílání zbraní" over
 * the 40,5 billion). The deck keeps the first card and no later slide cards the number again.
 *
 * "The same figure" is the same digits with the same unit (the first letter of the word after the
 * number: "ha" and "hektarów", "miliardy" and "miliard"), said in sentences that share at least
 * two content words besides the figure's own ("České", "republice"; "spłonęły", "domów"): the
 * same number said of another thing ("10 percent" of inflation, then of growth) is another card.
 */
import { isFunctionWord } from './lexicon';
import { sentenceSpans } from './segment';

/** A number's digit runs in order, with its decimal part ("40,5", "1.107"), as its identity. */
const DIGITS = /\p{Nd}+(?:[.,  ]\p{Nd}+)*/gu;
/** The currency sign said right before the number ("$150" is no "150 — powerplants"). */
const SIGN_BEFORE = /([$€£¥₹])\s*$/u;
/** The unit said right after the number: its first letter, or the sign ("%", "$", "€"). */
const UNIT_AFTER = /^\p{Nd}+(?:[.,  ]\p{Nd}+)*\s*([\p{L}%‰$€£¥])?/u;
/** A content word: four letters or more (its first five as its stem, so cases and plurals meet). */
const CONTENT_WORD = /(?:\p{L}\p{M}*){4,}/gu;
const STEM = 5;
/** How many content words two sentences share when they say the same figure of the same thing. */
const SHARED_WORDS = 2;

/** The key of a figure's number: its digit runs and the unit after, else the sign before ("40,5|m", "150|$"). */
export function figureKey(value: string): string {
  const runs = value.match(DIGITS) ?? [];
  if (!runs.length) return '';
  const at = value.search(/\p{Nd}/u);
  const unit = UNIT_AFTER.exec(value.slice(at))?.[1]?.toLowerCase() ?? '';
  const sign = SIGN_BEFORE.exec(value.slice(0, at))?.[1] ?? '';
  // (the sign is the unit only when no word follows: "$280 billion" is "280 billion" said again)
  return `${runs.map((r) => r.replace(/[  ]/gu, '')).join('|')}|${unit || sign}`;
}

/** The stems of a sentence's content words, the figure's own words left out. */
function stems(sentence: string, value: string, lang: string): Set<string> {
  const own = new Set((value.match(CONTENT_WORD) ?? []).map((w) => w.toLowerCase().slice(0, STEM)));
  const out = new Set<string>();
  for (const w of sentence.match(CONTENT_WORD) ?? []) {
    const s = w.toLowerCase().slice(0, STEM);
    if (!own.has(s) && !isFunctionWord(w, lang)) out.add(s);
  }
  return out;
}

/** The figures the deck has carded so far, each with the sentence that said it. */
export class CardsShown {
  private readonly seen = new Map<string, Set<string>[]>();
  constructor(private readonly lang = '') {}

  /** Records a card shown: its value and the sentence that says it. */
  add(value: string, sentence: string): void {
    const key = figureKey(value);
    if (!key) return;
    const list = this.seen.get(key) ?? [];
    list.push(stems(sentence, value, this.lang));
    this.seen.set(key, list);
  }

  /**
   * Whether a card of `value`, said in `sentence` (asked for only when the number was carded
   * before), says a figure the deck has carded already.
   */
  has(value: string, sentence: () => string): boolean {
    const before = this.seen.get(figureKey(value));
    if (!before) return false;
    const mine = stems(sentence(), value, this.lang);
    return before.some((s) => [...mine].filter((w) => s.has(w)).length >= SHARED_WORDS);
  }
}

/** The sentence of `text` that holds offset `at` (`segmented`: the text the spans are read from, masked or not). */
export function sentenceAt(text: string, at: number, lang: string, segmented = text): string {
  const s = sentenceSpans(segmented, lang).find((x) => at >= x.start && at < x.end);
  return s ? text.slice(s.start, s.end) : '';
}
