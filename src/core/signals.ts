/**
 * Time signals: the presenter's clock flashes "5 min left" as the talk's time runs down, like a
 * floor manager's card, at the minutes the speech's front matter names (`signals: [5, 1]`,
 * default 5 and 1). Only the speaker sees them. Pure: the time left comes in, the signal goes out.
 */

export const DEFAULT_SIGNALS: readonly number[] = [5, 1];
/** How long a signal flashes after its minute is reached; afterwards it stays, steady. */
export const FLASH_MS = 15_000;

export interface TimeSignal {
  /** The threshold reached: minutes left. */
  minutes: number;
  flashing: boolean;
}

/**
 * The signal to show with `remainingMs` left of `targetMs`: the smallest threshold reached, while
 * time is left (past the end the presenter shows OVERTIME instead). A threshold as long as the
 * whole talk never shows (a 3-minute talk does not start with "5 min left"); nothing before the
 * talk has started.
 */
export function timeSignal(
  signals: readonly number[] | undefined,
  remainingMs: number,
  started: boolean,
  targetMs = Infinity,
): TimeSignal | null {
  if (!started || remainingMs <= 0) return null;
  const reached = (signals ?? DEFAULT_SIGNALS).filter(
    (m) => remainingMs <= m * 60_000 && m * 60_000 < targetMs,
  );
  if (reached.length === 0) return null;
  const minutes = Math.min(...reached);
  return { minutes, flashing: minutes * 60_000 - remainingMs < FLASH_MS };
}
