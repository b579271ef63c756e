import { describe, expect, it } from 'vitest';
import { keyPhrases } from './keyphrases';
import { isFunctionWord } from './lexicon';

// judge27: "L'evolució posterior cap" (Riba 2022, then detected as Spanish) ended on a preposition
describe('Catalan closed-class words (lexicon.ts)', () => {
  it('"cap" (towards) ends no Catalan phrase, and is no Spanish or French function word', () => {
    expect(isFunctionWord('cap', 'ca')).toBe(true);
    expect(isFunctionWord('cap', 'fr')).toBe(false);
    const ca =
      "L'evolució posterior cap a la Comissió Executiva Nacional del partit va ser ràpida. L'evolució posterior cap a la política va ser natural.";
    expect(keyPhrases(ca, 'ca').map((k) => k.text)).not.toContain("L'evolució posterior cap");
  });
});
