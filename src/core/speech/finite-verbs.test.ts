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
    // Napolitano, Senato 2018 (corpus): the run across "va" was too long and gave no phrase at all
    [
      'it',
      "Il confronto politico va egualmente liberato anche da qualsiasi nostalgia o indulgenza verso il regime della violenza che con il fascismo ha dominato per vent'anni l'Italia.",
      'confronto politico va egualmente',
    ],
  ])('%s: %s', (lang, text, phrase) => {
    expect(keyPhrases(text, lang).map((k) => k.text.toLowerCase())).not.toContain(phrase);
  });

  it('Napolitano 2018: the subject before "va" is a phrase of its own', () => {
    const text =
      "Il confronto politico va egualmente liberato anche da qualsiasi nostalgia o indulgenza verso il regime della violenza che con il fascismo ha dominato per vent'anni l'Italia.";
    expect(keyPhrases(text, 'it').map((k) => k.text.toLowerCase())).toContain('confronto politico');
  });

  it('a Dutch verb form that is also a noun stays the noun after an article or an adjective', () => {
    const text = 'Een sterke staat blijft nodig voor de burgers. De staat Nederland heeft een rechtsorde.';
    const found = keyPhrases(text, 'nl').map((k) => k.text.toLowerCase());
    expect(found).toContain('sterke staat');
    expect(found.some((p) => p.startsWith('staat'))).toBe(true);
  });
});
