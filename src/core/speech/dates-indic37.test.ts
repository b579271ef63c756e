import { describe, expect, it } from 'vitest';
import { dateOrTimeMatches, westernDigits } from './structure';
import { isAge } from './figures/relation';

describe('a date in an Indic script, month first or day first (months.ts, judge37)', () => {
  it.each([
    ['കുറച്ചു ദിവസങ്ങള്‍ക്കു മുമ്പ് സെപ്റ്റംബര്‍ 23 ന് ഹൈഫാ യുദ്ധത്തിന്റെ നൂറാം വാര്‍ഷികമായിരുന്നു.', 'സെപ്റ്റംബര്‍ 23'],
    ['ഒക്‌ടോബര്‍ 31 സര്‍ദാര്‍ സാഹബിന്റെ ജയന്തിയാണ്.', 'ഒക്‌ടോബര്‍ 31'],
    ['ഈ വര്‍ഷം ആഗസ്റ്റ് 15 ന് ചെങ്കോട്ടയില്‍ നിന്ന്', 'ആഗസ്റ്റ് 15'],
    ['അദ്ദേഹം 31 ഒക്‌ടോബറിന് ജനിച്ചു.', '31 ഒക്‌ടോബറിന്'],
    ['আগামী ২৫ ডিসেম্বর আমরা', '২৫ ডিসেম্বর'],
    ['মন কি বাত, ডিসেম্বর ২০১৮', 'ডিসেম্বর ২০১৮'],
    // (a year after a month is no day: "May 2019" was read "May 20")
    ['We met in May 2019.', 'May 2019'],
  ])('%s', (text, date) => {
    const found = dateOrTimeMatches(text).map((m) => text.slice(m.index, m.index + m[0].length));
    expect(found).toEqual([date]);
  });
  it('reads no count as a date', () => {
    expect(dateOrTimeMatches('ആറ് പൈലറ്റുമാരും 19 വായുസൈനികരുമായി')).toEqual([]);
  });
  it('reads Indic digits as ASCII ones, same length', () => {
    expect(westernDigits('২৫ ডিসেম্বর ২০১৮, २०१९')).toBe('25 ডিসেম্বর 2018, 2019');
  });
});

describe('an age said with the word for age after the years (figures/relation.ts, judge37)', () => {
  const at = (s: string) => {
    const m = /\p{Nd}+/u.exec(s)!;
    return { start: m.index, end: m.index + m[0].length, text: m[0] };
  };
  it.each([
    ['মাত্র ৯ বছর বয়সে তিনি গুরুর আসন গ্রহণ করেন।', true],
    ['অবিরাম ১৫৯ দিন ধরে প্রায় ৩০০ কিলোমিটার সাইকেল চালিয়েছিল।', false],
    ['അവന് 9 വയസ്സുള്ളപ്പോള്‍ അച്ഛന്‍ മരിച്ചു.', true],
    ['കഴിഞ്ഞ 80 ദിവസങ്ങളായി', false],
  ])('%s', (s, age) => {
    expect(isAge(s, at(s))).toBe(age);
  });
});
