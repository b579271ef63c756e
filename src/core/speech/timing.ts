/**
 * Planned speaking time per slide: from the notes at `wpm` (CJK at ~250 characters a minute), and
 * when the talk has a `duration`, scaled so the slides add up to exactly that many minutes.
 */
import { DEFAULT_WPM, speakingSeconds } from './words';

/**
 * Whole seconds per notes text. With `durationMinutes`, the result sums to exactly
 * `round(durationMinutes * 60)` (largest-remainder rounding), in proportion to the speaking time.
 */
export function plannedSeconds(
  notes: string[],
  wpm: number = DEFAULT_WPM,
  durationMinutes?: number,
): number[] {
  const raw = notes.map((n) => speakingSeconds(n, wpm));
  const total = raw.reduce((a, b) => a + b, 0);
  if (durationMinutes === undefined || total === 0) return raw.map((s) => Math.round(s));
  const target = Math.round(durationMinutes * 60);
  const scaled = raw.map((s) => (s / total) * target);
  const floors = scaled.map(Math.floor);
  let missing = target - floors.reduce((a, b) => a + b, 0);
  const order = scaled.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing--;
  }
  return floors;
}
