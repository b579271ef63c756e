import { describe, expect, it } from 'vitest';
import { figuresBlock } from '../body';
import { sentenceFigures } from './index';

/** The cards a paragraph makes, "value — label". */
const cards = (text: string, lang: string) => {
  const b = figuresBlock([{ text }], lang);
  return b?.type === 'figures' ? b.items.map((f) => `${f.value} — ${f.label}`) : [];
};

describe('a Nordic count named by its noun is labelled by the noun and its participle (lead.ts, judge36)', () => {
  it.each([
    // the Storting president's closing statistics, 2011 (judge35): every count but one had no card
    [
      'no',
      'Stortinget har i løpet av dette året avholdt 107 møter. I tillegg er det avholdt 28 kveldsmøter. Stortingsrepresentantene har fremmet 173 representantforslag.',
      ['107 — møter avholdt', '28 — kveldsmøter avholdt', '173 — representantforslag fremmet'],
    ],
    // a particle stays after its participle
    [
      'no',
      'Komiteene har lagt fram 446 innstillinger. Regjeringen har besvart 124 interpellasjoner, og det er det høyeste antallet som noen gang har vært behandlet i løpet av et stortingsår.',
      ['446 — innstillinger lagt fram', '124 — interpellasjoner besvart'],
    ],
    // whom the count was put to stays, said with the deed ("183 saker — for Stortinget" said neither
    // who put them nor that they were put)
    [
      'no',
      'Regjeringen har fremmet 183 saker for Stortinget, fordelt på 100 stortingsproposisjoner og 49 lovproposisjoner samt 4 kombinerte proposisjoner og 30 meldinger.',
      ['183 — saker fremmet for Stortinget'],
    ],
    // Danish: the same perfect
    [
      'da',
      'Folketinget har i dette folketingsår behandlet 212 lovforslag. Ministrene har besvaret 5 400 spørgsmål.',
      ['212 — lovforslag behandlet', '5 400 — spørgsmål besvaret'],
    ],
    // Swedish: a regular supine is said as its plural participle
    [
      'sv',
      'Regeringen har under året besvarat 124 interpellationer. Kammaren har hållit 107 sammanträden.',
      ['124 — interpellationer besvarade', '107 — sammanträden hållna'],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(cards(text, lang)).toEqual(want);
  });

  it.each([
    // a plan is never a card of a deed done
    ['no', 'Stortinget skal avholde 107 møter og vil legge fram 446 innstillinger.'],
    // "har vært 298" says what a number was, not what was done to it
    ['no', 'Antall spørsmål til den ordinære spørretimen har vært 298.'],
    // a unit or a scale is no counted noun
    ['no', 'Regjeringen har bevilget 300 millioner.'],
  ])('%s: no participle label for %s', (lang, text) => {
    expect(cards(text, lang).filter((c) => /avholdt|fremmet|lagt fram|bevilget|vært/u.test(c))).toEqual([]);
  });
});

/** A sentence's figures, "value — label". */
const said = (sentence: string, lang: string) =>
  sentenceFigures(sentence, lang).map((f) => `${f.value} — ${f.label}`);

describe('a label says what is counted, or there is none (judge36)', () => {
  it.each([
    // Latvian (Kaimiņš, Saeima 2014): "Tagad mums ir" ("now we have") ends on the copula, a stop word
    // of a language the lexicon keeps no list for; it was the card's label
    [
      'lv',
      'Tagad mums ir 54 Zolitūdes upuri, kuri nav miruši no lodēm, bet gan no mūsu likumdošanas neizdarībām.',
      ['54 Zolitūdes upuri — '],
    ],
    // LBJ 1964: the money is of tax reduction; "must release" alone was its label
    [
      'en',
      'Above all, we must release $11 billion of tax reduction into the private spending stream to create new jobs and new markets in every area of this land.',
      ['$11 billion — '],
    ],
    // LBJ 1964: which fifth, said with "with" (its "to even meet…" cut after the degree "too small")
    [
      'en',
      'The program I shall propose will emphasize this cooperative approach to help that one-fifth of all American families with incomes too small to even meet their basic needs.',
      ['one-fifth — of all American families with incomes too small'],
    ],
    // the Storting 2011: a rise of 10 % is a rise, never "fra forrige storting" alone
    [
      'no',
      'Skriftlige spørsmål til regjeringen er per i dag 1 967, og da er det igjen satt rekord i antall, med en økning på ca. 10 pst. fra forrige storting.',
      ['10 pst. — økning fra forrige storting'],
    ],
    ['sv', 'Exporten har haft en ökning med 12 procent.', ['12 procent — ']],
    // judge37, Biden's eulogy for Carter: a noun and a name before "lived" are a relative clause
    // ("life Jimmy Carter" was the label, the verb cut away as if the name were its subject)
    [
      'en',
      'To make every minute of our time here on Earth count, that’s the definition of a good life — a life Jimmy Carter lived during his 100 years.',
      ['100 years — life Jimmy Carter lived'],
    ],
    // judge37, Estonian interpellation: a label never opens on a quote mark that does not close in it
    [
      'et',
      "Viies küsimus: 'Euroopa Liidu 28 liikmesriigist 22 kasutavad astmelist tulumaksu.",
      ['28 — ', '22 — kasutavad astmelist tulumaksu'],
    ],
    // judge37, Romanian motion: "ani este peste" ends on "peste" (over), a stop word of Romanian
    [
      'ro',
      'Realitatea ce transpare din rezultatele la testele internaţionale: România ocupă locul 48 din 72 ţări participante, iar rata şomajului în rândul tinerilor sub 25 de ani este peste 20%.',
      ['48 — România ocupă locul', '72 ţări participante — ', '25 — ', '20% — '],
    ],
    // judge37, Bengali: the crore (কোটি) is the number's scale, never its label's first word
    [
      'bn',
      'এই সব কিছুই ১৩০ কোটি দেশবাসীর অদম্য প্রচেষ্টায় সম্ভব হয়েছে।',
      ['১৩০ কোটি — দেশবাসীর অদম্য প্রচেষ্টায় সম্ভব হয়েছে'],
    ],
  ])('%s: %s', (lang, sentence, want) => {
    expect(said(sentence, lang)).toEqual(want);
  });
});
