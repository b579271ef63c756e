/**
 * Word counting and speaking time, per script.
 *
 * CJK (Han, Hiragana, Katakana) text has no spaces between words, so each character counts as one
 * unit, spoken at ~250 characters a minute. Everything else counts words that contain a letter or
 * digit, spoken at `wpm` (default 130): whitespace-separated, except in the scripts written without
 * spaces between words (Thai, Lao, Khmer, Myanmar), whose words Intl.Segmenter finds with ICU's
 * dictionaries (a Thai sentence is a dozen words, not one). Mixed text sums both.
 */
import { segmenter } from '../segmenter';

export const DEFAULT_WPM = 130;
export const DEFAULT_CJK_PER_MINUTE = 250;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORDISH = /[\p{L}\p{N}]/u;
/** Scripts that do not put spaces between words. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/**
 * Longest text given to ICU at once: V8's segment iterator slows down quadratically on long
 * strings (100,000 words took minutes). The end of a window may cut a word, which ICU then reads
 * as two or three short ones, so the segments starting in its last SEGMENT_OVERLAP characters
 * are left to the next window, which starts where the first of them did.
 */
const SEGMENT_WINDOW = 1000;
const SEGMENT_OVERLAP = 40;

/** Words of a run of text in a script without spaces, by Intl.Segmenter (ICU's dictionaries). */
export function segmentedWordCount(text: string): number {
  const wordSegmenter = segmenter(undefined, 'word');
  let count = 0;
  for (let from = 0; from < text.length;) {
    const window = text.slice(from, from + SEGMENT_WINDOW);
    const final = from + window.length >= text.length;
    let next = from + window.length;
    for (const part of wordSegmenter.segment(window)) {
      if (!final && part.index > 0 && part.index >= window.length - SEGMENT_OVERLAP) {
        next = from + part.index;
        break;
      }
      if (part.isWordLike && WORDISH.test(part.segment)) count++;
    }
    from = next;
  }
  return count;
}

export interface WordCount {
  /** CJK characters. */
  cjk: number;
  /** Words of other scripts (whitespace-separated, or found by Intl.Segmenter; see above). */
  other: number;
}

/**
 * What a character is to the count: a space, a CJK character, or part of a token, with the flags
 * WORD (a letter or digit) and UNSPACED (of a script without spaces; a Thai vowel sign is that
 * without being a letter).
 */
const SPACE_CHAR = 4;
const CJK_CHAR = 8;
const WORD = 1;
const UNSPACED_SCRIPT = 2;

const SPACE = /\s/u;
const kinds = new Map<number, number>();

/** The kind of a code point above ASCII, by the same regular expressions, remembered per code point. */
function kindOf(code: number): number {
  let kind = kinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    CJK.lastIndex = 0;
    if (SPACE.test(char)) kind = SPACE_CHAR;
    else if (CJK.test(char)) kind = CJK_CHAR;
    else kind = (WORDISH.test(char) ? WORD : 0) | (UNSPACED.test(char) ? UNSPACED_SCRIPT : 0);
    kinds.set(code, kind);
  }
  return kind;
}

/**
 * CJK characters, and the words of the rest: a CJK character counts one and separates tokens like
 * a space; a token (between spaces) counts one if it holds a letter or digit, or, if it also holds
 * a character of a script without spaces, as many words as Intl.Segmenter finds in it. One pass
 * over the characters without copying the text (a 1M-word talk is planned on each presenter load).
 */
export function countWordsByScript(text: string): WordCount {
  let cjk = 0;
  let other = 0;
  let start = -1;
  let flags = 0;
  const close = (end: number): void => {
    if (start >= 0 && flags & WORD)
      other += flags & UNSPACED_SCRIPT ? segmentedWordCount(text.slice(start, end)) : 1;
    start = -1;
    flags = 0;
  };
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    let kind: number;
    if (code < 0x80) {
      const lower = code | 0x20;
      kind =
        code === 32 || (code >= 9 && code <= 13)
          ? SPACE_CHAR
          : (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122)
            ? WORD
            : 0;
    } else kind = kindOf(code);
    if (kind === SPACE_CHAR) close(i);
    else if (kind === CJK_CHAR) {
      cjk++;
      close(i);
    } else {
      if (start < 0) start = i;
      flags |= kind;
    }
    i += code > 0xffff ? 2 : 1;
  }
  close(text.length);
  return { cjk, other };
}

/** Words as reported on a slide: CJK characters plus other words. */
export function countWords(text: string): number {
  const c = countWordsByScript(text);
  return c.cjk + c.other;
}

/** True when most of the letters in `text` are CJK. */
export function isMostlyCjk(text: string): boolean {
  const c = countWordsByScript(text);
  return c.cjk > 0 && c.cjk >= c.other;
}

/**
 * Seconds needed to say `text` at `wpm` words a minute. The CJK rate scales with `wpm`
 * (250 characters a minute at the default 130 wpm).
 */
export function speakingSeconds(text: string, wpm: number = DEFAULT_WPM): number {
  return countedSeconds(countWordsByScript(text), wpm);
}

/** Seconds needed to say words already counted by script (`countWordsByScript`) at `wpm`. */
export function countedSeconds(c: WordCount, wpm: number = DEFAULT_WPM): number {
  const cjkRate = DEFAULT_CJK_PER_MINUTE * (wpm / DEFAULT_WPM);
  return (c.other / wpm) * 60 + (c.cjk / cjkRate) * 60;
}
