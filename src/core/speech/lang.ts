/**
 * The speech's language, where the engine's rules need it (sentence rules, number recognition,
 * stop words): a primary tag. Which language a speech is in (front matter `lang`, else detected
 * from the spoken text) and its direction are decided once, in core/language.ts, for the engine
 * and every view; buildDeck passes the result here.
 */

/** The primary language subtag of a BCP 47 tag ("en-GB" → "en"), lower case; "" for none or `und`. */
export function primaryLang(tag: string | undefined): string {
  const primary = (tag ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
  return primary === 'und' ? '' : primary;
}

/**
 * Whether the English-only rules apply: the tag is English ("en", "en-US") or no language was
 * given. (Its test is the one the figure rules each wrote out: `/^en\b|^$/iu`.)
 */
export function englishOrUnsaid(lang: string): boolean {
  return /^en\b|^$/iu.test(lang);
}
