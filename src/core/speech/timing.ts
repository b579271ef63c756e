/**
 * Planned speaking time per slide: from the words said in its notes at `wpm` (CJK at ~250
 * characters a minute; a headnote, a dateline or a stamp in the notes is not said and takes no
 * time, model.ts `unsaid`), and when the talk has a `duration`, scaled so the slides add up to
 * exactly that many minutes.
 */
import { countedSeconds, DEFAULT_WPM, speakingSeconds, type WordCount } from './words';

/**
 * Whole seconds per slide, from its notes text or the words counted in it (what is said of it).
 * With `durationMinutes`, the result sums to exactly `round(durationMinutes * 60)`
 * (largest-remainder rounding), in proportion to the speaking time.
 */
export function plannedSeconds(
  notes: ReadonlyArray<string | WordCount>,
  wpm: number = DEFAULT_WPM,
  durationMinutes?: number,
): number[] {
  const raw = notes.map((n) => (typeof n === 'string' ? speakingSeconds(n, wpm) : countedSeconds(n, wpm)));
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
