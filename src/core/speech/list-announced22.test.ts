import { describe, expect, it } from 'vitest';
import { semicolonSeries, seriesLead } from './clause-list';
import { itemText } from './items';
import { namedAhead, seriesTitle } from './list-title';
import { buildDeck } from './index';

/** The screens of a speech's deck, and the slide whose screen says `text`. */
function slideSaying(speech: string, text: string, fileName = 'speech.txt') {
  const deck = buildDeck(speech, { fileName });
  const screens = deck.slides.map((s) => s.screenText).join('\n---\n');
  return { slide: deck.slides.find((s) => s.screenText.includes(text)), screens, deck };
}

// Dwight D. Eisenhower, Farewell Address, 17 January 1961 (kfogel/presidential-speeches,
// judge21 fault 24): the closing prayer, six "that …" wishes parted by semicolons
const PRAYER =
  'We pray that peoples of all faiths, all races, all nations, may have their great human needs satisfied; that those now denied opportunity shall come to enjoy it to the full; that all who yearn for freedom may experience its spiritual blessings; that those who have freedom will understand, also, its heavy responsibilities; that all who are insensitive to the needs of others will learn charity; that the scourges of poverty, disease and ignorance will be made to disappear from the earth, and that, in the goodness of time, all peoples will come to live together in a peace guaranteed by the binding force of mutual respect and love.';

describe('a series of "that …" wishes parted by semicolons is a list of whole wishes (judge21)', () => {
  it('Eisenhower 1961: each wish whole, as many as the screen holds, never cut at a comma inside it', () => {
    expect(semicolonSeries(PRAYER, 'en')).toEqual([
      'That peoples of all faiths, all races, all nations, may have their great human needs satisfied',
      'That those now denied opportunity shall come to enjoy it to the full',
      'That all who yearn for freedom may experience its spiritual blessings',
    ]);
    expect(seriesLead(PRAYER, 'en')).toBe('We pray');
    expect(
      seriesTitle(['To all the peoples of the world, I once more give expression:', PRAYER], 'en', new Set()),
    ).toBe('We pray');
  });

  it('Eisenhower 1961: the prayer is its slide’s list, titled "We pray"', () => {
    const speech = [
      "You and I--my fellow citizens--need to be strong in our faith that all nations, under God, will reach the goal of peace with justice. May we be ever unswerving in devotion to principle, confident but humble with power, diligent in pursuit of the Nation's great goals.",
      "To all the peoples of the world, I once more give expression to America's prayerful and continuing aspiration:",
      PRAYER,
    ].join('\n\n');
    const { slide, screens } = slideSaying(speech, 'That those now denied opportunity');
    expect(slide, screens).toBeDefined();
    expect(slide!.title).toBe('We pray');
    expect(slide!.screenText).toContain(
      'That peoples of all faiths, all races, all nations, may have their great human needs satisfied',
    );
    // no item ends on a cut: never "…satisfied;" nor "That peoples of all faiths" alone
    expect(slide!.screenText).not.toMatch(/;|all faiths\n/u);
  });

  it('Lincoln: a series of "that" questions stays whole; its lead "Is it" is no title', () => {
    // Lincoln's questions stay whole, as before
    expect(
      semicolonSeries(
        'Is it that slavery is not divine; that God did not establish it; that our doctors of divinity are mistaken?',
        'en',
      ),
    ).toEqual([
      'That slavery is not divine',
      'That God did not establish it',
      'That our doctors of divinity are mistaken',
    ]);
    expect(
      seriesLead(
        'Is it that slavery is not divine; that God did not establish it; that our doctors of divinity are mistaken?',
        'en',
      ),
    ).toBe('Is it');
    // "Is it" is no title
    expect(
      seriesTitle(
        [
          'Is it that slavery is not divine; that God did not establish it; that our doctors of divinity are mistaken?',
        ],
        'en',
        new Set(),
      ),
    ).toBe('');
  });
});

// Cem Laçin (SP), Tweede Kamer, 16 May 2019 (ParlaMint-NL; judge21 fault 24): "Een paar
// voorbeelden." announces the examples said after it, in its paragraph
const LACIN =
  'Hans en vele andere omwonenden zijn in middels het vertrouwen in de politiek op dit vlak volledig kwijt. Dat is niet gek, als we terugblikken op dit dossier in de afgelopen twee jaar. Een paar voorbeelden. GenX zit niet allen in Dordrecht en omgeving in het drinkwater, maar ook in andere delen van het land. Chemours loost nog altijd het kankerverwekkende PFOA, ondanks meerdere dwangsommen van de provincie. Dan het lekken van gifgas PFIB, dat op de NAVO-lijst van chemische wapens staat. Mensen met een moestuin binnen een straal van 1 kilometer van Chemours moesten maar niet te veel groente en fruit uit de eigen tuin eten, omdat dat gevaarlijk kon zijn, volgens het RIVM.';

