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
import { wishesWell } from './closing-line';
import { LEANS_BACK, leansBack } from './striking';
import { structureKind } from './structure';
import { thanksForPattern } from './lexicon';

/** Fewest words of a closing line. */
const MIN_WORDS = 6;

/** Where a sentence's last clauses start: after a strong break, else after a joined clause. */
const STRONG = /(?:;|:|\s[—–]\s?|[—–]|\s--\s?)\s*/gu;
const JOINED = /,\s+(?=(?:and|but|yet|so)\s)/gu;
/**
 * Where what a sentence states starts, after a Slavic "that" that never opens a relative clause and
 * leaves a main clause's word order ("…stwierdzamy jednak głośno i dobitnie, że praktyka nadań …
 * to obraza honoru polskiego żołnierza", Kapituła Orderu Virtuti Militari 1995, quoted 2022).
 */
const STATED = /,\s+(?:że|iż|že|что|що)\s+/giu;

/** A quotation mark that the line no longer opens or closes ("…a contented heart.”" cut from its “). */
function balanced(line: string): string {
  let s = line;
  if (!/[“"„«]/u.test(s.slice(0, -1))) s = s.replace(/[”"»˝]+(?=[.!?…]*$)|[”"»˝]+$/u, '');
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

/** Fewest opening words a climax's sentences say alike (REPEATED_OPENING). */
const CLIMAX_OPENING = 3;
/** Most words of each sentence of a climax said as a repetition. */
const CLIMAX_WORDS = 12;

/**
 * The last sentences said as a repetition, the speech's climax: two or three short sentences that
 * open on the same words ("Dân tộc đó phải được tự do! Dân tộc đó phải được độc lập!", Tuyên ngôn
 * độc lập 1945: 'That people must be free! That people must be independent!'), joined as said;
 * else null.
 */
export function repeatedClimax(sentences: readonly string[]): string | null {
  const opening = (s: string) => wordsOf(s.toLocaleLowerCase()).slice(0, CLIMAX_OPENING).join(' ');
  const said = sentences.map((s) => s.trim()).filter(Boolean);
  const from = said.length - 1;
  const last = said[from];
  if (!last || wordsOf(last).length > CLIMAX_WORDS || wordsOf(last).length <= CLIMAX_OPENING) return null;
  const lines = [last];
  // (the first may end a longer sentence as its last clause: "Một dân tộc đã gan góc …, một dân tộc
  // đã gan góc …, dân tộc đó phải được tự do!")
  for (let k = from - 1; k >= 0 && lines.length < 3; k--) {
    const before = said[k]!;
    const clause = before.slice(before.lastIndexOf(',') + 1).trim();
    if (opening(clause) !== opening(last) || wordsOf(clause).length > CLIMAX_WORDS) break;
    lines.unshift(capitalize(clause));
    if (clause !== before) break;
  }
  return lines.length > 1 ? lines.join(' ') : null;
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
  // (a climax said as a repetition is one line: "Dân tộc đó phải được tự do! Dân tộc đó phải được
  // độc lập!", Hồ Chí Minh 1945, judge30)
  const climax = repeatedClimax(said.slice(0, said.length - (greeting ? 1 : 0)));
  if (climax && fits(climax, maxWords, lang)) return climax;
  const whole = asLine(last);
  if (fits(whole, maxWords, lang)) return whole;
  for (const re of [STRONG, JOINED, STATED]) {
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

/**
 * What a climax said as a repetition changes from one sentence to the next, as a title: the words
 * after the ones they share, "Tự do, độc lập" of "Dân tộc đó phải được tự do! Dân tộc đó phải được
 * độc lập!"; '' when they change more than a few words.
 */
export function climaxTitle(line: string): string {
  const said = line.split(/(?<=[.!?])\s+/u).map((x) => wordsOf(x.replace(/[.!?]+$/u, '')));
  if (said.length < 2) return '';
  let shared = 0;
  while (
    said.every(
      (w) =>
        w[shared] !== undefined && w[shared]!.toLocaleLowerCase() === said[0]![shared]!.toLocaleLowerCase(),
    )
  )
    shared++;
  const ends = said.map((w) => w.slice(shared).join(' '));
  return shared >= CLIMAX_OPENING && ends.every((e) => e && wordsOf(e).length <= 3)
    ? capitalize(ends.join(', '))
    : '';
}

/**
 * The climax the slide's own sentences end on, said as a repetition (repeatedClimax), as its
 * quote; else null.
 */
export function climaxBlock(planned: PlannedSlide, title: string): Block | null {
  const { own, spoken } = ownLines(planned);
  const line = repeatedClimax(own);
  return line && screenWords(line) + screenWords(title) <= MAX_SCREEN_WORDS
    ? attributed(asQuote(line), spoken)
    : null;
}

/** Fewest closing words a punchline says alike with the sentence before it (repeatedEnding). */
const PUNCHLINE_ENDING = 5;

/**
 * The punchline said as a repetition of the sentence before's ending, its turn: "I have counted
 * the words in MacAlister's drivel (I certainly cannot call it a speech), and there were exactly
 * three thousand four hundred and thirty-nine." / "I also carefully counted the lies—there were
 * exactly three thousand four hundred and thirty-nine." (Twain, Savage Club 1899, judge31: never on
 * screen): the second sentence, when it ends on at least PUNCHLINE_ENDING words the one before ends
 * on and fits a line; else null.
 */
export function repeatedEnding(sentences: readonly string[], lang = ''): string | null {
  const said = sentences.map((x) => x.trim()).filter(Boolean);
  const ending = (x: string) => wordsOf(x.toLocaleLowerCase().replace(/[.!?…]+$/u, ''));
  for (let k = said.length - 1; k >= 1; k--) {
    const [a, b] = [ending(said[k - 1]!), ending(said[k]!)];
    let shared = 0;
    while (shared < Math.min(a.length, b.length) && a[a.length - 1 - shared] === b[b.length - 1 - shared])
      shared++;
    // (the turn says something of its own before the ending they share)
    if (shared < PUNCHLINE_ENDING || shared >= b.length - 1) continue;
    const line = asLine(said[k]!);
    return fits(line, LONG_PUNCHLINE_WORDS, lang) ? line : null;
  }
  return null;
}
/** Most words of such a punchline. */
const LONG_PUNCHLINE_WORDS = 25;

/** The slide's punchline (repeatedEnding) as its quote, or null when it is shown or the screen cannot hold it. */
export function punchlineBlock(
  planned: PlannedSlide,
  title: string,
  shown: string,
  lang: string,
): Block | null {
  const { own, spoken } = ownLines(planned);
  const line = repeatedEnding(own, lang);
  if (!line || shown.includes(line.replace(/[.!?]+$/u, ''))) return null;
  return screenWords(line) + screenWords(title) <= MAX_SCREEN_WORDS
    ? attributed(asQuote(line), spoken)
    : null;
}

/**
 * The wish or blessing the speech's last slide of prose says before it goes on (closing-line.ts,
 * never a thanks), as its quote when the slide does not show it: "Hierfür wünsche ich Ihnen, lieber
 * Olaf Scholz, und der von Ihnen geführten Bundesregierung alles, alles Gute, eine glückliche Hand
 * und viel Erfolg." (Merkel 2021, judge30: it left the screen), with the sentence it points back to
 * when that is the slide's line ("Nun wird es an der nachfolgenden Regierung liegen, …"); null when
 * it is shown or the screen cannot hold it.
 */
export function wishBlock(planned: PlannedSlide, title: string, shown: string): Block | null {
  const { own, spoken } = ownLines(planned);
  const at = own.findLastIndex(
    (x) => wishesWell(x) && structureKind(x) !== 'thanks' && wordsOf(x).length >= MIN_WORDS,
  );
  const wish = own[at]?.trim();
  if (!wish || shown.includes(wish)) return null;
  const before = own[at - 1]?.trim();
  const back = leansBack(wish) || LEANS_BACK.test(wish);
  if (back && (!before || !shown.includes(before))) return null;
  const line = back ? `${before} ${wish}` : wish;
  return screenWords(line) + screenWords(title) <= MAX_SCREEN_WORDS
    ? attributed(asQuote(line), spoken)
    : null;
}

/** How many of a slide's last sentences its closing thanks may be said in (the rest closing words or procedure). */
const THANKS_REACH = 3;
/** Fewest words a thanks says after its "for": what was done, not a courtesy. */
const THANKS_FOR_WORDS = 4;

/**
 * The thanks for what was done that the speech's last slide of prose closes on (lexicon.ts
 * THANKS_FOR): "Today, we give thanks for the sacrifices he made and for the immeasurable good that
 * he did." (Fowler, Lords tribute 2021, judge35: the last slide showed "The visible presence of
 * Prince Philip…", an earlier sentence, and the thanks was on no slide), said in the slide's last
 * THANKS_REACH sentences, saying THANKS_FOR_WORDS words after its "for" and never only the room's
 * courtesy ("Thank you all for coming."); else null.
 */
export function thanksForLine(sentences: readonly string[], maxWords: number, lang = ''): string | null {
  const p = thanksForPattern(lang);
  if (!p) return null;
  const said = sentences.map((s) => s.trim()).filter(Boolean);
  for (let k = said.length - 1; k >= Math.max(0, said.length - THANKS_REACH); k--) {
    const s = said[k]!;
    const m = p.thanks.exec(s);
    if (!m) continue;
    const reason = s.slice(m.index + m[0].length);
    if (wordsOf(reason).length < THANKS_FOR_WORDS || p.presence.test(reason)) continue;
    const line = asLine(s);
    const n = wordsOf(line).length;
    if (n >= MIN_WORDS && n <= maxWords && !asksForAnswer(line) && /^\p{Lu}/u.test(line)) return line;
  }
  return null;
}

/** The slide's closing thanks for what was done (thanksForLine) as its quote, or null when it is shown. */
export function thanksForBlock(
  planned: PlannedSlide,
  title: string,
  shown: string,
  lang: string,
): Block | null {
  const { own, spoken } = ownLines(planned);
  const line = thanksForLine(own, MAX_SCREEN_WORDS - screenWords(title) - 3, lang);
  return line && !shown.includes(line) ? attributed(asQuote(line), spoken) : null;
}
