/**
 * The zero-width non-joiner and joiner (U+200C, U+200D) are parts of a word, never its edge:
 * Malayalam writes its chillu letters with a joiner after the virama ("കാര്‍ഗിലിനെ", Kargil;
 * "പിടിയില്‍"), Persian and the Indic scripts put a non-joiner inside a word ("می‌خواهم"). A word
 * pattern that stops at them cuts "കാര്‍ഗിലിനെ" into "കാര്" and "ഗിലിനെ" (judge37 title
 * "ഗിലിനെ കടന്നുകയറ്റക്കാരുടെ പിടിയില്"), and the chillu at a title's end loses its joiner.
 */
export const JOINERS = '\u200C\u200D';

const JOINER_RUN = /[\u200C\u200D]/gu;

/**
 * A word with its joiners left out, to count it: sources write the same Malayalam word with the
 * chillu's joiner and without it ("കമ്മീഷന്‍" and "കമ്മീഷന്" in one paragraph).
 */
export function foldJoiners(word: string): string {
  return word.replace(JOINER_RUN, '');
}
