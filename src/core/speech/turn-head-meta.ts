/**
 * What a transcript's head tells the title slide (turn-head.ts): the talk's title when the title
 * line is the publisher's in another language or the head repeats its own heading, the speaker
 * its labels name, the hall and the date. The head's lines stay the title slide's notes.
 */
import type { SpeechMeta } from '../deck';
import { detectLanguage, primaryLanguage } from '../language';
import { learnFromOpening } from './plain';
import { paraLines, type RawPara } from './reflow';
import { catalogueHeading, isTitleLine } from './speech-parts';
import { isHeaderLine, structureKind } from './structure';
import { unshout, wordsOf } from './text';
import {
  inOtherLanguage,
  namedTurnOpening,
  namesSpeaker,
  repeatedHeading,
  soleSpeaker,
  turnHeadEnd,
} from './turn-head';

/** A line that only says what kind of talk this is ("Remarks", "تصريحات", "Declaraciones"): no event. */
const GENRE =
  /^(?:remarks|statement|speech|address|transcript|تصريحات|كلمة|خطاب|بيان|declaraciones|discurso|palabras|intervención|déclaration|discours|allocution|заявление|выступление|речь|стенограмма|rede|ansprache|erklärung)$/iu;

/** Content words two lines share (folded, longer than three letters). */
const shared = (a: string, b: string) => {
  const words = new Set(wordsOf(b.toLowerCase()));
  return wordsOf(a.toLowerCase()).filter((w) => w.length > 3 && words.has(w)).length;
};

/**
 * Reads a transcript's head, the paragraphs from `i` above its first turn, into `meta`; `titled`:
 * the speech has a title line (`meta.title` holds it). Returns where the head ends (`i`: none).
 */
export function readTurnHead(
  paras: readonly RawPara[],
  i: number,
  end: number,
  meta: SpeechMeta,
  titled: boolean,
): number {
  const headEnd = turnHeadEnd(paras, i, end);
  if (headEnd <= i) {
    // a record that opens on its speaker's label alone, no head above it ("Dr. Johann Wadephul
    // (CDU/CSU):", then the speech): the label is the title slide's, its one speaker the talk's
    // (a record that opens on its label and first words, "В.Путин: Уважаемые сенаторы!", keeps
    // them where they are, and its one speaker is the talk's too)
    const opening = i < end ? namedTurnOpening(paras[i]!) : null;
    if (!opening) return i;
    const speaker = soleSpeaker(paras.slice(i, end));
    if (speaker && !meta.speaker) meta.speaker = fullName(unshout(speaker), []);
    return opening === 'label only' ? i + 1 : i;
  }
  const raw = paras.slice(i, headEnd).map(paraLines);
  const head = raw.map((text) => text.replace(/\s+/gu, ' '));
  const body = paras
    .slice(headEnd, end)
    .map((p) => p.text)
    .join('\n\n');
  const lang = primaryLanguage(detectLanguage(body));
  const speaker = soleSpeaker(paras.slice(headEnd, end));
  const headlines: string[] = [];
  for (const [n, line] of head.entries()) {
    // the publisher's line in another language ("The White House") is the notes' only
    if (inOtherLanguage(line, body, lang)) continue;
    if (speaker && !meta.speaker && namesSpeaker(line, speaker)) meta.speaker = line;
    else if (structureKind(line) !== null || isHeaderLine(line)) {
      // (a venue's lines stay lines: "JW Marriott Hotel Hanoi" / "Hanoi, Vietnam" is two parts of the place)
      if (!GENRE.test(line)) learnFromOpening(raw[n]!, meta);
    } else if (isTitleLine(line) && wordsOf(line).length >= 3) headlines.push(line);
  }
  const own = repeatedHeading(head);
  if (!titled || inOtherLanguage(meta.title, body, lang)) {
    const heading = own ?? headlines[0];
    // a catalogue heading under the publisher's lines ("Declaraciones del Presidente Obama y el
    // Presidente Calderón en el Brindis durante la Cena" below "The White House"): its kind and
    // occasion title the talk; its speaker and office are the one whose turns the transcript has
    const cat = heading ? catalogueHeading(heading) : null;
    if (cat) {
      meta.title = cat.title;
      if (cat.date) meta.date ??= cat.date;
      if (speaker && namesSpeaker(speaker, cat.speaker!)) {
        meta.speaker ??= cat.speaker;
        if (cat.role) meta.role ??= cat.role;
      }
    } else if (heading) {
      meta.title = heading;
      // a running head the title repeats ("Department Press Briefings …") is no event
      if (meta.event && shared(meta.event, heading) >= 2) delete meta.event;
    }
  } else if (headlines[0] && headlines[0] !== meta.title) meta.subtitle ??= headlines[0];
  if (speaker && !meta.speaker) meta.speaker = fullName(unshout(speaker), head);
  return headEnd;
}

/**
 * A speaker labelled by initial and surname ("В.Путин") as the head names him in full
 * ("Владимир Путин выступил на заседании…" → "Владимир Путин"); else the label's name, spaced as
 * a title slide prints it ("В. Путин", "В. В. Путин").
 */
function fullName(speaker: string, head: readonly string[]): string {
  const initial = /^(\p{Lu})\.\s?(?:\p{Lu}\.\s?)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(speaker);
  if (!initial) return speaker;
  const named = new RegExp(String.raw`(?<!\p{L})(${initial[1]}\p{Ll}+)\s+${initial[2]}(?!\p{L})`, 'u');
  for (const line of head) {
    const m = named.exec(line);
    if (m) return `${m[1]} ${initial[2]}`;
  }
  return speaker.replace(/(?<=\p{Lu}\.)(?=\p{Lu})/gu, ' ');
}
