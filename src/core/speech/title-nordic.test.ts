import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { isFunctionWord } from './lexicon';
import { salutationEnd, structureKind } from './structure';
import { isSwedishInfinitive } from './title-nordic';
import { titleWordsProblem } from './title-words';

describe('sv/da/nb/nl/fi titles and salutations (title-nordic.ts, structure.ts; judge15)', () => {
  it.each([
    ['Kalmar län fattades', 'sv'],
    ['Presenterat åtgärder', 'sv'],
    ['Långsiktigt bevara', 'sv'],
    ['Att stötta lantbruket', 'sv'],
    ['Som regeringen föreslår', 'sv'],
    ['Lovforslaget vedtoges', 'da'],
    ['Dat het kabinet', 'nl'],
    ['Wij investeren fors', 'nl'],
    ['Hakemukset hylättiin', 'fi'],
    ['Lod resultaterne tale', 'da'],
    ['Svend Jakobsen interesseret', 'da'],
    ['Svend Jakobsen byggede', 'da'],
    ['Regeringen presenterade', 'sv'],
    ['Että hallitus', 'fi'],
    ['Svenska lantbruket', 'sv'],
  ])('"%s" (%s) is no headline', (title, lang) => {
    // (the last one ends on "lantbruket": a headline — it is the control)
    if (title === 'Svenska lantbruket') expect(titleWordsProblem(title, lang)).toBeNull();
    else expect(titleWordsProblem(title, lang)).not.toBeNull();
  });

  it.each([
    ['Biologisk mångfald', 'sv'],
    ['Nationella miljökvalitetsmål', 'sv'],
    ['Moderat politik', 'sv'],
    ['Vergunning verleend', 'nl'],
    ['Dansk landbrug', 'da'],
    ['Biotooppien suojelu', 'fi'],
  ])('"%s" (%s) may be a title', (title, lang) => {
    expect(titleWordsProblem(title, lang)).toBeNull();
  });

  it.each([
    'Fru talman!',
    'Herr talman!',
    'Ärade ledamöter!',
    'Formand!',
    'Hr. formand,',
    'Voorzitter!',
    'Mevrouw de voorzitter,',
    'Geachte aanwezigen,',
    'Arvoisa puhemies!',
    'Herra puhemies!',
  ])('"%s" is a salutation', (line) => {
    expect(structureKind(line)).toBe('salutation');
  });

  it.each(['Mødet er åbnet.', 'Sammanträdet är öppnat.', 'De vergadering is geopend.'])(
    '"%s" is a chair\'s formula, no content',
    (line) => {
      expect(structureKind(line)).toBe('format');
    },
  );

  it.each(['Talmannen har ordet.', 'Formanden har talt længe nok.', 'Kalmar län fattade beslut.'])(
    '"%s" is speech',
    (line) => {
      expect(structureKind(line)).toBeNull();
    },
  );

  it('the opening "Fru talman!" is off the content slides and no title', () => {
    const p =
      'Fru talman! Anders Åkesson har frågat mig när och på vilket sätt ministern och regeringen avser att svara.';
    expect(salutationEnd(p, p.indexOf('!') + 1)).toBe('Fru talman! '.length - 1);
    const deck = buildDeck(
      `---\nlang: sv\n---\n\n${p} Länsstyrelsen i Kalmar län har inkommit med en hemställan om ändringar av biotopskyddet i miljöbalken. Förslagen handlar om att ta bort skyddet för odlingsrösen och stengärdsgårdar.`,
      { fileName: 'sv-biotopskydd.txt' },
    );
    const content = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    expect(content.map((s) => s.title)).not.toContain('Fru talman');
    expect(content.map((s) => s.screenText).join('\n')).not.toContain('Fru talman');
  });

  it('Swedish, Dutch and Finnish closed words are read for their own language only', () => {
    expect(isFunctionWord('man', 'sv')).toBe(true);
    expect(isFunctionWord('van', 'nl')).toBe(true);
    expect(isFunctionWord('on', 'fi')).toBe(true);
    // neither lent to English or German nor read when the language is unknown
    for (const lang of ['', 'en', 'de']) {
      expect(isFunctionWord('man', lang)).toBe(false);
      expect(isFunctionWord('har', lang)).toBe(false);
      expect(isFunctionWord('dat', lang)).toBe(false);
    }
    expect(titleWordsProblem('The Forgotten Man', 'en')).toBeNull();
  });
});

describe('one Swedish modal word class (title-nordic.ts SV_MODAL)', () => {
  it('a verb after any modal is an infinitive, finite or infinitive modal alike', () => {
    // (riksdagsdebatt: "…att vi vågar ta ansvar", "…skulle orka bära kostnaden", "…att kunna arbeta")
    expect(isSwedishInfinitive('ta', 'vågar', 'sv')).toBe(true);
    expect(isSwedishInfinitive('bära', 'orka', 'sv')).toBe(true);
    expect(isSwedishInfinitive('arbeta', 'kunna', 'sv')).toBe(true);
    expect(isSwedishInfinitive('använda', 'slipper', 'sv')).toBe(true);
    // (not the definite plural after a modal, nor a verb in another language)
    expect(isSwedishInfinitive('fartygen', 'kan', 'sv')).toBe(false);
    expect(isSwedishInfinitive('ta', 'vågar', 'da')).toBe(false);
  });
});
