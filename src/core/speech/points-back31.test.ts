/**
 * A line on screen stands alone: one that opens on (or, in Greek, hinges on) a word pointing back
 * at a sentence not on screen is not the slide's line. The pointers live in one table a language
 * (lexicon.ts BACK_POINTERS), German's among them: its pronouns and pronominal adverbs are read in
 * a German speech only, never in a Dutch one ("Er komt…" is Dutch "there comes").
 *
 * Sources: Park Geun-hye, 3.1절 기념사 2015 and UN Climate Summit 2014 (corpus); Willem-Alexander,
 * Troonrede 2015 (judge27); Merkel, Zapfenstreich 2021 (judge26); the Greek Parliament's Holocaust
 * Remembrance Day 2022 (judge26).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { keyBlock } from './body';
import { buildDeck } from './index';
import { pointsBackIn } from './lexicon';
import { leansBack } from './striking';

describe('one table of pointers a language (lexicon.ts BACK_POINTERS)', () => {
  it.each([
    // German, in a German speech: "Sie" with a verb in the third person singular is she or it
    ['de', 'Sie lebt vom steten Ausgleich der Interessen und vom Respekt voreinander.', true],
    ['de', 'Dazu gehören auch verlässliche und verbindliche Abkommen.', true],
    [
      'de',
      'Das ist entscheidend; denn als deutscher Auslandssender steht die Deutsche Welle für unsere Werte.',
      true,
    ],
    ['de', 'Sie wissen, dass wir die Investitionen Jahr für Jahr steigern.', false],
    // …never in a Dutch one: "Er komt…" is "there comes"
    [
      'nl',
      'Er komt structureel 210 miljoen euro beschikbaar om de zorg in de verpleeghuizen te verbeteren en ruimte te maken voor meer persoonlijke aandacht.',
      false,
    ],
    // Korean "또한," (also): what it adds to is the sentence before
    [
      'ko',
      '또한, 금년 중에 남북한 간 의미있는 스포츠, 문화, 예술분야 교류와 민생차원의 협력을 확대해 나가길 기대합니다.',
      true,
    ],
    ['ko', '남북한은 민족문화 보전사업의 확대와 역사 공동연구에 착수할 수도 있을 것입니다.', false],
    // Greek "αυτό ακριβώς" (exactly this), wherever it stands
    [
      'el',
      "Η φράση «παρ' όλα αυτά, πιστεύω πως κατά βάθος όλοι οι άνθρωποι είναι καλοί» καταδεικνύει αυτό ακριβώς.",
      true,
    ],
    ['el', 'Γι’ αυτό πρέπει να θυμόμαστε.', true],
    ['el', 'Η νεαρή Εβραιοπούλα δεν έπαψε στιγμή να πιστεύει στον άνθρωπο.', false],
  ])('%s: %s → %s', (lang, line, back) => {
    expect(leansBack(line, lang)).toBe(back);
  });

  it('the German cased openings are German only', () => {
    expect(
      pointsBackIn('Sie gefährdet auch den Frieden im Nahen Osten, den wir erreichen wollen.', 'de'),
    ).toBe(true);
    expect(leansBack('Er komt een nieuwe wet.', 'nl')).toBe(false);
  });
});

describe('the slide shows a line that stands, not the one that points back', () => {
  it('Greek 2022: not "…καταδεικνύει αυτό ακριβώς."', () => {
    const slide = [
      'Μάρτυρας της θυσίας τους και σύμβολο του Ολοκαυτώματος έγινε ένα κορίτσι, η Άννα, κρυμμένη στη σοφίτα του γνωστού πλέον πίσω σπιτιού στο Άμστερνταμ, που μέσα σε δύο χρόνια κατόρθωσε να χωρέσει όλες τις ελπίδες και τα όνειρα του κόσμου σε ένα μικρό ημερολόγιο.',
      "Παρ' ότι έζησε τον τρόμο σε πρώτο πρόσωπο και υπέφερε από την αγριότητα του πολέμου και των διώξεων, η νεαρή Εβραιοπούλα δεν έπαψε στιγμή να πιστεύει στον άνθρωπο και τις δυνατότητές του.",
      "Η φράση «παρ' όλα αυτά, πιστεύω πως κατά βάθος όλοι οι άνθρωποι είναι καλοί» καταδεικνύει αυτό ακριβώς.",
      'Την ακούραστη πίστη και αισιοδοξία για ένα μέλλον με ανοιχτές καρδιές και χέρια ενωμένα.',
      'Για όλους εμάς, αυτό αποτελεί ένα πολύτιμο δίδαγμα, μια άφθαρτη αλήθεια που λειτουργεί διαχρονικά στην πορεία της ιστορίας.',
    ];
    const block = keyBlock(slide, 'Άννα Φρανκ', [], 'el');
    expect(block).not.toBeNull();
    expect(blocksText([block!])).not.toMatch(/αυτό ακριβώς/u);
  });

  const corpus = (name: string) =>
    readFileSync(new URL(`../../../tests/fixtures/speeches/corpus/${name}`, import.meta.url), 'utf8');

  it.each(['ko-park-samiljeol-2015.txt', 'ko-park-un-climate-summit-2014.txt'])(
    'Park: no line on screen opens on "또한," (%s)',
    (name) => {
      const deck = buildDeck(corpus(name), { fileName: name });
      const lines = deck.slides.map((s) => blocksText(s.blocks).trim()).filter(Boolean);
      expect(lines.length).toBeGreaterThan(3);
      expect(lines.filter((l) => /^또한/u.test(l))).toEqual([]);
    },
  );
});

describe("a speech's last sentence that concludes on 'therefore' is its closing line", () => {
  // the close of a Miljöpartiet member's speech in the Riksdag shipping debate, 16 April 2020
  // (ParlaMint-SE, CC BY 4.0; judge31): its pledge, not the sentence three before it
  const close = (last: string) =>
    buildDeck(
      `Sjöfartsdebatt\n\nVi har en stor outnyttjad potential. Jag ser fram emot att se den nationella sjöfartssamordnarens arbete och förslag implementeras. De fartyg som i dag beställs, byggs och tas i drift kommer att leva under väldigt lång tid framöver. Omställningen inom sjöfarten behöver därför accelerera, samtidigt som sjöfarten stärks, så att vi kan dra nytta av dess energieffektivitet. Vi behöver sjöfarten för att säkra våra kopplingar till omvärlden. Inte minst är tillgången till tågfärjor ett viktigt komplement till Öresundsbron, vilket jag inte nämnde tidigare. ${last}`,
      { fileName: 'sv.txt' },
    ).slides.at(-1)!.screenText;

  it('"Därför kommer Miljöpartiet att fortsätta…" says its own subject: the pledge is the line', () => {
    expect(
      close(
        'Därför kommer Miljöpartiet att fortsätta att jobba med att gynna både en ökad sjöfart och en nödvändig omställning av sjöfarten.',
      ),
    ).toContain('Därför kommer Miljöpartiet att fortsätta');
  });

  it('a "therefore" whose rest still points back ("Därför är detta…") is no conclusion of its own', () => {
    expect(close('Därför är detta viktigt för oss alla i hela landet och i hela Europa.')).not.toContain(
      'Därför är detta',
    );
  });
});
