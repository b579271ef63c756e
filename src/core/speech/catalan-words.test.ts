import { describe, expect, it } from 'vitest';
import { keyPhrases } from './keyphrases';
import { isFunctionWord } from './lexicon';

// judge27: "L'evolució posterior cap" (Riba 2022, Catalan detected as Spanish) ended on a preposition
describe('Catalan closed-class words hold when the text is read as Spanish (lexicon.ts)', () => {
  it('"cap" (towards) ends a phrase in Catalan and in Catalan taken for Spanish', () => {
    for (const lang of ['ca', 'es']) expect(isFunctionWord('cap', lang)).toBe(true);
    const ca =
      "L'evolució posterior cap a la Comissió Executiva Nacional del partit va ser ràpida. L'evolució posterior cap a la política va ser natural.";
    for (const lang of ['ca', 'es'])
      expect(keyPhrases(ca, lang).map((k) => k.text)).not.toContain("L'evolució posterior cap");
  });
});
