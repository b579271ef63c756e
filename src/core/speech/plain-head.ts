/**
 * The head of a plain-text speech: its title line, and the front matter under it (a news lead,
 * an event line) that sits above a dateline and goes to the title slide.
 */
import { PARA_END, type RawPara } from './reflow';
import { catalogueHeading, isOpening, isSpokenLine, isTitleLine } from './speech-parts';
import {
  hasCalendarDate,
  isDateline,
  isHeaderLine,
  isNumberedHead,
  roleBylineName,
  structureKind,
  withoutEmphasisMarks,
} from './structure';
import { wordsOf } from './text';
import { isPlaceOrPeople } from './names';
import { mainScript } from './turn-head';
import { speakerLabel } from './mask';

/** "Tempe, Arizona": a town, then its state or country, each a few capitalised words. */
const TOWN_AND_REGION =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$/u;

/**
 * A place on a line of its own, as a transcript heads the talk with where it was given ("Tempe,
 * Arizona" above "Thank you, President Britt."): a dateline without its date, never the title.
 */
export function isPlaceLine(text: string): boolean {
  const m = TOWN_AND_REGION.exec(text.trim());
  return !!m && isPlaceOrPeople(m[1]!);
}

/** A hall by the word that ends its name ("South Lawn", "East Room", "Rose Garden", "Cross Hall"). */
const VENUE =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:Lawn|Room|Garden|Hall|Ballroom|Auditorium|Portico|Colonnade|Terrace|Courtyard|Pavilion)$/u;

/** A hall on a line of its own ("South Lawn", "East Room"): where the talk was given, never its name. */
export function isVenueLine(text: string): boolean {
  const t = withoutEmphasisMarks(text).trim();
  return wordsOf(t).length <= 4 && VENUE.test(t);
}

/** Lines a header block under a title holds at most. */
const MAX_HEAD_BLOCK = 6;

/**
 * A line of the header block a file written one line a paragraph puts under its title: the
 * editor's dateline ("——2025 年 3 月 5 日在…会议上"), a byline ("国务院总理 李强"), a dateline
 * ("نيويورك، 24 أيلول/سبتمبر 2024"), the salutation ("各位代表:"), or the title said again in
 * another script ("The UNSG address to the General Assembly" under an Arabic title).
 */
function headBlockLine(text: string, title: string): 'frame' | 'line' | null {
  const t = text.trim();
  if (/^[—―]/u.test(t) || structureKind(t) !== null) return 'frame';
  if (isHeaderLine(t)) return 'line';
  return isTitleLine(t) && mainScript(t) !== mainScript(title) ? 'line' : null;
}

/**
 * Whether the first line of a file written one line a paragraph stands over a header block: a
 * few single lines, one of them a dateline, byline or salutation (`headBlockLine`), then the
 * speech's first sentence. The line is then the title, as a printed report sets it
 * ("政府工作报告" over "——2025 年 3 月 5 日在…" / "国务院总理 李强" / "各位代表:").
 */
