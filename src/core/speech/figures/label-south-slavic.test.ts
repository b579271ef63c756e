import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { isLabel } from './label';
import { isOpenOrEmptyLabel } from './label-open';
import { labelBefore } from './label-south-slavic';

const figuresOf = (text: string, lang: string) =>
  findFigures(text, lang, 20).map((f) => `${f.value} — ${f.label}`);

describe('hr/sl/sr/bs/bg/mk figures say what they count (label-south-slavic.ts, issue 10, judge15)', () => {
  it.each([
    // judge15: "30 — bi dobio" (the unit dropped, the clause opener as label)
    [
      'hr',
      'Da bi dobio 30 lajkova i 2 dijeljenja na svom Facebooku čovjek me je proglasio zaštitnikom krvnika.',
      '30 lajkova i 2 dijeljenja — na svom Facebooku',
    ],
    // judge15: "20 % — s prehodnim obdobjem do leta" (cut before its year)
    [
      'sl',
      'Kot ključne rešitve zakon predvideva povečanje državnih štipendij za 20 % s prehodnim obdobjem do leta 2024.',
      '20 % — povečanje državnih štipendij',
    ],
    // judge15: missed ("3,5 evra" had no label)
    [
      'sl',
      'Nadalje višina subvencij študentske prehrane se dvigne na 3,5 evra.',
      '3,5 evra — subvencij študentske prehrane',
    ],
    // judge15: "78 закона" missed, "141 часа и 7 минути" read as a time of day
    [
      'bg',
      'Събранието успя да приеме 78 закона, да получи отговори на 2478 въпроси и питания и да проведе парламентарен контрол в рамките на цели 141 часа и 7 минути.',
      '78 закона — Събранието успя да приеме',
    ],
    [
      'bg',
      'Събранието успя да приеме 78 закона, да получи отговори на 2478 въпроси и питания и да проведе парламентарен контрол в рамките на цели 141 часа и 7 минути.',
      '141 часа и 7 минути — проведе парламентарен контрол',
    ],
  ])('%s: %s', (lang, text, card) => {
    const cards = figuresOf(text, lang);
    expect(cards.some((c) => c === card || (c.startsWith(card) && card.endsWith('— ')))).toBe(true);
  });

  it.each([
    ['hr', 'bi dobio'],
    ['hr', 'kojeg su'],
    ['sl', 's prehodnim obdobjem do leta'],
    ['sl', 'ki bodo'],
    ['bg', 'да получи отговори на'],
    ['sr', 'који су'],
  ])('%s "%s" is no label', (lang, phrase) => {
    expect(isOpenOrEmptyLabel(phrase, lang)).toBe(true);
    expect(isLabel(phrase, lang)).toBe(false);
  });

  it('the words before a figure: closed words, hedges and compound prepositions off; never an opener alone', () => {
    expect(labelBefore('Da bi dobio ', 'hr')).toBe('');
    expect(labelBefore('i da provede ', 'bg')).toBe('');
    expect(labelBefore('и да проведе парламентарен контрол в рамките на цели ', 'bg')).toBe(
      'проведе парламентарен контрол',
    );
    expect(labelBefore('Nadalje višina subvencij študentske prehrane se dvigne na ', 'sl')).toBe(
      'subvencij študentske prehrane',
    );
  });

  it('"od 7. do 22. ure" is a span of the day, never two counts', () => {
    const text =
      'Zakon nadalje podaljšuje tudi interval dnevnega koriščenja subvencionirane prehrane od 7. do 22. ure in s tem omogoča bolj fleksibilno koriščenje te pravice.';
    expect(figuresOf(text, 'sl').filter((c) => /^(?:7|22)\b/u.test(c))).toEqual([]);
  });

  it('a time of day stays one, a length past 24 hours is a length', () => {
    expect(figuresOf('Заседанието започва в 10 часа.', 'bg')).toEqual([]);
    expect(figuresOf('Депутатите работиха в рамките на 141 часа.', 'bg').join()).toContain('141 часа');
  });
});
