/**
 * The deck's theme, checked when the deck is built: a theme Lectern does not have (or another
 * tool's, drawn with the nearest) and text a theme draws below 4.5:1 are warnings at the line
 * that names the theme.
 */
import type { Diagnostic, SpeechMeta } from '../deck';
import { MIN_CONTRAST } from '../contrast';
import { resolveTheme, themeContrastProblems } from '../themes';

/** The 1-based line where `key:` is set at the top of the file (front matter or a directive), else 1. */
function lineOf(text: string, key: string): number {
  const head = text.slice(0, 20_000).split('\n');
  const at = head.findIndex((l) => new RegExp(`^(?:<!--\\s*)?${key}\\s*:`).test(l.trim()));
  return at < 0 ? 1 : at + 1;
}

export function themeWarnings(meta: SpeechMeta, text: string, file: string): Diagnostic[] {
  if (!meta.theme) return [];
  const { theme, note } = resolveTheme(meta.theme);
  const line = lineOf(text, 'theme');
  const problems = themeContrastProblems(theme);
  const contrast = problems.length
    ? [
        `in theme "${theme.name}", text reads below ${MIN_CONTRAST}:1 from the back of a hall: ${problems.join('; ')}`,
      ]
    : [];
  return [...(note ? [note] : []), ...contrast].map((message) => ({
    severity: 'warning',
    file,
    line,
    column: 1,
    message,
  }));
}
