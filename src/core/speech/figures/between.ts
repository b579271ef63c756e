/**
 * "23,816 חללי מערכות ישראל נפלו ב-150 שנה": the words between two figures are the first one's
 * label; the second, said after them ("in 150 years"), is not what they name. A label the figure
 * before already took from the text between them is never this figure's own too (judge24 A2: "150
 * שנה — חללי מערכות ישראל נפלו", "64 прикордонники — бійці Національної гвардії").
 */
import type { Span } from '../segment';

/**
 * Whether `label` is the previous figure's label, taken from the words between it and `fig` (said
 * once there, and not before the previous figure).
 */
export function labelOfFigureBefore(
  sentence: string,
  before: (Span & { label: string }) | undefined,
  fig: Span,
  label: string,
): boolean {
  if (!before || !label || before.label !== label) return false;
  // ("CPI inflation was 3.2 percent, …, when CPI inflation was above 8 percent": each said its own)
  const between = sentence.slice(before.end, fig.start);
  return (
    between.includes(label) &&
    between.indexOf(label) === between.lastIndexOf(label) &&
    !sentence.slice(0, before.start).includes(label)
  );
}
