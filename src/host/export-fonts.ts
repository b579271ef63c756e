/**
 * Fonts that travel with an exported file (standalone deck, delegate viewer, handout, PDF): the
 * app's own faces (renderer/src/styles/fonts.css), each cut down to the characters the file shows
 * and embedded as a data: URL, so a Chinese deck renders on a machine with no CJK font and the
 * file carries a few hundred kilobytes of glyphs, not the 5 MB of the whole CJK family.
 *
 * A face is one file of a family for one unicode-range (fontsource splits each family by script;
 * Noto Sans SC into 100 slices). Only faces whose range meets the text are subset; each keeps its
 * family, weights (variable: 100–900) and unicode-range, so slides.css's --lectern-fonts picks them
 * exactly as the live app does. Subsetting is harfbuzz's (subset-font, in font-subset.ts, which
 * only the CLI loads: the desktop app's bundle does not carry it).
 *
 * Where the faces come from: the sources' fonts.css and the fontsource packages it imports (CLI),
 * or the renderer's built stylesheet, which bundles the same faces (the desktop app: node_modules
 * is not packaged, out/renderer is).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deckText, type Deck } from '../core/deck';
import { cjkFirst } from '../core/themes';
import { catalogueFor } from '../renderer/src/i18n';
import { CATALOGUES } from '../renderer/src/i18n/catalogues';

export interface FontFace {
  family: string;
  /** As in CSS: "100 900" for a variable face. */
  weight: string;
  style: string;
  /** Code point ranges [from, to] of the face's unicode-range. */
  ranges: Array<[number, number]>;
  /** The font file (woff2). */
  file: string;
}

export interface EmbeddedFonts {
  /** @font-face rules with the subsets as data: URLs; empty when no face was needed. */
  css: string;
  /** Bytes of font data embedded (before base64), and in how many faces. */
  bytes: number;
  faces: number;
}

export const NO_FONTS: EmbeddedFonts = { css: '', bytes: 0, faces: 0 };

/** The app's font stylesheets, in --lectern-fonts order (fonts-cjk.css is loaded on demand, last). */
const FONTS_CSS = ['fonts.css', 'fonts-cjk.css'].map((name) =>
  fileURLToPath(new URL(`../renderer/src/styles/${name}`, import.meta.url)),
);

/** "U+0400-045F,U+2116" → [[0x400, 0x45f], [0x2116, 0x2116]]. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      const [from, to] = part.split('-');
      const lo = parseInt(from!.replace(/\?/g, '0'), 16);
      const hi = parseInt((to ?? from!).replace(/\?/g, 'f'), 16);
      return [lo, hi];
    });
}

/** The @font-face rules of a stylesheet, their `url()` resolved against `baseDir`. */
export function parseFontFaces(css: string, baseDir: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const prop = (name: string): string | undefined =>
      new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body!)?.[1]?.trim();
    const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(prop('src') ?? '')?.[1];
    const family = prop('font-family')?.replace(/^['"]|['"]$/g, '');
    if (!url || !family || url.startsWith('data:')) continue;
    faces.push({
      family,
      weight: prop('font-weight') ?? '400',
      style: prop('font-style') ?? 'normal',
      ranges: parseUnicodeRange(prop('unicode-range') ?? 'U+0-10FFFF'),
      file: resolve(baseDir, url),
    });
  }
  return faces;
}

/** The faces the app's font stylesheets import, from the fontsource packages in node_modules (CLI, tests). */
export function sourceFontFaces(stylesheets: readonly string[] = FONTS_CSS): FontFace[] {
  return stylesheets.flatMap((css) => {
    const require = createRequire(css);
    return [...readFileSync(css, 'utf8').matchAll(/@import\s+['"]([^'"]+)['"]/g)].flatMap(([, spec]) => {
      const file = require.resolve(spec!);
      return parseFontFaces(readFileSync(file, 'utf8'), dirname(file));
    });
  });
}

