/** "1:05:09" / "05:09" for a duration; negative durations get a minus sign. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${mm}:${ss}` : `${sign}${mm}:${ss}`;
}

/** Wall clock "14:05" in the speaker's locale, 24-hour where the locale uses it. */
export function formatClock(now: number): string {
  return new Date(now).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
