/**
 * Guards in front of the Markdown parser, so hostile input finishes quickly:
 * - nesting (quotes, lists) deeper than MAX_NESTING is refused with a located error;
 * - a single block longer than MAX_BLOCK_CHARS is refused (the parser slows down badly on them);
 * - large documents are cut into chunks at safe blank lines (outside fences), each parsed alone,
 *   which keeps the parser's cost linear in the size of the speech.
 */
import { SpeechError } from '../deck';

export const MAX_NESTING = 32;
export const MAX_BLOCK_CHARS = 200_000;
/** Chunks are cut at the first safe point after this many characters. */
export const CHUNK_CHARS = 32_000;

export interface Chunk {
  text: string;
  /** Offset of the chunk in the whole text. */
  offset: number;
  /** 0-based line of the chunk's first line in the whole text. */
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CONTAINER = /[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y;

function nesting(line: string): number {
  let depth = 0;
  CONTAINER.lastIndex = 0;
  let at = 0;
  while (depth <= MAX_NESTING) {
    CONTAINER.lastIndex = at;
    const m = CONTAINER.exec(line);
    if (!m) break;
    depth++;
    at = CONTAINER.lastIndex;
  }
  if (depth > 0) depth += Math.floor((line.length - line.trimStart().length) / 2);
  return depth;
}

/** Checks limits and cuts `text` into chunks. Throws `SpeechError` on input beyond the limits. */
export function chunkMarkdown(text: string, file: string, lineOffset = 0): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let blockStart = 0;
  let blockLine = 0;
  let fence: string | null = null;
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const blank = line.trim() === '';
    if (fence) {
      const m = FENCE.exec(line);
      if (
        m &&
        m[1]?.charAt(0) === fence.charAt(0) &&
        (m[1]?.length ?? 0) >= fence.length &&
        line.trim() === m[1]
      )
        fence = null;
    } else {
      const m = FENCE.exec(line);
      if (m) fence = m[1] ?? null;
      else if (!blank && nesting(line) > MAX_NESTING) {
        throw new SpeechError({
          severity: 'error',
          file,
          line: lineOffset + lineNo + 1,
          column: 1,
          message: `quotes or lists nested deeper than ${MAX_NESTING} levels`,
        });
      }
    }
    if (blank && !fence) {
      blockStart = end + 1;
      blockLine = lineNo + 1;
    } else if (end - blockStart > MAX_BLOCK_CHARS) {
      throw new SpeechError({
        severity: 'error',
        file,
        line: lineOffset + blockLine + 1,
        column: 1,
        message: `a block of more than ${MAX_BLOCK_CHARS.toLocaleString('en')} characters without a blank line; split it into paragraphs`,
      });
    }
    const next = nl < 0 ? text.length + 1 : nl + 1;
    if (blank && !fence && pos - chunkStart >= CHUNK_CHARS && next < text.length) {
      const following = text.slice(next, next + 8);
      if (/^[^\s>|*+\-\d]/u.test(following)) {
        chunks.push({ text: text.slice(chunkStart, next), offset: chunkStart, line: chunkLine });
        chunkStart = next;
        chunkLine = lineNo + 1;
      }
    }
    if (nl < 0) break;
    pos = next;
    lineNo++;
  }
  chunks.push({ text: text.slice(chunkStart), offset: chunkStart, line: chunkLine });
  return chunks;
}
