/**
 * Loads the CJK family's stylesheet (styles/fonts-cjk.css) the first time a page has Han, kana or
 * Hangul to show: the speech's text or the interface's own words (Chinese). Every other page
 * never parses its 100 @font-face rules.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

let loading: Promise<unknown> | null = null;

/** Loads the CJK faces if `text` needs them (once per page). */
export function loadCjkFontFor(text: string): void {
  if (loading || !CJK.test(text)) return;
  loading = import('./styles/fonts-cjk.css').catch((error: unknown) =>
    console.warn('[lectern] the CJK font could not be loaded:', error),
  );
}
