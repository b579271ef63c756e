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

/**
 * Intl formatters are costly to build (locale data is looked up each time) and the presenter
 * formats on every render and every clock tick: one per language and kind, built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Wall clock "14:05" in the interface language's convention (24-hour where it uses it), with
 * Latin digits: a figure read from a metre away on stage stays in the digits of the timer beside it.
 */
export function formatClock(now: number, lang?: string): string {
  return cached(
    `clock ${lang ?? ''}`,
    () => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', numberingSystem: 'latn' }),
  ).format(now);
}

/** "45 s", "2 min 5 s" in the interface language (Intl units), for how far ahead or behind. */
export function formatSpokenDuration(ms: number, lang?: string): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const min = Math.floor(total / 60);
  const s = total % 60;
  const unit = (value: number, name: 'minute' | 'second'): string =>
    cached(
      `${name} ${lang ?? ''}`,
      () =>
        new Intl.NumberFormat(lang, {
          style: 'unit',
          unit: name,
          unitDisplay: 'short',
          numberingSystem: 'latn',
        }),
    ).format(value);
  if (min === 0) return unit(s, 'second');
  return s === 0 ? unit(min, 'minute') : `${unit(min, 'minute')} ${unit(s, 'second')}`;
}
