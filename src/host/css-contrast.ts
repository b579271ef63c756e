/**
 * Contrast of a speech's own CSS: the theme colours it sets on the slide (`--bg: #fff`) and the
 * colours of its rules (`h1 { color: #777 }`), against what they are drawn on. Text below 4.5:1
 * is a warning at its declaration in the CSS file. Colours it cannot read (a variable, a gradient)
 * are not judged.
 */
import type { Diagnostic } from '../core/deck';
import { contrastRatio, formatRatio, MIN_CONTRAST, parseCssColor, toHex } from '../core/contrast';
import { themeContrastProblems, type SlideTheme, type ThemeColors } from '../core/themes';
import { SLIDE_SCOPE } from './css-path';
import type { SanitisedCss } from './css-sanitise';

/** The slide's colour variables (slides.css), by the names a CSS file may set them. */
const VARIABLES: Record<string, keyof ThemeColors> = {
  '--bg': 'bg',
  '--bg-2': 'bg2',
  '--ink': 'ink',
  '--heading': 'heading',
  '--muted': 'muted',
  '--accent': 'accent',
  '--accent-2': 'accent2',
  '--code-bg': 'codeBg',
};

type Declaration = SanitisedCss['declarations'][number];

/** The theme colours the CSS sets on the slide itself, and where it first does. */
export function colourOverrides(declarations: Declaration[]): {
  colors: Partial<ThemeColors>;
  at?: Declaration;
} {
  const colors: Partial<ThemeColors> = {};
  let at: Declaration | undefined;
  for (const d of declarations) {
    if (d.selector !== SLIDE_SCOPE) continue;
    const key = VARIABLES[d.property] ?? VARIABLES[d.property.replace(/^--lt-/, '--')];
    const rgb = key ? parseCssColor(d.value) : null;
    if (!key || !rgb) continue;
    colors[key] = toHex(rgb);
    at ??= d;
  }
  return { colors, ...(at ? { at } : {}) };
}

export function cssContrastWarnings(
  declarations: Declaration[],
  theme: SlideTheme,
  file: string,
): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const warn = (d: Declaration, message: string) =>
    warnings.push({ severity: 'warning', file, line: d.line, column: d.column, message });
  const { colors, at } = colourOverrides(declarations);
  const effective = { ...theme.colors, ...colors };
  if (at) {
    const problems = themeContrastProblems({ ...theme, colors: effective });
    if (problems.length)
      warn(
        at,
        `with these slide colours, text reads below ${MIN_CONTRAST}:1 from the back of a hall: ${problems.join('; ')}`,
      );
  }
  // each rule's own colours: its text on its own background, else on the slide's
  const bySelector = new Map<string, Declaration[]>();
  for (const d of declarations) bySelector.set(d.selector, [...(bySelector.get(d.selector) ?? []), d]);
  for (const [selector, list] of bySelector) {
    if (selector === SLIDE_SCOPE && list.every((d) => d.property.startsWith('--'))) continue;
    const find = (p: RegExp) => list.find((d) => p.test(d.property) && parseCssColor(d.value));
    const fg = find(/^color$/);
    const bg = find(/^background(?:-color)?$/);
    const inCode = /\b(?:pre|code)\b|\.tok-/.test(selector);
    const behind = parseCssColor(bg?.value ?? (inCode ? effective.codeBg : effective.bg))!;
    const text = parseCssColor(fg?.value ?? effective.ink)!;
    if (!fg && !bg) continue;
    const ratio = contrastRatio(text, behind);
    if (ratio >= MIN_CONTRAST) continue;
    const pair = `${toHex(text)} on ${toHex(behind)}`;
    const shown = selector.split(SLIDE_SCOPE).join('.lectern-slide');
    warn(
      fg ?? bg!,
      `text in "${shown.slice(0, 60)}" (${pair}) has a contrast of ${formatRatio(ratio)}, below ${MIN_CONTRAST}:1`,
    );
  }
  return warnings;
}
