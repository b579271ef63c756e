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

/**
 * The speaker announcing the conclusion, as a sentence of its own: "Kesimpulannya apa?" ('the
 * conclusion?', Jokowi 2017), "In conclusion:", "In short:", "En resumen:", "Kortom:", "总之，".
 */
const CONCLUSION_SIGNPOST =
  /^(?:(?:so|and|jadi|dan)\s+)?(?:in\s+conclusion|to\s+conclude|in\s+short|in\s+sum|to\s+sum\s+(?:it\s+)?up|kesimpulan(?:nya)?(?:\s+apa)?|intinya(?:\s+apa)?|en\s+conclusi[óo]n|en\s+resumen|pour\s+conclure|en\s+somme|zusammengefasst|kurzum|fazit|kortom|samengevat|in\s+conclusione|em\s+suma|em\s+conclus[ãa]o|в\s+заключение|总之|總之|总而言之|總而言之)\s*[?:.!,，：？]?\s*$/iu;
/** The conclusion is said in the last sentences: its signpost is at most this many sentences from the end. */
const CONCLUSION_REACH = 4;

/**
 * The conclusion the speaker announces in the last sentences, whole: the sentences after its
 * signpost ("Kesimpulannya apa? | Yang penting adalah jangan takut. Risiko selalu ada tapi justru
 * itulah peluangnya.", Jokowi 2017), when they fit the screen; else null.
 */
export function concludedLine(sentences: readonly string[], maxWords: number, lang = ''): string | null {
  const said = sentences.filter((s) => s.trim());
  for (let k = said.length - 2; k >= Math.max(0, said.length - 1 - CONCLUSION_REACH); k--) {
    if (!CONCLUSION_SIGNPOST.test(said[k]!.trim())) continue;
    const line = asLine(
      said
        .slice(k + 1)
        .map((s) => s.trim())
        .join(' '),
    );
    return fits(line, maxWords, lang) ? line : null;
  }
  return null;
}

/** The closing line of a speech's last sentences, or null. */
export function perorationLine(sentences: readonly string[], maxWords: number, lang = ''): string | null {
  const concluded = concludedLine(sentences, maxWords, lang);
  if (concluded) return concluded;
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

/** A slide's own sentences (never the room's), without a line the editor corrected a word of (slips.ts). */
function ownLines(planned: PlannedSlide): { own: string[]; spoken: PlannedSlide['paras'] } {
  const spoken = planned.paras.filter((p) => !p.spokenOnly);
  const own = withoutCorrected(
    ownSentences(planned.sentences.filter(Boolean), spoken),
    spoken.map((p) => p.text),
  );
  return { own, spoken };
}

/** The last slide's closing quote, from its own sentences (never the room's), or null. */
export function perorationBlock(planned: PlannedSlide, title: string, lang: string): Block | null {
  const { own, spoken } = ownLines(planned);
  const line = perorationLine(own, MAX_SCREEN_WORDS - screenWords(title) - 3, lang);
  return line ? attributed(asQuote(line), spoken) : null;
}

/** Whether the slide ends on the conclusion the speaker announces (concludedLine). */
export function concludes(planned: PlannedSlide, title: string, lang: string): boolean {
  return concludedLine(ownLines(planned).own, MAX_SCREEN_WORDS - screenWords(title) - 3, lang) !== null;
}
