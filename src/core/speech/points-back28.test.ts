/**
 * Lines that point back at what is off screen are no slide's line, in every language the pointer
 * table knows (lexicon.ts BACK_POINTERS, read by striking.ts leansBack and body.ts keyLine): Dutch
 * "hierop", "daar … aan", "Dit vraagt…", "Deze problemen…"; German "Hierfür…"; Korean "이를 위해…";
 * Hindi "इसके बावजूद…"; English "What followed was…". And a
 * last-resort line cut at a comma is a clause with its verb, never the phrase fronted before it
 * (items.ts opensOnPreposition: Greek "Ειδικά για εμάς…").
 *
 * Sources: Willem-Alexander, Troonrede 2015 (judge27); Merkel, Zapfenstreich 2021 (judge26); Park
 * Geun-hye, 3.1절 기념사 2015 (corpus); Modi, Mann Ki Baat January 2019 (corpus); Deese 2022 and
 * the Greek Parliament's Holocaust Remembrance Day 2022 (judge26).
 */
import { describe, expect, it } from 'vitest';
import { keyLine } from './body';
import { commaHead } from './last-line';
import { pointsBackIn } from './lexicon';
import { leansBack } from './striking';

describe('pointsBackIn: the speech language’s pointers (lexicon.ts BACK_POINTERS)', () => {
  it.each([
    ['nl', 'De noodzakelijke hervormingen van de laatste jaren zijn hierop gericht.', true],
    ['nl', 'De regering werkt daar de komende jaren intensief aan.', true],
    // (a personal pronoun is left out: the table holds what points at a thing said)
    ['nl', 'Ze zijn met breed politiek draagvlak tot stand gekomen.', false],
    ['nl', 'Het aantal banen neemt weliswaar toe, maar te veel mensen kunnen nog geen werk vinden.', false],
    ['de', 'Hierfür wünsche ich Ihnen alles, alles Gute, eine glückliche Hand und viel Erfolg.', true],
    ['de', 'Hier in Berlin beginnt heute ein neues Kapitel.', false],
    ['ko', '이를 위해 정부는 민족 동질성 회복에 기여하는 순수 민간교류를 적극 장려할 것입니다.', true],
    ['ko', '그런데 우리 경제는 지금 중요한 갈림길에 서 있습니다.', false],
    ['hi', 'इसके बावजूद सोनाली ने कबड्डी को चुना और उत्कृष्ट प्रदर्शन किया |', true],
    ['hi', 'बच्चों के लिए आसमान और सितारे हमेशा बड़े आकर्षक होते हैं |', false],
    // (another language's words are not read with this table: German "Die" is an article)
    ['de', 'Die Regierung hat viel erreicht in diesen Jahren.', false],
  ])('%s: %s', (lang, line, back) => {
    expect(pointsBackIn(line, lang)).toBe(back);
  });

  it('an opening demonstrative is the key line’s test only, as English "These problems…"', () => {
    const line =
      'Deze problemen zijn ontstaan door militaire conflicten, politieke instabiliteit, schendingen van mensenrechten, armoede en gebrek aan kansen en toekomst.';
    expect(pointsBackIn(line, 'nl')).toBe(false);
    expect(pointsBackIn(line, 'nl', true)).toBe(true);
  });
});

describe('leansBack: in the speech’s language', () => {
  it.each([
    ['nl', 'Daarom kiest de regering voor een integrale aanpak.'],
    ['ko', '이를 위해 정부는 민족 동질성 회복에 기여하는 순수 민간교류를 적극 장려할 것입니다.'],
    ['en', 'What followed was decline in our nation’s industrial and technological-innovation capacity.'],
  ])('%s: %s', (lang, line) => {
    expect(leansBack(line, lang)).toBe(true);
  });

  it('a line that stands keeps standing', () => {
    expect(leansBack('And since our founding, American Muslims have enriched the United States.', 'en')).toBe(
      false,
    );
    expect(
      leansBack('Er is een integrale aanpak nodig die rekening houdt met alle relevante factoren.', 'nl'),
    ).toBe(false);
  });
});

describe('keyLine: another sentence of the slide, not the one that points back', () => {
  it('Troonrede 2015: not "Dit vraagt om scherpe keuzes…"', () => {
    const slide = [
      'De vluchtelingenstroom groeit en duldt geen afwachtende houding.',
      'Dit vraagt om scherpe keuzes voor beperking van de instroom en een betere verdeling over de lidstaten.',
      'Er is een integrale aanpak nodig die rekening houdt met alle relevante factoren.',
    ];
    expect(keyLine(slide, 'Vluchtelingen', 'nl')).not.toBe(slide[1]);
  });

  it('Deese 2022: not "What followed was decline…"', () => {
    const slide = [
      'Starting in the early 1980s, the embrace of trickle-down economics led to decades of neglect of these engines of innovation.',
      'What followed was decline in our nation’s industrial and technological-innovation capacity.',
      'We are reviving a uniquely powerful tradition that Cleveland embodies, rebuilt for a new era.',
    ];
    expect(keyLine(slide, 'American policy', 'en')).not.toBe(slide[1]);
  });
});

describe('commaHead: never the phrase fronted before the main clause', () => {
  it('Greek 2022: "Ειδικά για εμάς τους Έλληνες…" is cut before its verb', () => {
    const sentence =
      'Ειδικά για εμάς τους Έλληνες και ειδικά φέτος που συμπληρώνονται εκατό χρόνια από τη Μικρασιατική Καταστροφή μιας ακόμα ντροπιαστικής σελίδας στην ιστορία του ανθρώπινου γένους, μιας θηριωδίας την οποία εμπνεύστηκε το ίνδαλμα του Αδόλφου Χίτλερ, ο Κεμάλ Ατατούρκ, είναι δυστυχώς κοινός τόπος ότι ο θάνατος, ο ξεριζωμός και η προσφυγιά παραμένουν ένας θλιβερός κοινός παρονομαστής για την ανθρωπότητα.';
    expect(commaHead(sentence, 'el')).toBeNull();
  });
});
