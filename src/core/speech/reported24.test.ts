import { describe, expect, it } from 'vitest';
import { namedSource, quotedSource, reportedQuote, unsignedQuotation } from './reported';

// A quoted line on screen either carries its source ("— Job", "— William Dean Howells") or is
// not chosen: without one it reads as the speaker's own words (judge23 B6, E1).

describe('the name the speech gives who said the quoted words', () => {
  const cases: Array<[string, string, string | undefined]> = [
    // Obama, Tucson memorial 2011 (judge23)
    ['a one-word name after "the words of"', 'In the words of Job, “', 'Job'],
    // Obama, Cairo 2009 (corpus)
    ['a scripture that "tells us"', 'As the Holy Koran tells us: ', 'Holy Koran'],
    ['…with its article dropped', 'The Talmud tells us: ', 'Talmud'],
    [
      'a name set off by commas before the verb (tried past "President, John Adams, wrote")',
      'In signing the Treaty of Tripoli in 1796, our second President, John Adams, wrote: ',
      'John Adams',
    ],
    // Carter, energy address November 1977 (judge21)
    ['an office with "of"', 'The Secretary of Defense said recently, ', 'Secretary of Defense'],
    // Biden, UN General Assembly 2021 (corpus)
    [
      'a text after "the opening words of the"',
      'I quote the opening words of the Universal Declaration of Human Rights, quote: ',
      'Universal Declaration of Human Rights',
    ],
    // Philippe, déclaration de politique générale 2017 (corpus)
    [
      'French "des mots de"',
      'Il s’agit des mots de Michel Rocard, prononcés le 29 juin 1988',
      'Michel Rocard',
    ],
    ['an office alone is no one’s name', 'As the President said, ', undefined],
    ['"History tells us" names no source', 'History tells us that nothing lasts.', undefined],
    ['a one-word name the speech never says in full is no source', 'Howells says now, ', undefined],
  ];
  it.each(cases)('%s', (_, sentence, want) => {
    expect(namedSource(sentence, 'en')).toBe(want);
  });

  it('a one-word name is the longer name the text says (Twain, Layman’s Sermon 1906, judge23)', () => {
    const text =
      'I received the other day a letter from my old friend, William Dean Howells—Howells, the head of American literature. Howells says now, ';
    expect(namedSource('Howells says now, ', 'en', text)).toBe('William Dean Howells');
  });
});

describe('a quoted line is signed with its source', () => {
  // Twain, "Layman's Sermon", Majestic Theatre 1906 (judge23 B6): the quotation is framed by a
  // pronoun, "he writes me", and "he" is the friend named two sentences before
  const twain =
    'I received the other day a letter from my old friend, William Dean Howells—Howells, the head of American literature. No one is able to stand with him. He is an old, old friend of mine, and he writes me, “To-morrow I shall be sixty-nine years old.” Why, I am surprised at Howells writing that!';
  it('a pronoun frame is the person last named, spoken of by the same pronoun between', () => {
    expect(quotedSource('“To-morrow I shall be sixty-nine years old.”', twain)).toBe('William Dean Howells');
  });
  it('reportedQuote takes it now that its source is found', () => {
    const sentences = [
      'I received the other day a letter from my old friend, William Dean Howells—Howells, the head of American literature.',
      'No one is able to stand with him.',
      'He is an old, old friend of mine, and he writes me, “To-morrow I shall be sixty-nine years old.”',
      'Why, I am surprised at Howells writing that!',
    ];
    expect(reportedQuote(sentences, 'en')).toBe('“To-morrow I shall be sixty-nine years old.”');
  });

  // Obama, Tucson memorial 2011 (judge23 E1): Psalm 46 set off as verse after its frame
  const psalm = [
    'Scripture tells us:',
    'There is a river whose streams make glad the city of God, the holy place where the Most High dwells.',
    'God is within her, she will not fall;',
    'God will help her at break of day.',
    'On Saturday morning, Gabby, her staff and many of her constituents gathered outside a supermarket to exercise their right to peaceful assembly and free speech.  (Applause.)  They were fulfilling a central tenet of the democracy envisioned by our founders.',
  ].join('\n\n');
  it.each([
    ['God will help her at break of day.', 'Scripture'],
    [
      'There is a river whose streams make glad the city of God, the holy place where the Most High dwells.',
      'Scripture',
    ],
    ['They were fulfilling a central tenet of the democracy envisioned by our founders.', undefined],
  ])('a line of the passage after "Scripture tells us:" — %s', (line, want) => {
    expect(quotedSource(line, psalm)).toBe(want);
  });

  // Biden, state dinner toast for Prime Minister Albanese 2023 (corpus): the text is named on the
  // slide only as "the manual"
  it('a quote "from it" is signed with the text the slide names', () => {
    const text =
      'THE PRESIDENT:  Not all of the tips hold up today, but I thought one of them was pretty good, and this is a quote from it: “You’ll find the Australians… haven’t much respect for stuffed shirts, their own or anyone else’s.”  (Laughter.)\n\nAnother tip from the manual not only stands out but stands up, quote: “Australians have been in all the hotspots wherever  the going — whenever the going has been tough.”  End of quote.';
    expect(
      quotedSource(
        '“You’ll find the Australians… haven’t much respect for stuffed shirts, their own or anyone else’s.”',
        text,
      ),
    ).toBe('the manual');
  });

  // Obama, Pinckney eulogy 2015 (corpus): the line says whose words they are
  it('a line that names its source itself is not signed again', () => {
    const text =
      '“They were still living by faith when they died,” Scripture tells us. “They did not receive the things promised.”';
    expect(
      quotedSource('“They were still living by faith when they died,” Scripture tells us.', text),
    ).toBeUndefined();
  });
});

describe('a quotation whose source the slide does not name is no line', () => {
  // Twain, "Taxes and Morals" 1906 (judge21): "his wife" said it, named by no name
  const twain = [
    'Then, lamenting, she brought a grave accusation against their little son.',
    'She said: “He has been saying his Aunt Mary is a fool and his Aunt Martha is a damned fool.”',
    'Mr. Fiske reflected upon the matter a minute, then said: “Oh, well, it’s about the distinction I should make between them myself.”',
  ];
  it('reportedQuote leaves it', () => {
    expect(reportedQuote(twain, 'en')).toBeNull();
  });
  it('…and no line picker takes the bare quotation', () => {
    expect(
      unsignedQuotation(
        '“He has been saying his Aunt Mary is a fool and his Aunt Martha is a damned fool.”',
        twain,
        'en',
      ),
    ).toBe(true);
  });
  it('a sentence of the speaker’s that frames the quotation is his own line', () => {
    expect(unsignedQuotation(twain[2]!, twain, 'en')).toBe(false);
  });
  // Philippe 2017 (corpus): a line inside Rocard's quotation, named after it
  it('a line inside a quotation signed after it stays usable', () => {
    const rocard = [
      'Le second discours est un peu plus récent : « Nos priorités ne sont pas celles d’une moitié de la France contre l’autre moitié, mais celles de tous les Français.',
      'Défaire ce que les autres ont fait, faire ce que d’autres déferont, voilà bien le type de politique dont les électeurs ne veulent plus. »',
      'Il s’agit des mots de Michel Rocard, prononcés le 29 juin 1988, il y a quand même presque trente ans.',
    ];
    expect(unsignedQuotation(rocard[1]!, rocard, 'fr')).toBe(false);
  });
});
