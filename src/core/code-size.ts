/**
 * How large code is set on a slide, from its longest line and its number of lines, so that it
 * fills the slide's body (1280×720, 1088 px wide) without being cut: the larger the better at the
 * back of a hall. The same step in the live show, every export and the PowerPoint file; code that
 * needs the smallest step is reported when the deck is built.
 */
export interface CodeSize {
  /** Font size in px on the 1280×720 slide. */
  px: number;
  /** The step's name, for the slide's class (`code-l` … `code-xs`). */
  step: 'l' | 'm' | 's' | 'xs';
}

/** Steps, largest first: the most lines and columns each holds in the body of a slide. */
const STEPS: ReadonlyArray<CodeSize & { lines: number; columns: number }> = [
  { step: 'l', px: 32, lines: 10, columns: 52 },
  { step: 'm', px: 28, lines: 12, columns: 60 },
  { step: 's', px: 24, lines: 14, columns: 70 },
  { step: 'xs', px: 19, lines: Infinity, columns: Infinity },
];

/** Lines and columns of code that still read at the back of a hall (the `s` step). */
export const READABLE_CODE = { lines: 14, columns: 70 };

export function codeSize(code: string): CodeSize {
  const lines = code.replace(/\n+$/, '').split('\n');
  // a tab is as wide as the four spaces the slide shows it as
  const columns = Math.max(0, ...lines.map((l) => l.replace(/\t/g, '    ').length));
  const step = STEPS.find((s) => lines.length <= s.lines && columns <= s.columns) ?? STEPS[STEPS.length - 1]!;
  return { px: step.px, step: step.step };
}
