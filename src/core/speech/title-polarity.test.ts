import { describe, expect, it } from 'vitest';
import { deriveTitle } from './titles';
import { breaksSense, cutsWrittenWord } from './title-polarity';

// judge27: titles that said the opposite of the speech, or cut a word the text writes in parts
const VI_COLONY =
  'Sự thật là từ mùa thu năm 1940, nước ta đã thành thuộc địa của Nhật, chứ không phải thuộc địa của Pháp nữa.';
const HE_ZUSHA =
  'הדבר היחיד שאני מתיירא ממנו הוא מה אענה אם ישאלוני: "זושא, זושא" - זה היה שמו? "למה לא היית זושא?"';
const VI_RIGHTS =
  'Tạo hóa cho họ những quyền không ai có thể xâm phạm được; trong những quyền ấy, có quyền được sống, quyền tự do và quyền mưu cầu hạnh phúc. Lời bất hủ ấy ở trong bản Tuyên ngôn Độc lập năm 1776 của nước Mỹ. Suy rộng ra, câu ấy có ý nghĩa là: tất cả các dân tộc trên thế giới đều sinh ra bình đẳng, dân tộc nào cũng có quyền sống, quyền sung sướng và quyền tự do.';
const HE_SPEAKER =
  '"אדוני היושב - ראש" - זה נשמע כל כך נכון כאילו מאז ומעולם. ראובן ריבלין יושב - ראש הכנסת. ובמקום שאין הסכמה, כמו שאמר היושב - ראש, נדרשת הכרעה. רובי - סליחה, אדוני היושב - ראש - כל יושב - ראש משאיר חותם אחר בבית.';

describe('a title under a denial says the opposite (negation.ts, title-polarity.ts)', () => {
  it.each([
    ['vi', 'Thuộc địa của Pháp', VI_COLONY, true],
    // (a colony of Japan it was: said plainly)
    ['vi', 'Thuộc địa của Nhật', VI_COLONY, false],
    ['he', 'היית זושא', HE_ZUSHA, true],
    ['en', 'Colony of France', 'Since 1940 this land is no longer a colony of France.', true],
    ['en', 'Colony', 'Since 1940 this land is no longer a colony of France.', true],
    // (said plainly once: the speaker's own)
    ['en', 'Colony', 'We became a colony of Japan, not a colony of France.', false],
    ['ca', 'Suport del govern', 'El projecte no va tenir mai el suport del govern.', true],
    ['id', 'Pasar yang lesu', 'Tahun ini bukan pasar yang lesu.', true],
    ['ko', '경제 성장', '경제 성장만이 아니라 복지도 중요합니다.', true],
    // "not only … but also" denies nothing
    ['vi', 'Quyền bình đẳng', 'Chúng ta không chỉ đòi quyền bình đẳng mà còn đòi độc lập.', false],
    ['he', 'הכנסת', 'אני אוהב את הכנסת לא רק מתוקף החיים כאן.', false],
  ])('%s: "%s"', (lang, title, text, denied) => {
    expect(breaksSense(title, text, lang)).toBe(denied);
  });

  it('the Vietnamese and Hebrew slides take another title', () => {
    expect(deriveTitle([VI_COLONY], [], 'vi')).not.toBe('Thuộc địa của Pháp');
    expect(deriveTitle([HE_ZUSHA], [], 'he')).not.toBe('היית זושא');
  });
});

describe('a title never cuts a word the text writes in parts (title-polarity.ts)', () => {
  it('a Vietnamese compound of two syllables ("quyền tự do")', () => {
    expect(cutsWrittenWord('Quyền tự', VI_RIGHTS, 'vi')).toBe(true);
    expect(cutsWrittenWord('Quyền tự do', VI_RIGHTS, 'vi')).toBe(false);
    expect(cutsWrittenWord('Quyền được sống', VI_RIGHTS, 'vi')).toBe(false);
    // (other languages' words are whole: only the spaced hyphen binds them)
    expect(cutsWrittenWord('Quyền tự', VI_RIGHTS, 'fr')).toBe(false);
    expect(deriveTitle([VI_RIGHTS], [], 'vi')).not.toBe('Quyền tự');
  });

  it('a compound written with a spaced hyphen ("יושב - ראש")', () => {
    expect(cutsWrittenWord('ראש הכנסת', HE_SPEAKER, 'he')).toBe(true);
    expect(cutsWrittenWord('שאמר היושב', HE_SPEAKER, 'he')).toBe(true);
    // (a dash between two clauses binds nothing: "זה נשמע" is said after it once)
    expect(cutsWrittenWord('זה נשמע כל כך נכון', HE_SPEAKER, 'he')).toBe(false);
    expect(cutsWrittenWord('ראובן ריבלין', HE_SPEAKER, 'he')).toBe(false);
  });
});
