/**
 * A speech's own CSS (front matter `css: talk.css`, or a list): read from beside the speech and
 * made safe (css-sanitise.ts), checked for contrast against the deck's theme (css-contrast.ts),
 * and put on the deck for every view and export. A file is read only when it is a `.css` regular
 * file whose real path, through every link, is inside the speech's folder, and at most 512 KB;
 * any other is a warning at the `css:` line, and the slides keep the theme alone.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Deck, DeckStyle, Diagnostic } from '../core/deck';
import { fnv1a64 } from '../core/speech';
import { resolveTheme } from '../core/themes';
import { colourOverrides, cssContrastWarnings } from './css-contrast';
import { localPath } from './css-path';

/** Largest style sheet read, in bytes: CSS for slides is a few KB. */
export const MAX_CSS_BYTES = 512 * 1024;

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The text of a style sheet named `name` beside the speech, or why it cannot be had. */
async function readSheet(dir: string, name: string): Promise<string | { problem: string }> {
  const path = localPath(name);
  if (path === null || extname(path).toLowerCase() !== '.css')
    return { problem: 'only a .css file in the speech’s folder is used' };
  let real: string;
  try {
    real = await realpath(resolve(dir, path));
  } catch {
    return { problem: 'no such file next to the speech' };
  }
  if (!inside(dir, real))
    return { problem: "it is outside the speech's folder (links are followed to where they lead)" };
  try {
    const info = await stat(real);
    if (!info.isFile()) return { problem: 'not a regular file' };
    if (info.size > MAX_CSS_BYTES) return { problem: `it is over ${MAX_CSS_BYTES / 1024} KB` };
    return (await readFile(real, 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    return { problem: `it cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/** The line of the speech that names its CSS (`css:` in the front matter), for a located warning. */
function cssLine(speech: string): number {
  const at = speech
    .slice(0, 20_000)
    .split('\n')
    .findIndex((l) => /^css\s*:/.test(l));
  return at < 0 ? 1 : at + 1;
}

/**
 * The deck with its CSS read and applied: `style` set, the CSS's warnings (in the CSS file, or
 * at the `css:` line of the speech) added. A deck without `css` is returned as it is.
 */
export async function withSpeechStyle(deck: Deck, speechPath: string, speechText: string): Promise<Deck> {
  const names = deck.meta.css ?? [];
  if (!names.length) return deck;
  const dir = await realpath(dirname(resolve(speechPath)));
  const theme = resolveTheme(deck.meta.theme).theme;
  const warnings: Diagnostic[] = [];
  const sheets: string[] = [];
  const media: string[] = [];
  let colors: DeckStyle['colors'] = {};
  for (const name of names) {
    const text = await readSheet(dir, name);
    if (typeof text !== 'string') {
      warnings.push({
        severity: 'warning',
        file: deck.fileName,
        line: cssLine(speechText),
        column: 1,
        message: `CSS "${name.slice(0, 120)}" is not used: ${text.problem}`,
      });
      continue;
    }
    const file = name.split('/').pop()!;
    // the CSS parser is loaded for a speech that has CSS, not at every start
    const { sanitiseCss } = await import('./css-sanitise');
    const safe = sanitiseCss(text, file);
    warnings.push(...safe.warnings, ...cssContrastWarnings(safe.declarations, theme, file));
    colors = { ...colors, ...colourOverrides(safe.declarations).colors };
    sheets.push(safe.css);
    for (const m of safe.media) if (!media.includes(m)) media.push(m);
  }
  const css = sheets.join('\n');
  return {
    ...deck,
    warnings: [...deck.warnings, ...warnings],
    ...(sheets.length ? { style: { css, media, colors, hash: fnv1a64(css) } } : {}),
  };
}
