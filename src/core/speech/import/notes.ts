/**
 * A slide's speaker notes → the spoken paragraphs of an imported deck. For an imported deck the
 * notes ARE the speech: every word of them is kept, in order, whatever Markdown they hold (a list
 * in the notes is said item by item; code is said as written; HTML tags are taken off their text).
 */
import type { RootContent } from 'mdast';
import { inlineText, type Inline } from '../../deck';
import { parsePlainInline, phrasingToInline } from '../inline';
import { parseMarkdown, unwrap } from '../markdown';
import type { SpokenPara } from '../model';

/** The notes of a slide as found in the file. */
export interface NoteText {
  text: string;
  /** 0-based line of the file where `text` starts. */
  line: number;
  /** 1-based column where `text` starts on that line. Default 1. */
  column?: number;
  /** Markdown (reveal.js, Slidev) or plain text (Marp shows its notes as written). */
  markdown: boolean;
}

/** Every spoken paragraph of a slide's notes, in order. */
export function notesParas(notes: readonly NoteText[], file: string): SpokenPara[] {
  const out: SpokenPara[] = [];
  for (const note of notes) {
    if (note.markdown) markdownParas(note, file, out);
    else plainParas(note, out);
  }
  return out;
}

function push(out: SpokenPara[], inlines: Inline[], line: number, column: number): void {
  const text = inlineText(inlines);
  if (text.trim()) out.push({ text, inlines, pos: { line, column } });
}

function markdownParas(note: NoteText, file: string, out: SpokenPara[]): void {
  parseMarkdown(note.text, file, note.line, (node, offset) => collect(node, offset, out));
}

/** Text of raw HTML in the notes, its tags taken off ("<b>now</b>" → "now"). */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .trim();
}

function collect(node: RootContent, offset: number, out: SpokenPara[]): void {
  const line = (node.position?.start.line ?? 1) + offset;
  const column = node.position?.start.column ?? 1;
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      push(out, unwrap(phrasingToInline(node.children)), line, column);
      return;
    case 'list':
      for (const item of node.children) for (const child of item.children) collect(child, offset, out);
      return;
    case 'blockquote':
      for (const child of node.children) collect(child, offset, out);
      return;
    case 'code':
      push(out, [{ type: 'text', value: node.value }], line, column);
      return;
    case 'html':
      push(out, [{ type: 'text', value: htmlText(node.value) }], line, column);
      return;
    case 'table':
      for (const row of node.children)
        push(
          out,
          [
            {
              type: 'text',
              value: row.children.map((c) => inlineText(phrasingToInline(c.children))).join(', '),
            },
          ],
          line,
          column,
        );
      return;
    default:
      return;
  }
}

/** Plain notes: paragraphs at blank lines, wrapped lines joined, `**` emphasis kept as emphasis. */
function plainParas(note: NoteText, out: SpokenPara[]): void {
  const lines = note.text.split('\n');
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const text = lines
      .slice(start, end)
      .map((l) => l.trim())
      .join(' ');
    push(out, parsePlainInline(text), note.line + start + 1, start === 0 ? (note.column ?? 1) : 1);
    start = -1;
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') flush(i);
    else if (start < 0) start = i;
  });
  flush(lines.length);
}
