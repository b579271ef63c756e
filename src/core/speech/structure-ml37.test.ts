import { describe, expect, it } from 'vitest';
import { structureKind } from './structure';
import { buildDeck } from '.';

// judge37: Mann Ki Baat in Malayalam (2018-09): three slides were titled by the radio talk's form
// of address ("പ്രിയപ്പെട്ട ജനങ്ങളേ", dear people) and one by a caller's "വളരെ വളരെ നന്ദി" (thank
// you very much), as Hindi's "प्यारे देशवासियो" and Tamil's "நாட்டு மக்களே" no longer are
describe('Malayalam forms of address and thanks (structure.ts GREETING, THANKS)', () => {
  it.each([
    ['പ്രിയപ്പെട്ട ജനങ്ങളേ,', 'greeting'],
    ['എന്റെ പ്രിയപ്പെട്ട ജനങ്ങളേ,', 'greeting'],
    ['പ്രിയപ്പെട്ട ദേശവാസികളേ!', 'greeting'],
    // (the joiner after the virama written or not)
    ['നമസ്‌കാരം.', 'greeting'],
    ['നമസ്കാരം.', 'greeting'],
    ['വളരെ വളരെ നന്ദി.', 'thanks'],
    ['നന്ദി.', 'thanks'],
  ])('"%s" is a %s', (line, kind) => {
    expect(structureKind(line)).toBe(kind);
  });

  it.each([
    // a sentence that opens with the address says something
    'പ്രിയപ്പെട്ട ജനങ്ങളേ, സ്വച്ഛഭാരത് മിഷന്‍ കേവലം നമ്മുടെ രാജ്യത്തു മാത്രമല്ല, മറിച്ച് ലോകമെങ്ങും ഒരു വിജയപ്രദമായ കഥയായി മാറിയിരിക്കുന്നു.',
    // "നന്ദിയോടെ" (with gratitude) opens a sentence; "നന്ദി" is no prefix of another word
    'നന്ദിയോടെ ഞങ്ങള്‍ ഈ ദിവസം ഓര്‍ക്കുന്നു.',
  ])('"%s" is no structure line', (line) => {
    expect(structureKind(line)).toBeNull();
  });

  it('no content slide is titled by its form of address or a thanks (the closing thanks is the closing slide)', () => {
    const text = [
      'പ്രിയപ്പെട്ട ജനങ്ങളേ,',
      'സ്വച്ഛഭാരത് മിഷന്‍ കേവലം നമ്മുടെ രാജ്യത്തു മാത്രമല്ല, മറിച്ച് ലോകമെങ്ങും ഒരു വിജയപ്രദമായ കഥയായി മാറിയിരിക്കുന്നു. ഗ്രാമങ്ങളിലെ ശുചിത്വം ഇന്ന് ഒരു ജനകീയ പ്രസ്ഥാനമാണ്.',
      'പ്രിയപ്പെട്ട ദേശവാസികളേ,',
      'ഒക്‌ടോബര്‍ മാസത്തില്‍ ജയപ്രകാശ് നാരായണന്റെ ജന്മദിനം വരുന്നു. അദ്ദേഹം ജനാധിപത്യത്തിനുവേണ്ടി ജീവിതം സമര്‍പ്പിച്ചു.',
      'വളരെ വളരെ നന്ദി.',
    ].join('\n\n');
    const slides = buildDeck(text, { fileName: 'ml-talk.txt' }).slides;
    const titles = slides.filter((s) => s.layout !== 'closing').map((s) => s.title ?? '');
    expect(slides.at(-1)?.layout).toBe('closing');
    for (const t of titles)
      expect(t).not.toMatch(/^(?:എന്റെ\s+)?പ്രിയപ്പെട്ട\s+(?:ജനങ്ങളേ|ദേശവാസികളേ)|^വളരെ വളരെ നന്ദി/u);
  });
});
