import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { headnoteDatePlace, headnoteSpeaker, isEditorsNote } from './headnote';
import { salutationEnd } from './structure';

// the shape of Mark Twain's Speeches (1910): a heading, the editor's indented headnote with the
// chair's toast, then the speech (public domain)
const twain = `SEVENTIETH BIRTHDAY

          ADDRESS AT A DINNER GIVEN BY COLONEL GEORGE HARVEY AT
          DELMONICO'S, DECEMBER 5, 1905, TO CELEBRATE THE SEVENTIETH
          ANNIVERSARY OF MR. CLEMENS' BIRTH

          Mr. Howells introduced Mr. Clemens:

          “Now, ladies and gentlemen, I will not say, 'Oh King, live
          forever!' but 'Oh King, live as long as you like!'” [Amid great
          applause all rise and drink to Mark Twain.]

Well, if I made that joke, it is the best one I ever made, and it is in
the prettiest language, too. But I appreciate that joke, and I shall
remember it—and I shall use it when occasion requires.

It's a long stretch between that first birthday speech and this one.
That was my cradle-song; and this is my swan-song, I suppose. I am used
to swan-songs; I have sung them several times.

I have achieved my seventy years in the usual way: by sticking strictly
to a scheme of life which would kill anybody else. It sounds like an
exaggeration, but that is really the common rule for attaining to old age.
`;

describe('an editor’s headnote above a speech', () => {
  const deck = buildDeck(twain, { fileName: 'seventieth.txt' });
  const title = deck.slides[0]!;
  const content = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');

  it('gives the title slide the speaker, the place and the date it names', () => {
    expect(deck.meta.speaker).toBe('Mark Twain');
    expect(deck.meta.event).toBe("Delmonico's");
    expect(deck.meta.date).toBe('December 5, 1905');
    expect(title.screenText).toContain('Mark Twain');
    expect(title.screenText).toContain("Delmonico's · December 5, 1905");
  });

  it('keeps the headnote and the toast in the title slide’s notes, never on a content slide', () => {
    expect(title.notes).toContain('Mr. Howells introduced Mr. Clemens:');
    expect(title.notes).toContain('live as long as you like');
    for (const s of content) {
      expect(s.screenText).not.toMatch(/Oh King|Howells/u);
      expect(s.notes).not.toContain('Oh King');
    }
    // the notes are still the whole text, in order
    expect(deck.slides.map((s) => s.notes).join(' ')).toMatch(/Oh King[\s\S]*if I made that joke/u);
  });

  it('knows a note in the third person from the speaker’s own words', () => {
    expect(isEditorsNote('Mr. Clemens replied to the toast “The Ladies.”')).toBe(true);
    expect(isEditorsNote('The next toast was: “The Oldest Inhabitant—The Weather of New England.”')).toBe(
      true,
    );
    expect(
      isEditorsNote(
        'Mr. Clemens was introduced by President Meyer, who said: “I never could find his opinion.”',
      ),
    ).toBe(true);
    // the speaker saying who introduced him is the speech
    expect(isEditorsNote('I thank Mr. Howells, who introduced me so kindly.')).toBe(false);
    expect(isEditorsNote('Mr. Choate said the city has four thousand citizens.')).toBe(true);
    expect(isEditorsNote('We heard Mr. Choate say the city has four thousand citizens.')).toBe(false);
  });

  it('takes the speaker from whom the note introduces, never the introducer', () => {
    expect(headnoteSpeaker(['On calling upon Mr. Clemens to make response, President Rollins said:'])).toBe(
      'Mr. Clemens',
    );
    expect(headnoteSpeaker(['Mr. Birrell, in introducing Mr. Clemens said: “We all love Mark Twain.”'])).toBe(
      'Mr. Clemens',
    );
    expect(
      headnoteSpeaker([
        'ADDRESS AT A DINNER AFTER THE PERFORMANCE OF “THE SHREW.”',
        'Mr. Clemens made the following speech.',
      ]),
    ).toBe('Mr. Clemens');
    expect(headnoteSpeaker(['The fifteenth regular toast was “The Babies.”'])).toBeUndefined();
  });

  it('takes the place before the date, never an occasion, a host or a person', () => {
    expect(
      headnoteDatePlace([
        'ADDRESS AT THE PILGRIMS’ CLUB LUNCHEON, GIVEN IN HONOR OF Mr. CLEMENS AT THE SAVOY HOTEL, LONDON, JUNE 25, 1907.',
      ]),
    ).toEqual({ date: 'June 25, 1907', place: 'The Savoy Hotel, London' });
    expect(
      headnoteDatePlace([
        'DELIVERED AT THE BANQUET, IN CHICAGO, GIVEN BY THE ARMY OF THE TENNESSEE TO THEIR FIRST COMMANDER, GENERAL U. S. GRANT, NOVEMBER, 1879',
      ]),
    ).toEqual({ date: 'November, 1879', place: 'Chicago' });
    expect(
      headnoteDatePlace([
        'ADDRESS AT THE FIRST ANNUAL DINNER, N. E. SOCIETY, PHILADELPHIA, DECEMBER 22, 1881',
      ]),
    ).toEqual({
      date: 'December 22, 1881',
      place: 'Philadelphia',
    });
    expect(
      headnoteDatePlace(['ADDRESS AT THE JUBILEE CELEBRATION OF THE HUNGARIAN PRESS, MARCH 26, 1899']),
    ).toEqual({
      date: 'March 26, 1899',
    });
  });

  it('leaves a speech without a headnote as it was', () => {
    const plain = buildDeck(twain.replace(/^ {10}.*\n/gmu, '').replace(/\n{3,}/gu, '\n\n'), {
      fileName: 'x.txt',
    });
    expect(plain.meta.speaker).toBeUndefined();
  });
});

