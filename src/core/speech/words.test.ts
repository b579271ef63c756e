import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, countWordsByScript, segmentedWordCount, speakingSeconds } from './words';

describe('words in scripts without spaces', () => {
  it('counts a Thai sentence by its words, not as one', () => {
    // ท่าน|ผู้|มี|เกียรติ|ทุก|ท่าน · เศรษฐกิจ|ดิจิทัล|ได้|กลาย|เป็น|กลไก|หลัก|ของ|การ|เติบโต|ใน|ภูมิภาค|ของ|เรา
    const thai = 'ท่านผู้มีเกียรติทุกท่าน เศรษฐกิจดิจิทัลได้กลายเป็นกลไกหลักของการเติบโตในภูมิภาคของเรา';
    expect(countWords(thai)).toBe(20);
  });

  it('counts Lao and Khmer by their words too', () => {
    expect(countWords('ສະບາຍດີ ຂ້ອຍຮັກພາສາລາວ')).toBeGreaterThanOrEqual(4);
    expect(countWords('សេដ្ឋកិច្ចឌីជីថលគឺជាម៉ាស៊ីនសំខាន់')).toBeGreaterThanOrEqual(4);
  });

  it('keeps CJK at one unit a character, and spaced scripts one word a token', () => {
    expect(countWordsByScript('数字经济')).toEqual({ cjk: 4, other: 0 });
    expect(countWordsByScript('デジタル経済')).toEqual({ cjk: 6, other: 0 });
    expect(countWords('Привет, мир! 数字 AI — 44% state-of-the-art')).toBe(7);
    expect(countWords('الاقتصاد الرقمي محرك النمو')).toBe(4);
  });

  it('mixes Thai with Latin names and figures', () => {
    expect(countWordsByScript('ADB ลงทุน 5 พันล้าน')).toEqual({ cjk: 0, other: 5 });
  });

  it('plans a Thai speech at the speaking rate of its words (not ten times too short)', () => {
    const sentence = 'เศรษฐกิจดิจิทัลได้กลายเป็นกลไกหลักของการเติบโตในภูมิภาคของเรา ';
    // 14 words a sentence; 10 sentences = 140 words ≈ 65 s at 130 wpm
    expect(speakingSeconds(sentence.repeat(10))).toBeCloseTo((140 / 130) * 60, 0);
  });

  it('stays linear on a long run without spaces (ICU is fed in windows)', () => {
    // เศรษฐกิจ|ดิจิทัล: two words, 20,000 times, in one string of 300,000 characters
    expect(segmentedWordCount('เศรษฐกิจดิจิทัล'.repeat(20_000))).toBe(40_000);
  });
});

describe('countWordsByScript, one pass', () => {
  // the counting rule as it was written first: CJK characters replaced by spaces, then tokens
  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
  const reference = (text: string): { cjk: number; other: number } => {
    let cjk = 0;
    const rest = text.replace(CJK, () => {
      cjk++;
      return ' ';
    });
    let other = 0;
    for (const token of rest.split(/\s+/)) {
      if (!token || !/[\p{L}\p{N}]/u.test(token)) continue;
      other += /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u.test(token)
        ? segmentedWordCount(token)
        : 1;
    }
    return { cjk, other };
  };
  // letters, digits, marks, punctuation and spaces of several scripts, an astral Han character
  // and a lone surrogate
  const pieces = [
    'a',
    'Z',
    '7',
    '-',
    '—',
    '.',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\u3000',
    '\u2009',
    'é',
    'ж',
    'ع',
    'ह',
    '\u093f',
    '数',
    'の',
    'カ',
    '𠀋',
    '\ud800',
    'ก',
    '\u0e31',
    'ฯ',
    '๕',
    'ລ',
    'ក',
    'မ',
    '١',
    "'",
  ];
  it('counts as the replace-and-split rule did, on any mix of scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(countWordsByScript(text)).toEqual(reference(text));
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });
});
