/**
 * Word counting and speaking time, per script.
 *
 * CJK (Han, Hiragana, Katakana) text has no spaces between words, so each character counts as one
 * unit, spoken at ~250 characters a minute. Everything else counts whitespace-separated words that
 * contain a letter or digit, spoken at `wpm` (default 130). Mixed text sums both.
 */

export const DEFAULT_WPM = 130;
export const DEFAULT_CJK_PER_MINUTE = 250;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORDISH = /[\p{L}\p{N}]/u;

export interface WordCount {
  /** CJK characters. */
  cjk: number;
  /** Whitespace-separated words of other scripts. */
  other: number;
}

export function countWordsByScript(text: string): WordCount {
  let cjk = 0;
  const rest = text.replace(CJK, () => {
    cjk++;
    return ' ';
  });
  let other = 0;
  for (const token of rest.split(/\s+/)) if (token && WORDISH.test(token)) other++;
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
  const c = countWordsByScript(text);
  const cjkRate = DEFAULT_CJK_PER_MINUTE * (wpm / DEFAULT_WPM);
  return (c.other / wpm) * 60 + (c.cjk / cjkRate) * 60;
}
