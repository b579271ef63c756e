/**
 * Line tools the deck importers share: which lines are inside fenced code (a `---` there is code,
 * not a slide break), cutting a file into slides at separator lines, and taking parts out of a
 * slide's text without moving what stays (every line keeps its number, so warnings and slides
 * point at the right place in the file).
 */
import { LineIndex } from '../text';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** For each line: is it part of a fenced code block (its fences included)? */
export function fencedLines(lines: readonly string[]): boolean[] {
  const inside: boolean[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const m = FENCE.exec(line);
    if (fence) {
      inside.push(true);
      if (m && m[1]!.charAt(0) === fence.charAt(0) && m[1]!.length >= fence.length && line.trim() === m[1])
        fence = null;
    } else {
      // a backtick fence's info string may not hold a backtick: "```js`" is not a fence
      if (m && !(m[1]!.startsWith('`') && line.slice(m[0].length).includes('`'))) fence = m[1]!;
      inside.push(fence !== null);
    }
  }
  return inside;
}

/** A piece of the file: its text and the 0-based line it starts on. */
export interface Piece {
  text: string;
  line: number;
}

/** A slide's piece of the file, with the separator that opened it and its own settings block. */
export interface SlidePiece extends Piece {
  /** 0-based line of the separator before it; null for the first piece. */
  separatorLine: number | null;
  /** The settings lines that came with the separator (a Slidev slide's front matter), if any. */
  settings: Piece | null;
}

/**
 * Cuts `text` into pieces at the lines `separator` picks (outside fenced code). `separator` says
 * how many lines the separator takes: 1 for the line alone, n > 1 for a block that opens with it
 * and ends n - 1 lines further (a Slidev `---` / settings / `---`), whose inner lines become the
 * next piece's `settings`; separator lines belong to no piece. 0 breaks before the line, which
 * opens the next piece (Marp's `headingDivider`), unless the piece before is still blank.
 */
export function splitPieces(
  text: string,
  separator: (line: string, index: number, lines: readonly string[]) => number | false,
): SlidePiece[] {
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const pieces: SlidePiece[] = [];
  let start = 0;
  let separatorLine: number | null = null;
  let settings: Piece | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const taken = separator(lines[i]!, i, lines);
    if (taken === false) continue;
    if (taken === 0) {
      // a break before this line, which starts the next piece; none when this one is still empty
      if (lines.slice(start, i).every((l) => l.trim() === '')) continue;
      pieces.push({ text: lines.slice(start, i).join('\n'), line: start, separatorLine, settings });
      start = i;
      separatorLine = i;
      settings = null;
      continue;
    }
    pieces.push({ text: lines.slice(start, i).join('\n'), line: start, separatorLine, settings });
    separatorLine = i;
    settings = taken > 1 ? { text: lines.slice(i + 1, i + taken - 1).join('\n'), line: i + 1 } : null;
    start = i + taken;
    i = start - 1;
  }
  pieces.push({ text: lines.slice(start).join('\n'), line: start, separatorLine, settings });
  return pieces;
}

/** Offsets [start, end) of the fenced code blocks in `text`. */
export function fencedRanges(text: string): Array<[number, number]> {
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const ranges: Array<[number, number]> = [];
  let at = 0;
  lines.forEach((line, i) => {
    const end = at + line.length + 1;
    if (fenced[i]) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === at) last[1] = end;
      else ranges.push([at, end]);
    }
    at = end;
  });
  return ranges;
}

/** A match of a pattern outside fenced code, with the 0-based line (in `text`) where it starts. */
export interface Found {
  match: RegExpExecArray;
  line: number;
  column: number;
}

/** The matches of a global pattern in `text` that do not start inside fenced code. */
export function findOutsideCode(text: string, pattern: RegExp): Found[] {
  const code = fencedRanges(text);
  const index = new LineIndex(text);
  const found: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (code.some(([s, e]) => at >= s && at < e)) continue;
    const pos = index.pos(at);
    found.push({ match: match as RegExpExecArray, line: pos.line - 1, column: pos.column });
  }
  return found;
}

/**
 * `text` with the given ranges taken out; the line breaks inside them stay, so every line after
 * keeps its number.
 */
export function takeOut(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, '');
    at = end;
  }
  return out + text.slice(at);
}

/** Whether a piece of text holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