describe('a headnote under the book’s dateline (Mark Twain, "Taxes and Morals", 1906, Mark Twain’s Speeches, public domain; judge21)', () => {
  const text = `TAXES AND MORALS

ADDRESS DELIVERED IN NEW YORK, JANUARY 22, 1906

          At the twenty-fifth anniversary of the founding of Tuskeegee
          Institute by Booker Washington, Mr. Choate presided, and in
          introducing Mr. Clemens made fun of him because he made play
          his work, and that when he worked hardest he did so lying in
          bed.

I came here in the responsible capacity of policeman to watch Mr.
Choate. This is an occasion of grave and serious importance, and it
seems necessary for me to be present.

Every born American among the eighty millions, let his creed or
destitution of creed be what it may, is indisputably a Christian.`;

  it('goes to the title slide’s notes, and the dateline’s place and date to the title slide', () => {
    const deck = buildDeck(text, { fileName: 'en-twain-taxes-and-morals-1906.txt' });
    expect(deck.slides[0]!.notes).toContain('Mr. Choate presided');
    for (const s of deck.slides.slice(1)) expect(s.notes).not.toContain('Tuskeegee');
    expect(deck.meta.event).toBe('New York');
    expect(deck.meta.date).toMatch(/January 22, 1906/iu);
    expect(deck.slides[1]!.notes).toMatch(/^I came here/u);
  });
});

describe('an address set off by a dash', () => {
  it('is not cut at the "MR." of its first word', () => {
    // the segmenter ends a sentence at "MR.": the address runs to the dash
    const spaced = 'MR. PRESIDENT,— I do not know why I should be singled out.';
    expect(spaced.slice(0, salutationEnd(spaced, 4))).toBe('MR. PRESIDENT,— ');
    // run on into the speech without a space, it stays with the speech (the notes keep the text)
    expect(salutationEnd('MR. PRESIDENT,—I do not know why I should be singled out.', 4)).toBe(0);
    // a whole first sentence after the address still goes with it, as before
    const d = 'Fellow-Citizens--Pardon me, and allow me to ask, why am I called upon to speak here to-day?';
    expect(salutationEnd(d, d.length)).toBe(d.length);
  });
});