describe('examples a sentence announces are a list (judge21)', () => {
  it('Laçin 2019: "Een paar voorbeelden." titles the examples after it, each its point', () => {
    const speech = `Voorzitter. Morgen is het precies twee jaar geleden dat ik hier mijn maidenspeech mocht houden. Ook toen ging het over lozingen van chemische en giftige stoffen door Chemours.\n\n${LACIN}`;
    const { slide, screens } = slideSaying(speech, 'PFOA', 'nl-lacin-chemours-2019.txt');
    expect(slide, screens).toBeDefined();
    expect(slide!.title).toBe('Een paar voorbeelden');
    expect(slide!.screenText).toContain('• Chemours loost nog altijd het kankerverwekkende PFOA');
    // the "then" that moves on to the next example is no part of it
    expect(slide!.screenText).toContain('• Het lekken van gifgas PFIB');
    // an example with no point of three words is no item ("Mensen"), its sentence stays in the notes
    expect(slide!.screenText).not.toMatch(/• Mensen\b/u);
    expect(slide!.notes).toContain('Mensen met een moestuin');
  });

  it('"Then" before an example’s article is left out of its item', () => {
    expect(
      itemText('Dan het lekken van gifgas PFIB, dat op de NAVO-lijst van chemische wapens staat.', 'nl'),
    ).toBe('Het lekken van gifgas PFIB');
  });

  it.each([
    ['Een paar voorbeelden.', 'nl', 'Een paar voorbeelden'],
    ['A few examples:', 'en', 'A few examples'],
    // Biden, toast at the State Dinner for President Ruto, 23 May 2024: what follows is the toast
    [
      "And let me end with a toast — an Irish toast, if you don't mind an Irish toast.",
      'en',
      'An Irish toast',
    ],
    // a sentence that says nothing of what follows names no list
    ['Dat is niet gek, als we terugblikken op dit dossier in de afgelopen twee jaar.', 'nl', ''],
    ['Let me be clear about one thing.', 'en', ''],
  ])('%s names what follows: "%s"', (sentence, lang, title) => {
    expect(namedAhead(sentence, lang, new Set())).toBe(title);
  });
});

describe('a list that opens a slide is titled by the lead-in that ended the paragraph before (judge20)', () => {
  it('Biden, state dinner for President Ruto, 2024: "Irish toast", not "Wind"', () => {
    const speech = [
      'So, Mr. President, I thank you for your friendship, for your partnership, and for your leadership. We share the belief in freedom, democracy, dignity, and equality. These are the values that bind our two nations together, and they are the values that will carry us through the challenges ahead, as they have carried us through the challenges behind us. The fact is these are shared beliefs that give both our nations strength.',
      "And let me end with a toast — an Irish toast, if you don't mind an Irish toast.",
      'May the road rise to meet you.  May the wind be always at your back. May the sun shine warmly on your face, and may the rains fall softly on your fields.  Until we meet again, may God hold you in the palm of his hand.',
      'To Kenya.  To our guests.  Cheers.',
    ].join('\n\n');
    const { slide, screens } = slideSaying(speech, 'May the road rise to meet you', 'kenya.txt');
    expect(slide, screens).toBeDefined();
    // (its article dropped since the toast's raise closes the deck, close28)
    expect(slide!.title).toBe('Irish toast');
  });
});

describe('an anaphora of paragraphs whose run of sentences stops inside one is the paragraphs’ list (judge20)', () => {
  it('Kennedy, inaugural address, 1961: "Let both sides" ×4 is one list over two slides, titled "Both sides"', () => {
    const speech = [
      'So let us begin anew—remembering on both sides that civility is not a sign of weakness, and sincerity is always subject to proof. Let us never negotiate out of fear. But let us never fear to negotiate.',
      'Let both sides explore what problems unite us instead of belaboring those problems which divide us.',
      'Let both sides, for the first time, formulate serious and precise proposals for the inspection and control of arms—and bring the absolute power to destroy other nations under the absolute control of all nations.',
      'Let both sides seek to invoke the wonders of science instead of its terrors. Together let us explore the stars, conquer the deserts, eradicate disease, tap the ocean depths and encourage the arts and commerce.',
      'Let both sides unite to heed in all corners of the earth the command of Isaiah—to "undo the heavy burdens . . . (and) let the oppressed go free."',
      'And if a beach-head of cooperation may push back the jungle of suspicion, let both sides join in creating a new endeavor, not a new balance of power, but a new world of law, where the strong are just and the weak secure and the peace preserved.',
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'inaugural.txt' });
    const screens = deck.slides.map((s) => s.screenText).join('\n---\n');
    // the third "Let both sides" is an item of the list, not a quote of its own
    const third = deck.slides.find((s) => s.screenText.includes('Let both sides seek to invoke'));
    expect(third, screens).toBeDefined();
    expect(third!.screenText, screens).toContain('• Let both sides seek to invoke the wonders of science');
    expect(deck.slides.filter((s) => /^Both sides \(\d\/2\)$/u.test(s.title))).toHaveLength(2);
  });
});
