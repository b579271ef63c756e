import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatSpokenDuration } from './format';

describe('presenter formats', () => {
  const at = Date.UTC(2026, 11, 2, 14, 5, 9);

  it('a clock in each interface language, with Latin digits, each language its own formatter', () => {
    for (const lang of ['en', 'zh', 'ru', 'es', 'fr', 'ar']) {
      const expected = new Date(at).toLocaleTimeString(lang, {
        hour: '2-digit',
        minute: '2-digit',
        numberingSystem: 'latn',
      });
      expect(formatClock(at, lang)).toBe(expected);
      expect(formatClock(at, lang)).toMatch(/^[^\u0660-\u0669]*$/);
    }
    // a formatter built for one language is never used for another
    expect(formatClock(at, 'en-US')).toMatch(/PM/);
    expect(formatClock(at, 'de')).not.toMatch(/PM/);
  });

  it('spoken durations in units of the interface language', () => {
    expect(formatSpokenDuration(45_000, 'en')).toBe('45 sec');
    expect(formatSpokenDuration(125_000, 'en')).toBe('2 min 5 sec');
    expect(formatSpokenDuration(-120_000, 'en')).toBe('2 min');
    expect(formatSpokenDuration(45_000, 'fr')).toBe(
      new Intl.NumberFormat('fr', { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(45),
    );
  });

  it('timer durations', () => {
    expect(formatDuration(3_909_000)).toBe('1:05:09');
    expect(formatDuration(-309_000)).toBe('−05:09');
  });
});
