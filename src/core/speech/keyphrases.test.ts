import { describe, expect, it } from 'vitest';
import { keyPhrases } from './keyphrases';
import { deriveTitle } from './titles';

describe('key phrases', () => {
  it('keep a Hebrew acronym whole: its gershayim, typed " or ״, is inside the word', () => {
    for (const acronym of ['צה"ל', 'צה״ל']) {
      const text = `תקציב ${acronym} גדל השנה. תקציב ${acronym} הוא נושא חשוב לכנסת.`;
      const phrases = keyPhrases(text, 'he').map((p) => p.text);
      expect(
        phrases.some((p) => p.includes(acronym)),
        acronym,
      ).toBe(true);
      // never the acronym's tail alone ("ל")
      expect(phrases.every((p) => !/^ל(?:\s|$)/u.test(p))).toBe(true);
    }
    expect(deriveTitle(['היו"ר ראובן ריבלין:'], [], 'he', [], true)).not.toMatch(/^ר /u);
  });
});
