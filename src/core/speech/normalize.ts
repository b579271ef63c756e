/**
 * The comparison form of spoken text, on its own: the live follow feed (core/follow.ts) measures
 * the speech with it in the renderer too, where the speech engine's parsers must not be loaded.
 */

/**
 * The comparison form of spoken text: `**` removed, every run of whitespace (including paragraph
 * breaks) collapsed to one space (none between two CJK characters), trimmed. Notes and speech are "the same" when these are equal.
 */
export function normalizeSpoken(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').replace(CJK_GAP, '$1').trim();
}

/** Whitespace between two CJK characters (a re-flowed line break there is joined without a space). */
const CJK_GAP =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}，。、；：！？]) (?=([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}，。、；：！？]))/gu;