function overHeadBlock(paras: readonly RawPara[]): boolean {
  const title = paras[0]!.text;
  if (wordsOf(title).length > 12) return false;
  let framed = false;
  let j = 1;
  for (; j <= MAX_HEAD_BLOCK && paras[j] && !paras[j]!.ownBlock; j++) {
    const kind = headBlockLine(paras[j]!.text, title);
    if (!kind) break;
    framed ||= kind === 'frame';
  }
  const said = paras[j];
  return framed && j > 1 && !!said && !said.ownBlock && /[.!?。！？]["”’»」]?$/u.test(said.text.trim());
}

/** The title line of a plain speech, if its first paragraph is one. */
export function plainTitle(paras: RawPara[]): string | null {
  const first = paras[0];
  const next = paras[1];
  if (!first || !next || first.bullet || first.lines.length > 1) return null;
  // a file written one line a paragraph has no blocks: its first line is a title when it is a
  // short unpunctuated line above a sentence ("Prioridades del Secretario General para el 2021")
  // (an editor's line under it, "――明治四十四年八月和歌山において述――", is looked past)
  const below = /^[—―]/u.test(next.text) && paras[2] ? paras[2] : next;
  // (an archive's catalogue heading on the first line, however long, is one: "Transkripsi Arahan
  // Presiden Joko Widodo saat Penutupan Perdagangan Bursa Efek Indonesia (BEI) Tahun 2017 29
  // Desember 2017 …" over "Bismillahirahmanirahim", judge27)
  const catalogued = !PARA_END.test(first.text) && !!catalogueHeading(first.text);
  if (
    !first.ownBlock &&
    !catalogued &&
    (below.ownBlock || wordsOf(first.text).length > 12 || !PARA_END.test(below.text)) &&
    !overHeadBlock(paras)
  )
    return null;
  // an editor's dateline under no title ("——四月八日在黄埔军官学校讲") is no title; nor is the
  // first section's numbered head ("一 はじめに", "I. Introduction"): the speech has no title line
  if (/^[—―]/u.test(first.text) || isNumberedHead(first.text)) return null;
  // a place above a time is a dateline ("East Room" / "8:06 P.M. EDT"), not a title; a transcript
  // may set the place in italics ("*South Lawn*" / "2:08 P.M. EDT")
  const line = withoutEmphasisMarks(first.text);
  if (
    isHeaderLine(next.text) &&
    /\d{1,2}[:.]\d{2}\s*[AaPp]\.?\s?[Mm]\b|\b\d{1,2}:\d{2}\b/u.test(next.text) &&
    wordsOf(line).length <= 4 &&
    isHeaderLine(line)
  )
    return null;
  if (isPlaceLine(line)) return null;
  // so is a room or a lawn above the first turn of a transcript, with no time under it ("South
  // Lawn" / "PRESIDENT BIDEN:  Well, welcome to the White House."): the hall, not the talk's name
  if (isVenueLine(line) && speakerLabel(next.text)) return null;
  // "Remarks by …" on a line of its own at the top is the talk's title; "By Jane Doe" is not
  const kind = structureKind(first.text);
  // nor is a role labelling the speaker ("President: Ronald Reagan"): the name goes to the speaker slot
  const titleKind =
    !kind || (kind === 'byline' && !/^(?:by\s|[—–-])/iu.test(first.text) && !roleBylineName(first.text));
  // a transcript's line ("THE PRESIDENT:  Giving all praise and honor to God.  (Applause.)") is speech
  // an archive's catalogue heading is the title however long and whatever ends it ("Toast prononcé
  // par M. Jacques CHIRAC, Président de la République, à l'occasion du dîner d'État …", judge22)
  if ((first.ownBlock || catalogued) && catalogueHeading(first.text)) return first.text;
  return isTitleLine(first.text) && !isSpokenLine(first.text) && !isOpening(first.text) && titleKind
    ? first.text
    : null;
}

/**
 * Whether paragraph `i`, near the top under a title, is front matter above a dateline: a news
 * lead or an event line with the dateline within the next two paragraphs ("… asegura el titular
 * de la ONU." / "Reunión informativa …" / "Nueva York, 28 de enero de 2021"). It goes to the title slide.
 */
export function frontMatterAbove(paras: readonly RawPara[], i: number): boolean {
  const t = paras[i]?.text ?? '';
  if (i > 3 || t.length > 400 || wordsOf(t).length > 45) return false;
  // a calendar date with the speech still to come below it (a time stamp ends a transcript)
  const dated = (p: RawPara | undefined) =>
    !!p &&
    p.text.length <= 200 &&
    hasCalendarDate(p.text) &&
    paras.indexOf(p) < paras.length - 2 &&
    (structureKind(p.text) === 'dateline' || (isHeaderLine(p.text) && isDateline(p.text)));
  return (
    dated(paras[i + 1]) ||
    (dated(paras[i + 2]) && paras[i + 1]!.text.length <= 400 && wordsOf(paras[i + 1]!.text).length <= 45)
  );
}
