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

describe('a South Slavic figure is labelled by what it counts, never half a phrase (southSlavicLabels, judge16)', () => {
  const DUG =
    'Pri tome, uprkos ovolikoj pomoći udeo javnog duga u BDP-u Republike Srbije je 52,1%, dakle daleko ispod nivoa Mastrihta, daleko ispod tog standarda EU od 60%, iako imate priliku da vidite mnogo gore pokazatelje.';
  it.each([
    // was "52,1% — BDP-u Republike Srbije" (never said public debt)
    ['sr', DUG, '52,1% — udeo javnog duga'],
    // was "60% — daleko ispod tog standarda EU" (60% IS the standard; Serbia is below it)
    ['sr', DUG, '60% — standarda EU'],
    // was "oko 610 evra — u januaru mesecu"
    [
      'sr',
      'Mi u ovom trenutku procenjujemo da je prosečna plata u Srbiji oko 610 evra u januaru mesecu.',
      'oko 610 evra — prosečna plata u Srbiji',
    ],
    // was "1.000 evra — Srbiji biće", "500 evra — prosečna penzija u Srbiji biće" (the promise keeps "biće")
    [
      'sr',
      'Do kraja 2026. godine prosečna plata u Srbiji biće 1.000 evra, prosečna penzija u Srbiji biće 500 evra.',
      '1.000 evra — prosečna plata u Srbiji biće',
    ],
    [
      'sr',
      '2010, 2011. godine prosečna plata u Srbiji je bila 329 evra.',
      '329 evra — prosečna plata u Srbiji',
    ],
    ['sr', 'U trećem kvartalu prošle godine stopa nezaposlenosti je 10,3%.', '10,3% — stopa nezaposlenosti'],
    // was "18% — našeg BDP da pomogne" (the purpose clause cut after its verb)
    ['sr', 'Dakle, 8,7 milijardi evra, preko 18% našeg BDP da pomogne i privredi.', '18% — našeg BDP'],
    // was "100% — jedna Velika Britanija na preko"
    [
      'sr',
      'Jedna Nemačka koja je sada na preko 70%, jedna Velika Britanija na preko 100%.',
      '100% — jedna Velika Britanija',
    ],
    // was "20.000 dinara — na račune svih" (cut at three words)
    [
      'sr',
      'Mi smo prošle nedelje isplatili i 20.000 dinara na račune svih naših najstarijih sugrađana.',
      '20.000 dinara — na račune svih naših najstarijih sugrađana',
    ],
    // was "60 evra — nezaposlene isplatili"
    [
      'sr',
      'Dodatnih 50 evra za sve penzionere, za sve nezaposlene isplatili smo 60 evra.',
      '60 evra — za sve nezaposlene',
    ],
    // was "50 evra" with no label (the time after "za sve penzionere" refused it)
    [
      'sr',
      'Prošle godine 20 evra za sve naše punoletne sugrađane, dodatnih 50 evra za sve penzionere prošle godine.',
      '50 evra — za sve penzionere',
    ],
    // was "250 fabrika otvorio — u Srbiji" (the verb in the value)
    [
      'sr',
      'Samo je predsednik Vučić u poslednjih par godina 250 fabrika otvorio u Srbiji.',
      '250 fabrika — otvorio u Srbiji',
    ],
    ['sr', 'Prevezli smo 50 tona materijala u Beograd.', '50 tona materijala — u Beograd'],
    // was "53,5 milijonov evrov — preteklem desetletju" (misspent not said)
    [
      'sl',
      'Tako je bilo v vodnem skladu zbranih 294 milijonov evrov, nenamensko porabljenih pa je v preteklem desetletju bilo 53,5 milijonov evrov.',
      '53,5 milijonov evrov — nenamensko porabljenih v preteklem desetletju',
    ],
    // was "66 milijonov evrov — za namen urejanja"
    [
      'sl',
      'V okviru Operativnega programa je bilo namenjenih 66 milijonov evrov za namen urejanja stanja voda.',
      '66 milijonov evrov — za namen urejanja stanja voda',
    ],
  ])('%s: %s → %s', (lang, text, card) => {
    expect(figuresOf(text, lang)).toContain(card);
  });

  it.each([
    // "Prijave za novih" ends inside the phrase that governs the figure; "međuvremenu navršili" opens inside one
    ['sr', 'Prijave za novih 100 evra od 16. do 31. maja.', '100 evra'],
    ['sr', 'Ali svi oni koji su u međuvremenu navršili 16 godina imaće pravo da se prijave.', '16 godina'],
  ])('%s: %s → no label for %s', (lang, text, value) => {
    expect(findFigures(text, lang, 20).filter((f) => f.value === value && f.label)).toEqual([]);
  });

  it('a roll of countries and figures that share the noun said after the last has no labels; "despite" is no label', () => {
    // was "70% — Jedna Nemačka", "100% — jedna Velika Britanija na preko", 120% and 160% unlabelled;
    // then "70% — Nemačka … udeo javnog duga": a name and a noun said apart are no one phrase (render19)
    expect(
      figuresOf(
        'Jedna Nemačka koja je sada na preko 70%, jedna Velika Britanija na preko 100%, Francuska 120%, Italija 160%, Grčka preko 220% udeo javnog duga u BDP-u.',
        'sr',
      ),
    ).toEqual(['70% — ', '100% — ', '120% — ', '160% — ', '220% — ']);
    // was "52,1% — uprkos ogromnoj pomoći koju"
    expect(
      findFigures(
        'Crna Gora je već na preko 90%, Makedonija na preko 70%, a naša Republika Srbija 52,1% uprkos ogromnoj pomoći koju smo pružili.',
        'sr',
        20,
      ).map((f) => f.label),
    ).not.toContain(expect.stringMatching(/uprkos/u));
  });

  it('an auxiliary "je" before a figure and its verb is no copula: the doer is no label', () => {
    expect(figuresOf('Vlada Srbije je 500 miliona evra uložila u puteve.', 'sr')).not.toContain(
      '500 miliona evra — Vlada Srbije',
    );
    expect(figuresOf('Javni dug Hrvatske iznosi 70 posto BDP-a.', 'hr')).toEqual([
      '70 posto BDP-a — Javni dug Hrvatske',
    ]);
  });

  it('no label of a complement carries the words comparing another figure with it', () => {
    const labels = findFigures(DUG, 'sr', 20).map((f) => f.label);
    expect(labels.filter((l) => /ispod|daleko/u.test(l))).toEqual([]);
  });
});
