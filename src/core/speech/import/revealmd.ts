/**
 * reveal-md / reveal.js Markdown decks: slides at `---` lines, vertical slides at `--` (or
 * reveal-md's `----`) lines, flattened in order; the notes are everything after a `Note:` line and
 * every `<aside class="notes">`; `<!-- .slide: … -->` and `<!-- .element: … -->` attributes are
 * not used (a warning says where). Custom separators from the front matter are honoured when they
 * are a plain line (`separator: <!--s-->`); a pattern Lectern cannot read safely is reported.
 */
import type { SourcePos } from '../../deck';
import { readFrontMatter } from '../front-matter';
import { fencedLines, findOutsideCode, splitPieces, takeOut } from './lines';
import type { NoteText } from './notes';
import type { Notices } from './notices';
import type { ImportedDeck, RawSlide } from './slides';

const FOREIGN = new Set([
  'revealOptions',
  'separator',
  'verticalSeparator',
  'notesSeparator',
  'highlightTheme',
  'scripts',
  'preprocessor',
  'template',
  'listingTemplate',
]);

const ASIDE = /<aside\b[^>]*\bclass\s*=\s*["'][^"']*\bnotes\b[^"']*["'][^>]*>([\s\S]*?)<\/aside\s*>/gi;
const COMMENT = /<!--([\s\S]*?)-->/g;

/** Where a slide's notes start: a line that opens with the notes separator. */
interface NotesMark {
  test(line: string): boolean;
  /** The line without its mark: the first words of the notes. */
  strip(line: string): string;
}

const DEFAULT_NOTES = /^\s*notes?:/i;
const defaultNotes: NotesMark = {
  test: (l) => DEFAULT_NOTES.test(l),
  strip: (l) => l.replace(DEFAULT_NOTES, ''),
};

/** Line breaks at either end of a separator pattern, as reveal-md and reveal.js write them. */
const LINE_BREAK = String.raw`(?:\(\\r\\n\?\|\\n\)|\\r\?\\n|\\n)`;

/**
 * A separator given as a regular expression (reveal-md's own are `^(\r\n?|\n)---(\r\n?|\n)$` and
 * `\r?\n---\r?\n`) as the plain line it stands for, or null when it is a real pattern. Patterns
 * are never run: a speech handed to the speaker must not be able to stall Lectern.
 */
export function separatorLine(pattern: string): string | null {
  const core = pattern
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(new RegExp(`^${LINE_BREAK}`), '')
    .replace(new RegExp(`${LINE_BREAK}$`), '')
    .replace(/^\\s\*/, '')
    .replace(/\\s\*$/, '');
  let line = '';
  for (let i = 0; i < core.length; i++) {
    const c = core[i]!;
    if (c === '\\') {
      const next = core[i + 1];
      if (!next || /[A-Za-z0-9]/.test(next)) return null;
      line += next;
      i++;
    } else if ('^$.*+?()[]{}|'.includes(c)) return null;
    else line += c;
  }
  return line.trim() || null;
}

function literalSeparator(
  value: unknown,
  fallback: readonly string[],
  key: string,
  pos: SourcePos | undefined,
  notices: Notices,
): readonly string[] {
  if (value === undefined || value === null) return fallback;
  const line = typeof value === 'string' ? separatorLine(value) : null;
  if (line !== null) return [line];
  const instead = fallback.length
    ? `${fallback.map((f) => `"${f}"`).join(' and ')} lines`
    : 'lines starting "Note:"';
  notices.add(
    pos ?? { line: 1, column: 1 },
    `${key} "${String(value).slice(0, 60)}" is a pattern Lectern does not run; it splits at ${instead} instead`,
  );
  return fallback;
}

/** Ranges with those inside another dropped (a comment inside a notes aside). */
function outermost(ranges: Array<[number, number]>): Array<[number, number]> {
  return ranges.filter(([s, e]) => !ranges.some(([s2, e2]) => s2 <= s && e <= e2 && (s2 < s || e < e2)));
}

/** Splits one slide's text into what is shown and what is said. */
function slideOf(text: string, line: number, pos: SourcePos, mark: NotesMark, notices: Notices): RawSlide {
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const at = lines.findIndex((l, i) => !fenced[i] && mark.test(l));
  const shown = at < 0 ? text : lines.slice(0, at).join('\n');
  const notes: NoteText[] = [];
  const taken: Array<[number, number]> = [];
  for (const found of findOutsideCode(shown, ASIDE)) {
    notes.push({ text: found.match[1] ?? '', line: line + found.line, column: found.column, markdown: true });
    taken.push([found.match.index, found.match.index + found.match[0].length]);
  }
  for (const found of findOutsideCode(shown, COMMENT)) {
    const where = { line: line + found.line + 1, column: found.column };
    const body = (found.match[1] ?? '').trim();
    if (body.startsWith('.slide:'))
      notices.once(
        '.slide',
        where,
        'reveal.js slide attributes (<!-- .slide: … -->) are not used; the theme sets backgrounds and transitions',
      );
    else if (body.startsWith('.element:'))
      notices.once(
        '.element',
        where,
        'reveal.js element attributes (<!-- .element: … -->) are not used; fragments show at once',
      );
    taken.push([found.match.index, found.match.index + found.match[0].length]);
  }
  if (at >= 0)
    notes.push({
      text: [mark.strip(lines[at]!), ...lines.slice(at + 1)].join('\n'),
      line: line + at,
      markdown: true,
    });
  return { markdown: takeOut(shown, outermost(taken)), line, pos, notes };
}

export function readRevealMd(text: string, file: string, notices: Notices): ImportedDeck {
  const fm = readFrontMatter(text, file, { foreignKeys: FOREIGN });
  for (const w of fm.warnings) notices.add(w, w.message);
  const f = fm.foreign;
  const horizontal = literalSeparator(f.separator?.value, ['---'], 'separator', f.separator?.pos, notices);
  const vertical = literalSeparator(
    f.verticalSeparator?.value,
    ['--', '----'],
    'verticalSeparator',
    f.verticalSeparator?.pos,
    notices,
  );
  // reveal.js's own notes pattern (`^\s*notes?:`) is what Lectern does without being told
  const customNotes =
    typeof f.notesSeparator?.value === 'string' && !/^\^?(?:\\s\*)?notes\?:$/i.test(f.notesSeparator.value);
  const notesLine = !customNotes
    ? undefined
    : literalSeparator(f.notesSeparator?.value, [], 'notesSeparator', f.notesSeparator?.pos, notices)[0];
  const mark: NotesMark = notesLine
    ? {
        test: (l) => l.trimStart().toLowerCase().startsWith(notesLine.toLowerCase()),
        strip: (l) => l.trimStart().slice(notesLine.length),
      }
    : defaultNotes;
  for (const key of ['scripts', 'preprocessor', 'template', 'listingTemplate'] as const)
    if (f[key])
      notices.add(f[key].pos, `"${key}" is not used: Lectern runs no code and no template from a deck`);
  const separators = new Set([...horizontal, ...vertical]);
  const pieces = splitPieces(fm.body, (l) =>
    separators.has(l.trim()) && l.trim() === l.trimEnd() ? 1 : false,
  );
  const slides = pieces.map((piece) => {
    const pos = { line: (piece.separatorLine ?? piece.line) + 1, column: 1 };
    return slideOf(piece.text, piece.line, pos, mark, notices);
  });
  return { meta: fm.meta, slides };
}
