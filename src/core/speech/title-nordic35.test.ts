import { describe, expect, it } from 'vitest';
import { fragmentProblem } from './fragment';
import { keyPhrases } from './keyphrases';
import { deriveTitle } from './titles';

// MP member on shipping, Riksdagen 2020 (judge31 sv-mp, judge34 #5): the slide's sentences
const SJOFART = [
  'Det är viktigt att miljöpåverkan från sjöfarten hanteras, så att vi kan dra nytta av sjöfartens energieffektivitet och klimatpotential fullt ut.',
  'Inte minst när det gäller inrikes sjöfart och pråmtrafik finns det en outnyttjad potential.',
  'Jag ser fram emot att se den nationella sjöfartssamordnarens arbete och förslag implementeras.',
  'De fartyg som i dag beställs, byggs och tas i drift kommer att leva under väldigt lång tid framöver.',
  'Omställningen inom sjöfarten behöver därför accelerera, samtidigt som sjöfarten stärks, så att vi kan dra nytta av dess energieffektivitet.',
  'Vi behöver sjöfarten för att säkra våra kopplingar till omvärlden.',
  'Inte minst är tillgången till tågfärjor ett viktigt komplement till Öresundsbron, vilket jag inte nämnde tidigare.',
  'Därför kommer Miljöpartiet att fortsätta att jobba med att gynna både en ökad sjöfart och en nödvändig omställning av sjöfarten.',
];

describe('a Scandinavian clause title keeps its subject (title-nordic.ts nordicSubjectCut)', () => {
  it('a noun said only after a preposition is no subject of the verb after it', () => {
    expect(fragmentProblem('Sjöfarten behöver därför accelerera', SJOFART[4]!, 'sv')).toBe(
      'a clause cut from its subject',
    );
    // (the same words as their sentence's own subject stand)
    expect(
      fragmentProblem('Sjöfarten behöver därför accelerera', 'Sjöfarten behöver därför accelerera.', 'sv'),
    ).toBeNull();
    expect(
      fragmentProblem('Regeringen måste agera', 'I höstas sa vi att regeringen måste agera snabbt.', 'sv'),
    ).toBeNull();
  });
  it('the slide is never titled by the subject-less half of its sentence', () => {
    const title = deriveTitle(SJOFART, [], 'sv');
    expect(title).not.toBe('Sjöfarten behöver därför accelerera');
    expect(title).not.toBe('');
  });
  it('nor by a noun and the degree adverb said after it ("fullt ut", lexicon.ts)', () => {
    const phrases = keyPhrases(SJOFART[0]!, 'sv', []).map((p) => p.text.toLowerCase());
    expect(phrases).not.toContain('klimatpotential fullt');
    expect(phrases).toContain('klimatpotential');
    expect(deriveTitle(SJOFART, [], 'sv')).toBe('Outnyttjad potential');
  });
});
