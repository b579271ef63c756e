/**
 * The peroration: a speech's last slide carries its closing words, never an empty screen. Its
 * line is the speech's last sentence when that fits the screen; else the last clause of it that
 * is a statement of its own (after a ";", a ":" or a dash; else after ", and" or ", but"), with
 * its joining word dropped ("…; and if the child is but a prophecy of the man, there are mighty
 * few who will doubt that he succeeded." → "If the child is but a prophecy of the man, …").
 */
import type { Block } from '../deck';
import { asQuote, MAX_SCREEN_WORDS, screenWords } from './body';
import type { PlannedSlide } from './plan';
import { asksForAnswer, isThrowaway } from './quotable';
import { attributed, ownSentences } from './voices';
import { capitalize, wordsOf } from './text';
import { withoutCorrected } from './slips';

/** Fewest words of a closing line. */
const MIN_WORDS = 6;

/** Where a sentence's last clauses start: after a strong break, else after a joined clause. */
const STRONG = /(?:;|:|\s[—–]\s?|[—–]|\s--\s?)\s*/gu;
const JOINED = /,\s+(?=(?:and|but|yet|so)\s)/gu;

/** A quotation mark that the line no longer opens or closes ("…a contented heart.”" cut from its “). */
function balanced(line: string): string {
  let s = line;
  if (!/[“"]/u.test(s.slice(0, -1))) s = s.replace(/[”"]+(?=[.!?…]*$)|[”"]+$/u, '');
  if (!/[”"]/u.test(s)) s = s.replace(/^[“"]+/u, '');
  return s.trim();
}

/** A clause as a line: its joining word dropped ("and that when …" → "When …"), a capital first. */
function asLine(clause: string): string {
  const bare = clause
    .trim()
    .replace(/^(?:(?:and|but|yet|so|or)\b,?\s*(?:that\s+)?)/iu, '')
    .replace(/^,\s*/u, '');
  // (another language's "and", as said inside a sentence: "y con la paz…" → "Con la paz…")
  return capitalize(balanced(bare.replace(/^(?:y|e|et|und|и|і)\s+(?=\S)/u, '')));
}

/** Whether a line can close a deck: a statement, long enough, short enough, no thanks or question. */
function fits(line: string, maxWords: number, lang: string): boolean {
  const n = wordsOf(line).length;
  return (
    n >= MIN_WORDS &&
    n <= maxWords &&
    !asksForAnswer(line) &&
    !isThrowaway(line, lang) &&
    /^\p{Lu}/u.test(line)
  );
}

/** The closing line of a speech's last sentences, or null. */
export function perorationLine(sentences: readonly string[], maxWords: number, lang = ''): string | null {
  const said = sentences.filter((s) => s.trim());
  // a greeting after the closing wish ("Eguberri On, Bon Nadal, Boas Festas.", Felipe VI 2021) is
  // no line of its own: the wish before it closes the speech
  const greeting = said.length >= 2 && isThrowaway(said[said.length - 1]!, lang);
  const last = said[said.length - (greeting ? 2 : 1)];
  if (!last) return null;
  const whole = asLine(last);
  if (fits(whole, maxWords, lang)) return whole;
  for (const re of [STRONG, JOINED]) {
    // the longest last clause that fits, so that the line says most of the close
    const starts = [...last.matchAll(re)].map((m) => m.index + m[0].length);
    for (const at of starts) {
      const line = asLine(last.slice(at));
      if (fits(line, maxWords, lang)) return line;
    }
  }
  return null;
}

/** The last slide's closing quote, from its own sentences (never the room's), or null. */
export function perorationBlock(planned: PlannedSlide, title: string, lang: string): Block | null {
  const spoken = planned.paras.filter((p) => !p.spokenOnly);
  // (never a line the editor corrected a word of: slips.ts)
  const own = withoutCorrected(
    ownSentences(planned.sentences.filter(Boolean), spoken),
    spoken.map((p) => p.text),
  );
  const line = perorationLine(own, MAX_SCREEN_WORDS - screenWords(title) - 3, lang);
  return line ? attributed(asQuote(line), spoken) : null;
}
