/**
 * The head of a plain-text speech: its title line, and the front matter under it (a news lead,
 * an event line) that sits above a dateline and goes to the title slide.
 */
import type { RawPara } from './reflow';
import { isOpening, isSpokenLine, isTitleLine } from './speech-parts';
import { hasCalendarDate, isDateline, isHeaderLine, roleBylineName, structureKind } from './structure';
import { wordsOf } from './text';
import { isPlaceOrPeople } from './names';

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

/** The title line of a plain speech, if its first paragraph is one. */
export function plainTitle(paras: RawPara[]): string | null {
  const first = paras[0];
  const next = paras[1];
  if (!first || !next || first.bullet || first.lines.length > 1) return null;
  // a file written one line a paragraph has no blocks: its first line is a title when it is a
  // short unpunctuated line above a sentence ("Prioridades del Secretario General para el 2021")
  // (an editor's line under it, "――明治四十四年八月和歌山において述――", is looked past)
  const below = /^[—―]/u.test(next.text) && paras[2] ? paras[2] : next;
  if (
    !first.ownBlock &&
    (below.ownBlock || wordsOf(first.text).length > 12 || !/[.!?。！？]$/u.test(below.text))
  )
    return null;
  // an editor's dateline under no title ("——四月八日在黄埔军官学校讲") is no title
  if (/^[—―]/u.test(first.text)) return null;
  // a place above a time is a dateline ("East Room" / "8:06 P.M. EDT"), not a title
  if (
    isHeaderLine(next.text) &&
    /\d{1,2}[:.]\d{2}\s*[AaPp]\.?\s?[Mm]\b|\b\d{1,2}:\d{2}\b/u.test(next.text) &&
    wordsOf(first.text).length <= 4 &&
    isHeaderLine(first.text)
  )
    return null;
  if (isPlaceLine(first.text)) return null;
  // "Remarks by …" on a line of its own at the top is the talk's title; "By Jane Doe" is not
  const kind = structureKind(first.text);
  // nor is a role labelling the speaker ("President: Ronald Reagan"): the name goes to the speaker slot
  const titleKind =
    !kind || (kind === 'byline' && !/^(?:by\s|[—–-])/iu.test(first.text) && !roleBylineName(first.text));
  // a transcript's line ("THE PRESIDENT:  Giving all praise and honor to God.  (Applause.)") is speech
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
