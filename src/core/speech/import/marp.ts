/**
 * Marp decks (front matter `marp: true`): slides at horizontal rules (`---`, `***`, `___`; a `---`
 * right under a text line is a heading, as in Marp) and, with `headingDivider`, before headings;
 * every HTML comment that is not a directive is a presenter note (plain text, as Marp shows it).
 * Directives Lectern has no use for (`paginate`, `_class`, `header`, `backgroundColor`…) are
 * reported once each with where they occur; `theme`, `title` and `lang` are used. Marp's image
 * keywords (`![bg left w:300px](…)`) are taken out of the alt text.
 */
import type { SourcePos } from '../../deck';
import { readFrontMatter } from '../front-matter';
import { findOutsideCode, splitPieces, takeOut } from './lines';
import type { NoteText } from './notes';
import type { Notices } from './notices';
import type { ImageBlock, ImportedDeck, RawSlide } from './slides';

/** Marp's directives (global and local), as front matter keys or in comments (`_` for one slide). */
const DIRECTIVES = new Set([
  'marp',
  'theme',
  'style',
  'headingDivider',
  'size',
  'math',
  'title',
  'author',
  'description',
  'image',
  'keywords',
  'url',
  'lang',
  'paginate',
  'header',
  'footer',
  'class',
  'backgroundColor',
  'backgroundImage',
  'backgroundPosition',
  'backgroundRepeat',
  'backgroundSize',
  'color',
  'transition',
]);
/** Directives that Lectern uses itself (front matter keys of its own). */
const OWN = new Set(['theme', 'title', 'lang']);
/** Directives for the file's metadata only (an HTML export's `<meta>`): nothing on a slide. */
const METADATA = new Set(['marp', 'author', 'description', 'image', 'keywords', 'url']);

/** Why a directive is not used, for its warning. */
function unused(key: string, value: unknown): string {
  switch (key) {
    case 'paginate':
      return 'slide numbers (paginate) are not shown on the slides';
    case 'header':
    case 'footer':
      return `the ${key} text${typeof value === 'string' && value ? ` "${value.slice(0, 40)}"` : ''} is not shown on the slides`;
    case 'class':
      return `the slide class${typeof value === 'string' ? ` "${value.slice(0, 40)}"` : ''} is not used; Lectern lays the slide out`;
    case 'style':
      return 'its CSS is not applied';
    case 'size':
      return 'slides are 16:9 in Lectern';
    case 'math':
      return 'math is shown as written';
    case 'transition':
      return 'slides change with a fade';
    default:
      return 'colours and backgrounds come from the theme';
  }
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE_LINE = /^\s*(_?)([A-Za-z]+)\s*:\s*(.*?)\s*$/;
const HR = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCK_START = /^ {0,3}(?:#|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\||```|~~~|<)/;
const IMAGE_KEYWORD =
  /^(?:bg|(?:left|right)(?::\S*)?|contain|cover|fit|auto|vertical|\d+(?:\.\d+)?%|(?:w|h|width|height|blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::\S*)?)$/i;

/** The directives of a comment (`paginate: true`, `_class: lead`), or null when it is a note. */
export function directivesOf(comment: string): Array<{ key: string; value: string; spot: boolean }> | null {
  const lines = comment.split('\n').filter((l) => l.trim());
  if (!lines.length) return null;
  const out: Array<{ key: string; value: string; spot: boolean }> = [];
  for (const line of lines) {
    const m = DIRECTIVE_LINE.exec(line);
    if (!m || !DIRECTIVES.has(m[2]!)) return null;
    out.push({ key: m[2]!, value: m[3]!.replace(/^(["'])(.*)\1$/, '$2'), spot: m[1] === '_' });
  }
  return out;
}

/** Levels that start a slide under `headingDivider: 2` (1 and 2) or `[1, 3]`. */
function dividerLevels(value: unknown): Set<number> {
  const levels = Array.isArray(value)
    ? value
    : typeof value === 'number'
      ? [1, 2, 3, 4, 5, 6].filter((n) => n <= value)
      : [];
  return new Set(levels.filter((n): n is number => typeof n === 'number'));
}

/** Marp's image keywords taken out of an image's alt text; `bg` images are reported. */
function marpImage(notices: Notices): (image: ImageBlock) => ImageBlock {
  return (image) => {
    const words = image.alt.split(/\s+/).filter(Boolean);
    const kept = words.filter((w) => !IMAGE_KEYWORD.test(w));
    if (words.some((w) => w.toLowerCase() === 'bg') && image.source)
      notices.once('bg', image.source, 'Marp background images (![bg]) are shown as images on the slide');
    return kept.length === words.length ? image : { ...image, alt: kept.join(' ') };
  };
}

export function readMarp(text: string, file: string, notices: Notices): ImportedDeck {
  const fm = readFrontMatter(text, file, {
    foreignKeys: new Set([...DIRECTIVES].filter((k) => !OWN.has(k))),
  });
  for (const w of fm.warnings) notices.add(w, w.message);
  const meta = { ...fm.meta };
  const report = (key: string, value: unknown, pos: SourcePos) => {
    if (OWN.has(key) || METADATA.has(key) || key === 'headingDivider') return;
    notices.once(`marp:${key}`, pos, `Marp directive "${key}" is not used: ${unused(key, value)}`);
  };
  let divider = fm.foreign.headingDivider?.value;
  for (const [key, { value, pos }] of Object.entries(fm.foreign)) report(key, value, pos);
  // directives in comments apply to the whole deck (or, with `_`, one slide): read them first
  const comments = findOutsideCode(fm.body, COMMENT);
  for (const found of comments) {
    for (const d of directivesOf(found.match[1] ?? '') ?? []) {
      const pos = { line: found.line + 1, column: found.column };
      if (d.key === 'headingDivider' && divider === undefined)
        divider = /^\[/.test(d.value) ? d.value.slice(1, -1).split(',').map(Number) : Number(d.value);
      else if ((d.key === 'theme' || d.key === 'title') && !meta[d.key]) meta[d.key] = d.value;
      report(d.key, d.value, pos);
    }
  }
  const levels = dividerLevels(divider);
  const pieces = splitPieces(fm.body, (line, i, lines) => {
    if (HR.test(line)) {
      const above = lines[i - 1] ?? '';
      // "Text\n---" is a heading underline in Marp's Markdown, not a new slide
      const underline = line.trim().startsWith('-') && above.trim() !== '' && !BLOCK_START.test(above);
      return underline ? false : 1;
    }
    const heading = /^ {0,3}(#{1,6})[ \t]/.exec(line);
    return heading && levels.has(heading[1]!.length) ? 0 : false;
  });
  const slides = pieces.map((piece): RawSlide => {
    const notes: NoteText[] = [];
    const taken: Array<[number, number]> = [];
    for (const found of findOutsideCode(piece.text, COMMENT)) {
      const body = found.match[1] ?? '';
      taken.push([found.match.index, found.match.index + found.match[0].length]);
      // `<!-- fit -->` sizes a heading to the slide; a directive was read above
      if (/^\s*fit\s*$/i.test(body) || directivesOf(body)) continue;
      notes.push({ text: body, line: piece.line + found.line, column: found.column + 4, markdown: false });
    }
    const pos = { line: (piece.separatorLine ?? piece.line) + 1, column: 1 };
    return { markdown: takeOut(piece.text, taken), line: piece.line, pos, notes };
  });
  return { meta, slides, image: marpImage(notices) };
}
