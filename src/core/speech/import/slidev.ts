/**
 * Slidev decks: slides at `---` lines, each with its own front matter (`---` / `layout: center` /
 * `---`, or a ```` ```yaml ```` block at its top; the file's head matter is the first slide's);
 * the notes are the slide's last HTML comment when nothing follows it, as in Slidev. `layout:`
 * maps to Lectern's where one fits (cover → title, section → section, end → closing, image →
 * the image on the slide); two columns are shown one after the other, click animations at once;
 * each such change is a warning at its place.
 */
import type { Block, SourcePos, SpeechMeta } from '../../deck';
import { isLocalImage } from '../blocks';
import { parseYaml, readFrontMatter } from '../front-matter';
import { findOutsideCode, isBlank, splitPieces, takeOut, type Piece } from './lines';
import type { Notices } from './notices';
import type { ImportedDeck, RawSlide } from './slides';

const COMMENT = /<!--([\s\S]*?)-->/g;
const CLICKS = /<\/?v-[a-z-]+\b[^>]*>/g;
const SLOT = /^::[\w-]+::[ \t]*$/gm;
const YAML_BLOCK = /^\s*```ya?ml[ \t]*\n([\s\S]*?)\n```[ \t]*(?:\n|$)/;
/** A `key:` line at the left margin: what tells a front matter block from a slide's content. */
const YAML_KEY = /^[\w$-][\w$.-]*[ \t]*:(?:[ \t]|$)/m;
/** Click markers in notes (`[click]`, `[click:3]`) that sync the notes to animations. */
const CLICK_MARK = /\[click(?::\d+)?\][ \t]*/g;

/** Content layouts of Slidev's that Lectern draws as a content slide without losing anything. */
const CONTENT_LAYOUTS = new Set([
  'default',
  'center',
  'fact',
  'statement',
  'quote',
  'full',
  'none',
  'two-cols',
  'two-cols-header',
  'image',
  'image-left',
  'image-right',
]);

type Settings = Record<string, { value: unknown; pos: SourcePos }>;

/** Lectern's layout for a Slidev layout, or undefined for a content slide. */
function layoutFor(
  name: unknown,
  first: boolean,
  pos: SourcePos,
  notices: Notices,
): RawSlide['layout'] | undefined {
  if (typeof name !== 'string' || CONTENT_LAYOUTS.has(name)) return undefined;
  if (name === 'cover' || name === 'intro') return first ? 'title' : 'section';
  if (name === 'section') return 'section';
  if (name === 'end') return 'closing';
  notices.once(
    `layout:${name}`,
    pos,
    `Slidev layout "${name.slice(0, 40)}" has no Lectern equivalent; shown as a content slide`,
  );
  return undefined;
}

/** Slidev's `duration: 30min` (or `1h`, `45`) in minutes, or undefined. */
export function slidevMinutes(value: unknown): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(min|m|h)?\s*$/i.exec(String(value ?? ''));
  if (!m) return undefined;
  const minutes = Number(m[1]) * (m[2]?.toLowerCase() === 'h' ? 60 : 1);
  return minutes > 0 && minutes <= 600 ? minutes : undefined;
}

/** Slidev's `duration` as Lectern's minutes (Lectern's own keys, `title`, `theme`, are read as usual). */
function headMeta(fmMeta: Partial<SpeechMeta>, head: Settings, notices: Notices): Partial<SpeechMeta> {
  const meta: Partial<SpeechMeta> = { ...fmMeta };
  if (head.duration) {
    const minutes = slidevMinutes(head.duration.value);
    if (minutes) meta.duration = minutes;
    else
      notices.add(
        head.duration.pos,
        `duration "${String(head.duration.value).slice(0, 20)}" is not a time Lectern reads (30min, 1h); the plan comes from the speaking rate`,
      );
  }
  return meta;
}

/** Whether the lines after a `---` are a front matter block: a closing `---` and a `key:` line. */
function settingsLength(lines: readonly string[], i: number): number {
  if (lines[i]!.trimEnd() !== '---' || !lines[i + 1]?.trim()) return 1;
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j]!.trimEnd() !== '---') continue;
    return YAML_KEY.test(lines.slice(i + 1, j).join('\n')) ? j - i + 1 : 1;
  }
  return 1;
}

