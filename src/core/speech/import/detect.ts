/**
 * Which deck format a Markdown file is written for, from what only that format writes: Marp's
 * `marp: true` and directives, reveal-md's options and notes, Slidev's head matter keys and its
 * per-slide front matter. A Lectern speech has none of them and stays Lectern Markdown; `--from`
 * decides when a file is ambiguous.
 */
import { fencedLines } from './lines';

export type DeckFormat = 'revealmd' | 'marp' | 'slidev';
export const DECK_FORMATS: readonly DeckFormat[] = ['revealmd', 'marp', 'slidev'];

/** What each format is called for people. */
export const DECK_FORMAT_NAMES: Record<DeckFormat, string> = {
  revealmd: 'reveal.js Markdown (reveal-md)',
  marp: 'Marp',
  slidev: 'Slidev',
};

/** The part of the file looked at: signals are near the top, and detection stays fast. */
const SAMPLE = 200_000;

const REVEAL_KEYS = [
  'revealOptions',
  'separator',
  'verticalSeparator',
  'notesSeparator',
  'highlightTheme',
  'preprocessor',
];
// not `footer`: Lectern's own front matter has one too (docs/speech-format.md)
const MARP_KEYS = [
  'paginate',
  'headingDivider',
  'backgroundColor',
  'backgroundImage',
  'header',
  'size',
  'style',
  'math',
];
const SLIDEV_KEYS = [
  'layout',
  'highlighter',
  'drawings',
  'mdc',
  'colorSchema',
  'lineNumbers',
  'transition',
  'info',
  'class',
  'background',
  'fonts',
  'themeConfig',
  'aspectRatio',
  'canvasWidth',
  'routerMode',
  'download',
  'exportFilename',
  'addons',
  'monaco',
  'record',
  'selectable',
  'htmlAttrs',
  'seoMeta',
  'titleTemplate',
  'hideInToc',
];
/** Keys a Slidev slide's own front matter opens with (after a `---` that is not the file's first line). */
const SLIDEV_SLIDE =
  /^---[ \t]*\n(?:layout|transition|clicks|hideInToc|level|src|routeAlias|image|background|class|disabled|hide|zoom|dragPos)[ \t]*:/m;
const MARP_DIRECTIVE =
  /<!--\s*_?(?:class|paginate|header|footer|backgroundColor|backgroundImage|color|headingDivider)\s*:/;

export function detectDeckFormat(text: string): DeckFormat | null {
  const sample = text.slice(0, SAMPLE);
  const front = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(sample);
  const keys = new Set([...(front?.[1] ?? '').matchAll(/^([A-Za-z_$][\w$-]*)[ \t]*:/gm)].map((m) => m[1]));
  if (/^marp[ \t]*:[ \t]*true\b/m.test(front?.[1] ?? '')) return 'marp';
  if (REVEAL_KEYS.some((k) => keys.has(k))) return 'revealmd';
  if (MARP_KEYS.some((k) => keys.has(k))) return 'marp';
  if (SLIDEV_KEYS.some((k) => keys.has(k))) return 'slidev';
  // the body, without fenced code (a deck about decks shows their syntax in code blocks)
  const lines = sample.slice(front ? front[0].length : 0).split('\n');
  const fenced = fencedLines(lines);
  const body = lines.filter((_, i) => !fenced[i]).join('\n');
  if (
    /<aside\b[^>]*\bclass\s*=\s*["'][^"']*\bnotes\b/i.test(body) ||
    /<!--\s*\.(?:slide|element):/.test(body)
  )
    return 'revealmd';
  if (MARP_DIRECTIVE.test(body)) return 'marp';
  if (SLIDEV_SLIDE.test(body) || /<\/?v-clicks?\b|^::(?:left|right|default)::[ \t]*$/m.test(body))
    return 'slidev';
  // reveal.js notes ("Note: …" lines) in a file cut into slides by `---` or `--` lines
  if (/^[ \t]*notes?:/im.test(body) && /^(?:---|--|----)[ \t]*$/m.test(body)) return 'revealmd';
  return null;
}
