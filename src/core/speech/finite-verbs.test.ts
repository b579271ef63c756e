import { describe, expect, it } from 'vitest';
import { keyPhrases } from './keyphrases';

describe('a key phrase never runs across a finite verb (keyphrases.ts)', () => {
  // Willem-Alexander, Troonrede 2015 (judge27)
  it.each([
    [
      'nl',
      'Ook in de samenleving staat Nederland er in veel opzichten goed voor.',
      'samenleving staat nederland',
    ],
    ['nl', 'Iedereen moet het herstel gaan voelen, het herstel gaat voelen.', 'herstel gaat voelen'],
    ['nl', 'De regering kiest ervoor om extra te investeren in defensie.', 'regering kiest'],
  ])('%s: %s', (lang, text, phrase) => {
    expect(keyPhrases(text, lang).map((k) => k.text.toLowerCase())).not.toContain(phrase);
  });

  it('a Dutch verb form that is also a noun stays the noun after an article or an adjective', () => {
    const text = 'Een sterke staat blijft nodig voor de burgers. De staat Nederland heeft een rechtsorde.';
    const found = keyPhrases(text, 'nl').map((k) => k.text.toLowerCase());
    expect(found).toContain('sterke staat');
    expect(found.some((p) => p.startsWith('staat'))).toBe(true);
  });
});
