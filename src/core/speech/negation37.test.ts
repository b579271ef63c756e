import { describe, expect, it } from 'vitest';
import { cutFromItsNegation, isDenied } from './negation';
import { deriveTitle } from './titles';

// judge37: titles that dropped the sentence's negation and said the opposite ("Comasaţi clase" of
// "nu să comasaţi clase"; "যেগুলোর ব্যাপক চর্চা হয়" of "…হয় না"). The languages without a list of their
// own were read with every other language's words, and none of them had Romanian "nu" or a
// negation said after the verb.
const RO_MERGE =
  'Astfel, trebuie să angajăm mai mulţi profesori, nu să comasaţi clase, în care să fie cuprinşi chiar şi 40 de elevi.';
const RO_EXAM = 'Nu există absolvenţi de liceu în luna februarie, doamnelor şi domnilor de la PSD.';
const RO_SCHOOLS = 'Cerem ministrului garanţii: nu se vor închide şcoli; nu se vor comasa clase.';
const BN_TALKED = 'আমার প্রিয় দেশবাসী, দেশে এমন কিছু ভালো ঘটনা ঘটে, যেগুলোর ব্যাপক চর্চা হয় না।';
const ET_REFORM = 'Mina ei näe põhjust, et Eesti peaks tegema põhjaliku maksureformi.';

describe('a title cut from a negated clause keeps its sense (negation.ts, judge37)', () => {
  it.each([
    ['ro', 'comasaţi clase', RO_MERGE, true],
    ['ro', 'angajăm mai mulţi profesori', RO_MERGE, false],
    ['ro', 'există absolvenţi', RO_EXAM, true],
    ['ro', 'închide şcoli', RO_SCHOOLS, true],
    // Romanian writes "nu" onto its verb before a vowel: "n-au"
    ['ro', 'au făcut reforma', 'Guvernanţii n-au făcut reforma promisă.', true],
    ['ro', 'au făcut reforma', 'Guvernanţii au făcut reforma promisă.', false],
    // "nu numai … ci şi" denies nothing; Romanian "mai" (more, still) is no Italian "never"
    ['ro', 'salariile profesorilor', 'Nu numai salariile profesorilor întârzie, ci şi bursele.', false],
    ['ro', 'mulţi profesori', 'Pleacă mai mulţi profesori.', false],
    ['bn', 'যেগুলোর ব্যাপক চর্চা হয়', BN_TALKED, true],
    ['bn', 'ভালো ঘটনা ঘটে', BN_TALKED, false],
    ['et', 'näe põhjust', ET_REFORM, true],
    ['et', 'tasuta hambaravi', 'Tasuta hambaravi pole kõigile.', false],
    ['et', 'kõigile', 'Tasuta hambaravi pole kõigile.', true],
    ['sk', 'je to dobrý sviatok', 'Som presvedčený, že je to dobrý sviatok.', false],
    ['sk', 'je to dobrý sviatok', 'Nie som presvedčený, že nie je to dobrý sviatok.', true],
    ['hi', 'यह रास्ता सही', 'यह रास्ता सही नहीं है।', true],
    // the ergative "ने" is न with its vowel sign, no negation
    ['hi', 'सरकार ने', 'सरकार ने यह काम किया।', false],
    ['bg', 'добро решение', 'Това не е добро решение.', true],
    ['tr', 'doğru yol', 'Bu doğru yol değil.', true],
  ])('%s "%s"', (lang, phrase, text, denied) => {
    expect(isDenied(phrase, text, lang)).toBe(denied);
  });
});

describe("a title is never cut from its clause's negation (cutFromItsNegation, judge37)", () => {
  it.each([
    ['ro', 'există absolvenţi', RO_EXAM, true],
    ['ro', 'închide şcoli', RO_SCHOOLS, true],
    ['ro', 'comasaţi clase', RO_MERGE, true],
    ['ro', 'mulţi profesori', RO_MERGE, false],
    ['bn', 'যেগুলোর ব্যাপক চর্চা হয়', BN_TALKED, true],
    // what a preposition sets aside, or a denied clause names further off, is still the slide's subject
    ['uk', 'кар’єри', 'Це не про дороги і кар’єри, це не про 200 тисяч.', false],
    [
      'de',
      'vielfältige Unterstützung politischer Weggefährten',
      'Meine politische Arbeit wäre ohne die vielfältige Unterstützung politischer Weggefährten, national wie international, nicht möglich gewesen.',
      false,
    ],
  ])('%s "%s"', (lang, phrase, text, cut) => {
    expect(cutFromItsNegation(phrase, text, lang)).toBe(cut);
  });

  it('a Hindi denial said after its clause denies the words next to it, not the whole run-on clause', () => {
    const text =
      'खेलो इंडिया की ये कहानियाँ बता रही है कि न्यू इंडिया के निर्माण में सिर्फ बड़े शहरों के लोगों का योगदान नहीं है |';
    expect(isDenied('लोगों का योगदान', text, 'hi')).toBe(true);
    expect(isDenied('खेलो इंडिया', text, 'hi')).toBe(false);
  });

  it('the last-resort title of a Romanian slide is never cut from its "nu" ("Comasaţi clase" said the opposite)', () => {
    const title = deriveTitle([RO_MERGE], [], 'ro', [], true);
    expect(title.toLowerCase()).not.toBe('comasaţi clase');
  });
});
