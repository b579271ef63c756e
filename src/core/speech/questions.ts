/**
 * A transcript's questions and answers as a designer sets them: the question is on screen, cut to
 * its point, over the answer's line; the questions start apart from the prepared statement; the
 * deck never closes on a reporter's "Thank you, Mr. President."; and a letter the speaker reads
 * out is not shown as words he says to the room.
 */
import type { Block } from '../deck';
import { maskForScreen, speakerLabel, tidyMasked } from './mask';
import { textInline, type Section, type SpokenPara } from './model';
import { sentencesOf } from './segment';
import { isClosing } from './speech-parts';
import { structureKind } from './structure';
import { capitalize, sameStem, wordsOf } from './text';
import { isReporterLabel } from './turn-labels';

/**
 * A form of address or a hedge a question opens with: "Mr. President, sir, …", "And, also, …", and
 * in other languages "Monsieur le Président, …", "Señor Presidente, …", "Herr Bundeskanzler, …",
 * "سيدي الرئيس، …", a Russian name and patronymic "Владимир Владимирович, …".
 */
const VOCATIVE =
  /^(?:(?:(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.?\s+(?:Vice\s+)?(?:President|Secretary|Speaker|Prime\s+Minister|Chairman|Chairwoman|Chancellor|Ambassador|Minister|Director|Governor)|sir|ma['’]am|and|also|so|now|well|then|(?:Monsieur|Madame)\s+(?:le|la)\s+\p{L}+(?:\s+ministre)?|Señora?\s+(?:President[ea]|Secretari[oa]|Ministr[oa]|Embajador(?:a)?|Canciller)|(?:Herr|Frau)\s+(?:Bundeskanzler(?:in)?|Präsident(?:in)?|Minister(?:in)?)|(?:Господин|Госпожа)\s+(?:Президент|Министр|Посол)|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:ович|евич|ич|овна|евна|ична|инична)|(?:سيدي|سيدتي)\s+(?:الرئيس|الرئيسة|الوزير|الوزيرة|السفير|السفيرة))\s*[,،]\s*)+/iu;
/** Words a question line on screen may have. */
export const MAX_QUESTION_WORDS = 25;
/** Thanks said to the speaker by title: "Thank you, Mr. President.", "Thank you, Madam Secretary." */
const ADDRESSED_THANKS =
  /^(?:thank\s+you|thanks)(?:\s+(?:very\s+much|so\s+much))?,\s*(?:(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.?\s+\p{Lu}|sir\b|ma['’]am\b)/iu;

/** Whether the paragraph opens a reporter's question ("Q. Mr. President, …"). */
export function asksQuestion(p: SpokenPara): boolean {
  if (p.voice !== 'audience') return false;
  const label = speakerLabel(p.text);
  return !!label && isReporterLabel(label);
}

/**
 * The sections with the questions apart from the prepared statement: a section of prose in which the
 * speaker talks before the first reporter's question is cut there, so that the first answer never
 * shares a slide with the statement's end.
 */
export function questionsApart(sections: Section[]): Section[] {
  return sections.flatMap((s) => {
    if (!s.plannable) return [s];
    const first = s.paras.findIndex(asksQuestion);
    if (first <= 0 || !s.paras.slice(0, first).some((p) => !p.voice && !p.spokenOnly)) return [s];
    const rest = s.paras.slice(first);
    return [
      { ...s, paras: s.paras.slice(0, first) },
      { ...s, paras: rest, pos: rest[0]!.pos },
    ];
  });
}

/**
 * A closing said by the room, not by the speaker: thanks that address the speaker by title ("Thank
 * you, Mr. President."), ending a transcript with reporters' questions. Its paragraphs belong to the
 * last answer's notes: the deck closes on the speaker's last answer, never on the reporter's thanks.
 */
export function withoutRoomClosing(sections: Section[]): Section[] {
  const last = sections[sections.length - 1];
  const body = sections.findLastIndex((s) => s.plannable);
  if (!last || last.layout !== 'closing' || last.screen !== undefined || last.title !== undefined)
    return sections;
  if (body < 0 || !sections[body]!.paras.some(asksQuestion)) return sections;
  const room = (p: SpokenPara) => {
    const said = tidyMasked(maskForScreen(p.text));
    return (
      (p.voice === 'audience' || !speakerLabel(p.text)) &&
      ADDRESSED_THANKS.test(said) &&
      (isClosing(said) || structureKind(said) === 'thanks')
    );
  };
  if (!last.paras.length || !last.paras.every(room)) return sections;
  const paras = last.paras.map((p) => ({ ...p, spokenOnly: true }));
  return sections.slice(0, -1).map((s, i) => (i === body ? { ...s, paras: [...s.paras, ...paras] } : s));
}

/** Where a long question's point ends: a clause of another question or of detail after it. */
const TAIL =
  /(?:;|,)\s+(?:and|or|but|whether|when|where|which|who|if|such\s+as|for\s+instance|and\s+(?:also|secondly|second)|or\s+(?:what|how|do|does|is|are|will|would|can))\b|,\s+(?=(?:do|does|did|is|are|will|would|can|could|how|what|why)\s)/iu;
/** A question said to be one ("And the second question is, are you …?"): the words before it. */
const SAID_FRAME =
  /^(?:and\s+)?(?:the|my|a)\s+(?:\p{L}+\s+){0,2}questions?\s+(?:is|was|would\s+be)\s*[,:]?\s+(?=\p{L})/iu;
/** A frame that opens a question: "a two-part question on legislation:". */
const FRAME = /^[^:?]{0,60}\bquestions?\b[^:?]{0,40}:\s*/iu;

/** A question sentence cut to its first clause when it is long: "Do you …, and do you think …?" → "Do you …?". */
function cutQuestion(q: string, max: number): string {
  let point = capitalize(q.replace(FRAME, '').replace(VOCATIVE, '').replace(SAID_FRAME, '').trim());
  if (wordsOf(point).length <= max) return point;
  const tail = TAIL.exec(point);
  if (tail && wordsOf(point.slice(0, tail.index)).length >= 5)
    point = `${point.slice(0, tail.index).trim()}?`;
  // a question that asks one thing or another: the first ("… interfere with our objectives there or make …")
  const or = /\s+or\s+/iu.exec(point);
  if (wordsOf(point).length > max && or && wordsOf(point.slice(0, or.index)).length >= 6)
    point = `${point.slice(0, or.index).replace(/[,;]$/u, '')}?`;
  // still long: its first clause that asks ("Are you concerned that there might be a sabotage, so
  // to speak, of your policies by programs that …?" → "… a sabotage?")
  if (wordsOf(point).length > max) {
    const clause = [...point.matchAll(/,\s/gu)].find((m) => wordsOf(point.slice(0, m.index)).length >= 6);
    if (clause) point = `${point.slice(0, clause.index)}?`;
  }
  return point;
}

/** Words of a line, folded, for "says the same thing" tests. */
const contentWords = (s: string) => wordsOf(s.toLowerCase()).filter((w) => w.length > 3);

/**
 * A question cut to its point for the screen: a sentence of the reporter's that asks (ends on "?"),
 * without its form of address ("Mr. President, sir,") and cut after its first clause when it is
 * long, of at most `max` words: the one that shares most words with the answer's `line`, else the
 * last (a reporter ends on what she asks). Null when the reporter asks nothing in so few words.
 */
export function questionPoint(
  paras: readonly SpokenPara[],
  lang: string,
  max = MAX_QUESTION_WORDS,
  line = '',
): string | null {
  const answer = contentWords(line);
  let best: { point: string; score: number } | null = null;
  for (const p of paras) {
    const said = tidyMasked(maskForScreen(p.text));
    for (const s of sentencesOf(said, lang)) {
      // a question mark in any script: "?", the Arabic "؟", the full-width "？"
      const q = s.trim().replace(/\s+([?؟？])$/u, '$1');
      if (!/[?؟？]$/u.test(q)) continue;
      const point = cutQuestion(q, max);
      const n = wordsOf(point).length;
      if (n < 3 || n > max) continue;
      const words = contentWords(point);
      const score = words.filter((w) => answer.some((a) => a === w || sameStem(a, w))).length;
      if (!best || score >= best.score) best = { point, score };
    }
  }
  return best?.point ?? null;
}

/** The question line as set on screen, above the answer. */
export function questionBlock(question: string): Block {
  return { type: 'paragraph', children: [{ type: 'emphasis', children: textInline(question) }] };
}

/** A paragraph that is wholly a quotation the speaker reads out (“I am glad to know that …”). */
export function isReadOut(p: SpokenPara): boolean {
  const said = tidyMasked(maskForScreen(p.text)).trim();
  const marks = said.match(/["“”«»„]/gu) ?? [];
  return marks.length === 2 && /^["“«„]/u.test(said) && /["”»“]$/u.test(said) && wordsOf(said).length >= 8;
}

/** Whether the sentence is said in the paragraph (its first 40 characters, in any case). */
const saidIn = (s: string, p: SpokenPara) =>
  tidyMasked(maskForScreen(p.text)).toLowerCase().includes(s.trim().slice(0, 40).toLowerCase());

/**
 * The sentences without those of a letter or text the speaker reads out: its words are not his to
 * the room, so they are no slide's line; the sentences as they are when nothing else is left.
 */
export function withoutReadOut(sentences: readonly string[], paras: readonly SpokenPara[]): string[] {
  const read = paras.filter(isReadOut);
  if (!read.length) return [...sentences];
  const rest = sentences.filter((s) => !read.some((p) => saidIn(s, p)));
  return rest.length ? rest : [...sentences];
}

/**
 * The slide's blocks with the question they answer above them: the exchange whose answer says the
 * slide's line (else the slide's first exchange) opens with a reporter's question, and its point
 * fits the screen with the title and the line (`room`: words left on screen). The blocks as they
 * are otherwise. A slide with nothing else to show (a question and the speaker's first stumble,
 * "Of the—you said Iran…", judge17) shows the question alone rather than its title alone.
 */
export function withQuestion(
  blocks: Block[],
  line: string,
  paras: readonly SpokenPara[],
  lang: string,
  room: number,
): Block[] {
  if (!paras.some(asksQuestion)) return blocks;
  const groups: SpokenPara[][] = [];
  for (const [i, p] of paras.entries()) {
    if (!groups.length || (asksQuestion(p) && !asksQuestion(paras[i - 1]!))) groups.push([]);
    groups[groups.length - 1]!.push(p);
  }
  const asking = groups.filter((g) => asksQuestion(g[0]!));
  const group = (line && asking.find((g) => g.some((p) => !p.voice && saidIn(line, p)))) || asking[0];
  if (!group) return blocks;
  const question = group.filter((p) => p.voice === 'audience');
  const point = questionPoint(question, lang, Math.min(MAX_QUESTION_WORDS, room), line);
  return point ? [questionBlock(point), ...blocks] : blocks;
}
