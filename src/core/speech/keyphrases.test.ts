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

describe('key phrases never hold a piece of a number said in words (judge15)', () => {
  it.each([
    // "the Forty-seventh National Assembly": never "the Seventh National Assembly"
    [
      'bg',
      'Днес е последното заседание на Четиридесет и седмото народно събрание. Четиридесет и седмото народно събрание приключи. Четиридесет седмото народно събрание успя.',
      /^(?:с|С)едмото/u,
    ],
    [
      'es',
      'Hoy cumple treinta y siete años la Constitución. Treinta y siete años de Constitución.',
      /^siete|^Siete/u,
    ],
    ['en', 'The Forty seventh Assembly met. The Forty seventh Assembly closed.', /^seventh/iu],
  ])('%s', (lang, text, cut) => {
    const phrases = keyPhrases(text, lang).map((p) => p.text);
    expect(phrases.length).toBeGreaterThan(0);
    for (const p of phrases) expect(p, p).not.toMatch(cut);
  });
  it('keeps a number and its noun apart, as before ("forty acres and a mule")', () => {
    expect(
      keyPhrases('They were promised forty acres and a mule. Forty acres.', 'en').map((p) => p.text),
    ).toContain('acres');
  });
});
