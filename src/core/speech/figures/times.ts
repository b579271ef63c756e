/**
 * A multiple is a figure only with what it multiplies: "This year's space budget is three times
 * what it was in January 1961", "a rate of growth more than three times that of our population".
 * Cut at "times", the card read "3 times — space budget", as if the budget were a count of three;
 * the value keeps its base ("three times what it was in January 1961"), said whole, and a multiple
 * whose base cannot be said short is no figure. English; a multiple said in words ("three times")
 * is found here, one said with digits ("3 times", "10x") by rules.ts and given its base here.
 */
import type { Span } from '../segment';
import { englishOrUnsaid } from '../lang';

/** What a multiple multiplies: "what it was…", "that of…", "those of…", "the size of…". */
const BASE =
  /^\s+(?:what\s+(?:it|they|he|she|we|this|that)\s+(?:was|were|is|are|had\s+been|has\s+been)|(?:that|those)\s+of|the(?=\s)(?!\s+(?:last|past|next|first|same|previous|following|other|year|month|week|day)(?![\p{L}])))\s[^,;:.!?—–()"“”]+/iu;
/** Where a base ends: a conjunction or a relative word opens another clause. */
const BASE_END = /\s(?:and|or|but|which|who|where|while|because|so|if|when|though|although)\s[\s\S]*$/iu;
/** The most words a base may take: beyond, the value is a sentence, no figure. */
const MAX_BASE_WORDS = 8;
/** Multiples said in words (two to twenty; "a hundred times" is a way of speaking). */
const WORD_TIMES =
  /(?<![\p{L}-])(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+times)(?![\p{L}-])/giu;

/** The end of a multiple's base after `end` (where "times" ends), or -1 when it says none. */
export function baseEnd(sentence: string, end: number): number {
  const m = BASE.exec(sentence.slice(end));
  if (!m) return -1;
  const base = m[0].replace(BASE_END, '').replace(/\s+$/u, '');
  const words = base.trim().split(/\s+/u);
  // ("three times the number": a base ends on what it names, never on "the" or "of")
  if (words.length > MAX_BASE_WORDS || /^(?:the|of|a|an|as|in|to|for)$/iu.test(words[words.length - 1]!))
    return -1;
  return end + base.length;
}

/** Multiples said in words with their base, as spans of `sentence` (English only). */
export function multipleSpans(sentence: string, lang: string): Span[] {
  if (!englishOrUnsaid(lang)) return [];
  const out: Span[] = [];
  WORD_TIMES.lastIndex = 0;
  for (const m of sentence.matchAll(WORD_TIMES)) {
    const end = baseEnd(sentence, m.index + m[0].length);
    if (end > 0) out.push({ start: m.index, end });
  }
  return out;
}
