import { describe, expect, it } from 'vitest';
import { DATE_OR_TIME } from './structure';
import { findFigures } from './figures';

// Modi, Mann Ki Baat, 30 September 2018, Malayalam (judge37 ml): the month is said before the day
const HAIFA =
  'കുറച്ചു ദിവസങ്ങള്‍ക്കു മുമ്പ് സെപ്റ്റംബര്‍ 23 ന് ഇസ്രയേലില്‍ ഹൈഫാ യുദ്ധത്തിന് നൂറു വര്‍ഷം തികയുന്ന അവസരത്തില്‍ അക്രമികളില്‍ നിന്ന് ഹൈഫയ്ക്ക് മോചനം നല്‍കിയ മൈസൂര്‍, ഹൈദരാബാദ്, ജോധ്പൂര്‍ ലാന്‍സര്‍മാരില്‍പെട്ട നമ്മുടെ വീരന്മാരായ സൈനികരെ ഓര്‍മ്മിച്ചു.';

describe('a Malayalam date, the month before the day, is no figure', () => {
  it('reads "സെപ്റ്റംബര്‍ 23" (23 September) as a date, the joiner written or not', () => {
    expect(HAIFA.match(new RegExp(DATE_OR_TIME.source, DATE_OR_TIME.flags.replace('g', '')))?.[0]).toBe(
      'സെപ്റ്റംബര്‍ 23',
    );
    expect(new RegExp(DATE_OR_TIME.source, 'iu').test('ഒക്‌ടോബര്‍ 31 ന്')).toBe(true);
    expect(new RegExp(DATE_OR_TIME.source, 'iu').test('സെപ്റ്റംബർ 15 മുതൽ')).toBe(true);
  });
  it('cards no day of the month', () => {
    expect(findFigures(HAIFA, 'ml').map((f) => f.value)).not.toContain('23');
  });
  it('still reads an English month before its day', () => {
    expect(new RegExp(DATE_OR_TIME.source, 'iu').test('On September 23, 2018, we met.')).toBe(true);
  });
});
