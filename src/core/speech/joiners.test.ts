import { describe, expect, it } from 'vitest';
import { keyPhrases } from './keyphrases';

// judge37 ml: "കാര്‍ഗിലിനെ" (Kargil) was cut at its joiner into the title "ഗിലിനെ കടന്നുകയറ്റക്കാരുടെ
// പിടിയില്", and the title's last chillu lost its joiner
const ML_KARGIL =
  'വായുസേന 1965 ലും ശത്രുക്കള്‍ക്ക് മുഖമടച്ച് മറുപടി കൊടുക്കുകയുണ്ടായി. 1999 ല്‍ കാര്‍ഗിലിനെ കടന്നുകയറ്റക്കാരുടെ പിടിയില്‍ നിന്ന് മോചിപ്പിക്കുന്നതിലും വായുസേനയുടെ പങ്ക് വലുതായിരുന്നു.';

describe('a word written with a zero-width joiner is one word (joiners.ts, judge37)', () => {
  it('never starts or ends a key phrase at a joiner', () => {
    const phrases = keyPhrases(ML_KARGIL, 'ml').map((k) => k.text);
    expect(phrases.some((p) => p.startsWith('ഗിലിനെ'))).toBe(false);
    expect(phrases.some((p) => /്$/u.test(p))).toBe(false);
    expect(phrases.every((p) => !p.split(' ').includes('കാര്'))).toBe(true);
  });
  it('never opens a phrase on the case ending written after a numeral ("1971 ലെ")', () => {
    const phrases = keyPhrases('1971 ലെ ബംഗ്ലാദേശ് സ്വാതന്ത്ര്യസമരത്തെക്കുറിച്ച് ആര്‍ക്കാണറിയാത്തത്.', 'ml').map(
      (k) => k.text,
    );
    expect(phrases.some((p) => p.startsWith('ലെ '))).toBe(false);
  });
});
