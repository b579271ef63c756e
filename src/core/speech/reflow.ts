/**
 * Plain text → paragraphs, whatever the shape of the file: blank-line paragraphs as written,
 * hard-wrapped copies (lines cut at a margin) re-flowed, transcripts with one utterance a line
 * (no blank lines) split at their line ends, bullet lines and structure lines kept on their own.
 * Only whitespace changes: a joined line break becomes one space (none between CJK characters).
 */
import { DAY_MONTH, structureKind } from './structure';
import { speakerLabel } from './mask';
import { catalogueHeading } from './speech-parts';

/** A line that is only a time of day, as transcripts stamp them ("11:50 A.M. EDT", "12:32 P.M."). */
const TIME_STAMP = /^\d{1,2}[:.]\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?$/u;

export interface RawPara {
  /** The paragraph with its lines joined. */
  text: string;
  /** Offset of its first character in the input. */
  offset: number;
  /** Start offsets of each joined line: [offset in `text`, offset in the input]. */
  lines: Array<[number, number]>;
  /** It started with a bullet glyph or a list number. */
  bullet?: boolean;
  /** It is a whole blank-line block on its own (not one line of a block of short lines). */
  ownBlock?: boolean;
}

interface Line {
  text: string;
  offset: number;
  /** A blank line came before it. */
  afterBlank: boolean;
  /** It opens with an ideographic space, as a Chinese or Japanese paragraph does. */
  cjkIndent?: boolean;
  /** The file's first line. */
  first?: boolean;
}

/**
 * A list item's mark at the start of a line: "• x", "- x", "-- x", "* x", "1. x", "(1) x", "a) x", "1 — x",
 * and a dash written straight before a lower-case word ("—to reduce…", "--cut…", as old texts set
 * a list of goals). "——四月八日…" (a CJK dateline) is not one.
 */
export const BULLET_LINE =
  /^(?:(?:[•·◦▪‣●○■□]|--?|[–—](?![–—])|\*(?!\*)|\(?\d{1,2}[.)]|\d{1,2}\s[—–](?=\s+\p{L})|[a-z][.)]|[IVX]{1,4}\.)\s+(?=\S)|(?:--|[–—])(?=\p{Ll}))/u;
/** A list item's line: a bullet mark, but not a date that opens with its day ("6. Februar 1919"). */
export function isBulletLine(text: string): boolean {
  return BULLET_LINE.test(text) && !DAY_MONTH.test(text);
}
const ENDS_SENTENCE = /[.!?。！？؟…:;：；]["'”’»)\]」』]*$/u;
const CJK_EDGE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}，。、；：！？]/u;

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let afterBlank = true;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t)
      out.push({
        text: t,
        offset: offset + lead,
        afterBlank,
        cjkIndent: /^[ \t]*\u3000/u.test(raw),
        ...(out.length ? {} : { first: true }),
      });
    afterBlank = !t;
    offset += raw.length + 1;
  }
  return out;
}

/** The file's shape: the wrap margin (if lines are cut at one) and whether blank lines separate paragraphs. */
export function fileShape(lines: readonly { text: string; afterBlank: boolean }[]): {
  margin: number;
  wrapped: boolean;
  blankParas: boolean;
} {
  const lens = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const margin = lens[Math.floor(lens.length * 0.9)] ?? 0;
  const long = lines.filter((l) => l.text.length >= margin * 0.6 && !ENDS_SENTENCE.test(l.text)).length;
  const wrapped = lines.length >= 4 && margin >= 30 && margin <= 120 && long / lines.length >= 0.3;
  const blocks = lines.filter((l) => l.afterBlank).length;
  return { margin, wrapped, blankParas: blocks >= 3 && blocks >= lines.length / 40 };
}

/** A list number at a line's start ("50. …", "3) …", "(2) …"): in wrapped prose it may be a number the margin pushed there. */
const NUMBER_MARK = /^\(?\d{1,2}[.)]\s/u;

/**
 * A line that opens with a number mark continues the sentence before it when that line runs to
 * the margin and stops mid-sentence: "…at age 30 or 45 or even" / "50. You're working two jobs"
 * is one sentence cut by the wrap, not a list item. A list's own lines stay items: the line before
 * a first item ends on a colon or a sentence, and the next number after an item (`inItem`: the
 * paragraph being joined opened with a mark) is the next item, however its line before ends.
 */
function wrappedNumber(prev: Line, cur: Line, shape: ReturnType<typeof fileShape>, inItem: boolean): boolean {
  return (
    shape.wrapped &&
    !inItem &&
    NUMBER_MARK.test(cur.text) &&
    !isBulletLine(prev.text) &&
    !ENDS_SENTENCE.test(prev.text) &&
    prev.text.length >= shape.margin * 0.8
  );
}