function readSettings(piece: Piece | null, file: string): Settings {
  return piece ? parseYaml(piece.text, file, piece.line, 'all').foreign : {};
}

/** One slide: settings applied, notes (its last comment) and Slidev's own markup taken out. */
function slideOf(
  text: string,
  line: number,
  pos: SourcePos,
  settings: Settings,
  first: boolean,
  file: string,
  notices: Notices,
): RawSlide | null {
  const block = YAML_BLOCK.exec(text);
  if (block && YAML_KEY.test(block[1]!)) {
    const at = text.slice(0, block.index + block[0].indexOf('\n') + 1).split('\n').length - 1;
    settings = { ...settings, ...readSettings({ text: block[1]!, line: line + at }, file) };
    text = takeOut(text, [[block.index, block.index + block[0].length]]);
  }
  if (settings.hide?.value === true || settings.disabled?.value === true) {
    notices.add(pos, 'hidden slide (hide: true) left out, with its notes');
    return null;
  }
  if (settings.src) {
    notices.add(
      settings.src.pos,
      `slides from another file (src: ${String(settings.src.value).slice(0, 60)}) are not imported; open that file on its own`,
    );
    if (isBlank(text)) return null;
  }
  if (settings.background || settings.class)
    notices.once(
      'slidev:style',
      (settings.background ?? settings.class)!.pos,
      'Slidev backgrounds and classes are not used; the theme styles the slides',
    );
  const layout = layoutFor(settings.layout?.value, first, settings.layout?.pos ?? pos, notices);
  const taken: Array<[number, number]> = [];
  const notes: RawSlide['notes'] = [];
  const comments = findOutsideCode(text, COMMENT);
  const last = comments[comments.length - 1];
  comments.forEach((found) => taken.push([found.match.index, found.match.index + found.match[0].length]));
  if (last && text.slice(last.match.index + last.match[0].length).trim() === '')
    notes.push({
      text: (last.match[1] ?? '').replace(CLICK_MARK, ''),
      line: line + last.line,
      column: last.column + 4,
      markdown: true,
    });
  for (const found of findOutsideCode(text, CLICKS)) {
    notices.once(
      'v-click',
      { line: line + found.line + 1, column: found.column },
      'Slidev click animations (<v-click>) are not used; everything shows at once',
    );
    taken.push([found.match.index, found.match.index + found.match[0].length]);
  }
  for (const found of findOutsideCode(text, SLOT)) {
    notices.once(
      'slot',
      { line: line + found.line + 1, column: 1 },
      `Slidev slots (${found.match[0].trim()}) are not used; the columns are shown one after the other`,
    );
    taken.push([found.match.index, found.match.index + found.match[0].length]);
  }
  const extra: Block[] = [];
  const image = settings.image;
  if (typeof image?.value === 'string' && image.value.trim()) {
    if (isLocalImage(image.value))
      extra.push({ type: 'image', src: image.value.trim(), alt: '', source: image.pos });
    else
      notices.add(
        image.pos,
        `image "${image.value.slice(0, 80)}" is not a local file; only images next to the speech are shown`,
      );
  }
  const slide: RawSlide = { markdown: takeOut(text, taken), line, pos, notes };
  if (layout) slide.layout = layout;
  if (extra.length) slide.extra = extra;
  return slide;
}

export function readSlidev(text: string, file: string, notices: Notices): ImportedDeck {
  const fm = readFrontMatter(text, file, { foreignKeys: new Set(['duration']), othersForeign: true });
  for (const w of fm.warnings) notices.add(w, w.message);
  const head = fm.foreign;
  const pieces = splitPieces(fm.body, (line, i, lines) =>
    line.startsWith('---') ? settingsLength(lines, i) : false,
  );
  const slides: RawSlide[] = [];
  pieces.forEach((piece, i) => {
    // the head matter is the first slide's front matter too (its layout, its image)
    const settings = i === 0 ? head : readSettings(piece.settings, file);
    const pos = { line: (piece.separatorLine ?? piece.line) + 1, column: 1 };
    const slide = slideOf(piece.text, piece.line, pos, settings, slides.length === 0, file, notices);
    if (slide) slides.push(slide);
  });
  return { meta: headMeta(fm.meta, head, notices), slides };
}