/** The faces the built renderer bundles (out/renderer/assets/*.css, with urls beside it). */
export function builtFontFaces(rendererDir: string): FontFace[] {
  const assets = join(rendererDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .flatMap((name) => parseFontFaces(readFileSync(join(assets, name), 'utf8'), assets));
}

/** Printable ASCII: always embedded, for the digits, slide numbers and punctuation every file shows. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/**
 * Which face draws each character, as the browser would choose: the first family of the list
 * (fonts.css imports them in --lectern-fonts order) with a face covering it, and within a family
 * the face declared last (CSS Fonts: overlapping unicode-ranges are tried in reverse order).
 */
export function assignFaces(chars: readonly string[], faces: readonly FontFace[]): Map<FontFace, string[]> {
  const byFace = new Map<FontFace, string[]>();
  const families = [...new Set(faces.map((f) => f.family))];
  for (const char of chars) {
    const point = char.codePointAt(0)!;
    const covers = (face: FontFace): boolean => face.ranges.some(([lo, hi]) => point >= lo && point <= hi);
    for (const family of families) {
      const face = faces.filter((f) => f.family === family && covers(f)).at(-1);
      if (face) {
        byFace.set(face, [...(byFace.get(face) ?? []), char]);
        break;
      }
    }
  }
  return byFace;
}

/**
 * The zero-width non-joiner and joiner (U+200C, U+200D) are shaped with the letters around them:
 * Malayalam writes its chillus as consonant, virama, joiner ("പിടിയില്‍"). Handed only to the first
 * family that covers them (Noto Sans, whose Latin face claims U+2000–206F), a script face cut
 * without them draws the consonant and a visible virama (judge37: every chillu of the Malayalam
 * deck). Every face that draws letters of the text and covers a joiner the text uses keeps it.
 */
const JOINERS = ['\u200C', '\u200D'];

/** `drawn` and the joiners of `text` that `face` covers, when it draws any letter or mark. */
function withJoiners(drawn: readonly string[], face: FontFace, text: string): string[] {
  if (!drawn.some((c) => /[\p{L}\p{M}]/u.test(c))) return [...drawn];
  const joiners = JOINERS.filter(
    (j) =>
      text.includes(j) &&
      !drawn.includes(j) &&
      face.ranges.some(([lo, hi]) => j.codePointAt(0)! >= lo && j.codePointAt(0)! <= hi),
  );
  return [...drawn, ...joiners];
}

/** "U+4E2D,U+6587": the exact characters a subset holds, as a unicode-range. */
function rangeOf(chars: readonly string[]): string {
  return chars.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(',');
}

/**
 * Cuts a font file (woff2) down to `chars`: a woff2 of just those glyphs, or null when the font has
 * none of them. font-subset.ts's cutFont (harfbuzz) is the one the CLI uses.
 */
export type FontCutter = (font: Buffer, chars: string) => Promise<Buffer | null>;

/**
 * The faces `text` needs, as @font-face rules, each limited to exactly the characters it was
 * given. With `cut`, each face is cut to those characters; a face that turns out to have none of
 * them (its range is wider than its glyphs) hands them to the next family. Without it the faces
 * are embedded whole: for a page printed at once to PDF (the desktop app), whose printer keeps
 * only the glyphs used anyway, so the app ships no harfbuzz. Characters no face draws are left to
 * the reader's own fonts (an emoji, a rare script).
 */
export async function embedFonts(
  text: string,
  faces: readonly FontFace[],
  cut?: FontCutter,
): Promise<EmbeddedFonts> {
  const rules: string[] = [];
  let bytes = 0;
  const empty = new Set<FontFace>();
  let pending = [...new Set([...`${ASCII}${text}`].filter((c) => !/\s/.test(c)))].sort();
  while (pending.length > 0) {
    const assigned = assignFaces(
      pending,
      faces.filter((face) => !empty.has(face)),
    );
    pending = [];
    for (const [face, drawn] of assigned) {
      const used = withJoiners(drawn, face, text);
      const file = readFileSync(face.file);
      const data = cut ? await cut(file, used.join('')) : file;
      if (!data) {
        empty.add(face);
        pending.push(...drawn);
        continue;
      }
      bytes += data.length;
      rules.push(
        `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');unicode-range:${rangeOf(used)}}`,
      );
    }
  }
  return { css: rules.join('\n'), bytes, faces: rules.length };
}

/**
 * Every character an export of `deck` can show: meta, titles, slide text and notes, and (with
 * `interfaceWords`) the words of the interface language its delegate viewer and handout use (the
 * speech's, else English).
 */
export function exportText(deck: Pick<Deck, 'meta' | 'slides'>, interfaceWords = true): string {
  const words = interfaceWords ? JSON.stringify(CATALOGUES[catalogueFor(deck.meta.lang) ?? 'en']) : '';
  return `${deckText(deck)}\n${words}`;
}

export interface ExportFontsOptions {
  /** The faces to cut from; default the sources' (sourceFontFaces()). */
  faces?: readonly FontFace[];
  /** How to cut a face to its characters (font-subset.ts's cutFont); none: whole faces (see embedFonts). */
  cut?: FontCutter;
  /** Include the interface's words (handout, delegate viewer); default true. The HTML deck has none. */
  interfaceWords?: boolean;
}

/** The fonts an export of `deck` embeds: the app's faces cut to what it shows. */
export function exportFonts(
  deck: Pick<Deck, 'meta' | 'slides'>,
  options: ExportFontsOptions = {},
): Promise<EmbeddedFonts> {
  return embedFonts(
    exportText(deck, options.interfaceWords),
    facesForLanguage(options.faces ?? sourceFontFaces(), deck.meta.lang),
    options.cut,
  );
}

/** The CJK family a language puts first (slides.css's `[lang|='ja']`, `[lang|='ko']`). */
const FIRST_CJK = { ja: 'Noto Sans JP Variable', ko: 'Noto Sans KR Variable' } as const;
const SC = 'Noto Sans SC Variable';

/**
 * The faces in the order a speech in `lang` picks them: a Japanese speech draws Han from Noto Sans
 * JP (Japanese forms) before SC, a Korean one Hangul from KR; others keep the stylesheets' order.
 */
export function facesForLanguage(faces: readonly FontFace[], lang: string | undefined): FontFace[] {
  const key = cjkFirst(lang);
  if (!key) return [...faces];
  const first = FIRST_CJK[key];
  const moved = faces.filter((f) => f.family === first);
  const rest = faces.filter((f) => f.family !== first);
  const sc = rest.findIndex((f) => f.family === SC);
  if (sc < 0 || moved.length === 0) return [...faces];
  return [...rest.slice(0, sc), ...moved, ...rest.slice(sc)];
}

/** " · fonts 262 kB" for the CLI's summary line. */
export function fontsSummary(fonts: EmbeddedFonts): string {
  return fonts.faces > 0 ? `, fonts ${Math.round(fonts.bytes / 1024)} kB` : '';
}