function joins(prev: Line, cur: Line, shape: ReturnType<typeof fileShape>, inItem = false): boolean {
  if (cur.afterBlank) return false;
  if (isBulletLine(cur.text) && !wrappedNumber(prev, cur, shape, inItem)) return false;
  // a line indented with an ideographic space starts a Chinese or Japanese paragraph, whatever the
  // line before it (an editor's "――明治四十四年八月和歌山において述――" above it stays its own line)
  if (cur.cjkIndent) return false;
  // a transcript's time stamp above its first turn, with no blank line between ("11:50 A.M. EDT" /
  // "THE VICE PRESIDENT:  Good morning, Bears."): a header line of its own, never the turn's words
  if (TIME_STAMP.test(prev.text.trim()) && speakerLabel(cur.text)) return false;
  // a hard-wrapped file with blank lines between paragraphs: a block is one paragraph
  if (shape.wrapped && shape.blankParas) return true;
  if (structureKind(prev.text) || structureKind(cur.text)) return false;
  const ended = ENDS_SENTENCE.test(prev.text);
  // an archive's catalogue heading on the first line of a file written a line a paragraph stands
  // alone, however long ("Transkripsi Arahan Presiden Joko Widodo saat Penutupan … Gedung Bursa
  // Efek Indonesia" over "Bismillahirahmanirahim", judge27)
  if (prev.first && !shape.wrapped && !ended && catalogueHeading(prev.text)) return false;
  if (shape.wrapped) {
    // no blank lines: a paragraph ends with a sentence on a line well short of the margin
    return !(ended && prev.text.length < shape.margin * 0.8);
  }
  if (ended) return false;
  // an unpunctuated short line before a capital is a title or a name, not a wrapped sentence
  // (in a script without capitals, a short line before another short line)
  // (CJK wraps anywhere: only a short line before it stands alone)
  const cjkWrap = CJK_EDGE.test(cur.text.charAt(0)) && prev.text.length >= 20;
  const capital =
    /^\p{Lu}/u.test(cur.text) || (!/^\p{Ll}/u.test(cur.text) && cur.text.length < 60 && !cjkWrap);
  const titleLike =
    prev.text.length < 60 && !/[,，、]$/u.test(prev.text) && (capital || wholeParagraph(prev, cur));
  return !titleLike;
}

/** A sentence's last stop, the danda too ("।", or "|" as a scrape types it: "… धन्यवाद |"). */
export const PARA_END = /(?:[.!?。！？؟…।॥]|\s\|)["'”’»)\]」』]*$/u;

/**
 * Whether `cur` is a whole paragraph on one line under a short one, in any script: many times
 * longer, and ending on a sentence's stop ("मन की बात, सितंबर 2018" / a 3,000-word body line
 * ending "… धन्यवाद |"). The short line above is then a title, not the start of a wrapped
 * sentence; a line that opens in lower case goes on with the sentence above it, whatever its length.
 */
function wholeParagraph(prev: Line, cur: Line): boolean {
  return (
    cur.text.length >= 200 &&
    cur.text.length >= 4 * prev.text.length &&
    PARA_END.test(cur.text) &&
    !/^\p{Ll}/u.test(cur.text)
  );
}

/** Paragraphs of a plain-text speech, re-flowed, with their offsets. */
export function plainParagraphs(text: string): RawPara[] {
  const lines = splitLines(text);
  const shape = fileShape(lines);
  const out: RawPara[] = [];
  let cur: RawPara | null = null;
  let prev: Line | null = null;
  lines.forEach((line, k) => {
    if (cur && prev && joins(prev, line, shape, cur.bullet)) {
      const glue = CJK_EDGE.test(cur.text.slice(-1)) && CJK_EDGE.test(line.text.charAt(0)) ? '' : ' ';
      cur.lines.push([cur.text.length + glue.length, line.offset]);
      cur.text += glue + line.text;
    } else {
      cur = { text: line.text, offset: line.offset, lines: [[0, line.offset]] };
      if (isBulletLine(line.text)) cur.bullet = true;
      if (line.afterBlank) cur.ownBlock = true;
      out.push(cur);
    }
    if (
      cur &&
      k + 1 < lines.length &&
      !lines[k + 1]!.afterBlank &&
      !joins(line, lines[k + 1]!, shape, cur.bullet)
    )
      delete cur.ownBlock;
    prev = line;
  });
  return out;
}

/** A paragraph's text with its lines parted again by line breaks ("JW Marriott Hotel Hanoi\nHanoi, Vietnam"). */
export function paraLines(p: RawPara): string {
  return p.lines
    .map((l, k) => p.text.slice(l[0], p.lines[k + 1]?.[0] ?? p.text.length).trim())
    .filter(Boolean)
    .join('\n');
}

/** The input offset of an offset inside a paragraph's joined text. */
export function inputOffset(p: RawPara, at: number): number {
  let best = p.lines[0] ?? [0, p.offset];
  for (const l of p.lines) if (l[0] <= at) best = l;
  return best[1] + (at - best[0]);
}
