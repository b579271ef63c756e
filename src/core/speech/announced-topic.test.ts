import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agendaPlace, announcedTopic } from './announced-topic';
import { buildDeck } from './index';

describe('a section opened only to announce its topic', () => {
  it('titles the slide by the section’s place and topic', () => {
    for (const [opening, title, place] of [
      ['The fourth issue that I will address is democracy.', 'Democracy', 'Fourth issue: Democracy'],
      [
        'The sixth issue that I want to address is women’s rights.',
        'Women’s rights',
        'Sixth issue: Women’s rights',
      ],
      ['La segunda razón por la que votamos es la economía.', 'Economía', 'Segunda razón: Economía'],
    ])
      expect(announcedTopic(opening!, title!)).toBe(place);
  });

  it('leaves an opening that says more than the title, or has no ordinal, or would make a long title', () => {
    // the topic is not the title: the sentence is the slide's point
    expect(
      announcedTopic(
        'The second major source of tension that we need to discuss is the situation between Israelis, Palestinians, and the Arab world.',
        'Historical ties',
      ),
    ).toBeNull();
    expect(announcedTopic('Another issue I will address is democracy.', 'Democracy')).toBeNull();
    // a bare ordinal before the point announces nothing: the sentence is the point
    expect(announcedTopic('Third, every country must take part.', 'Every country must take part')).toBeNull();
    // "First issue: Violent extremism in all of its forms" is nine words
    expect(
      announcedTopic(
        'The first issue that we have to confront is violent extremism in all of its forms.',
        'Violent extremism in all of its forms',
      ),
    ).toBeNull();
  });

  it('titles a slide whose opening names the agenda’s item by that place (Obama, Cairo 2009, corpus)', () => {
    for (const [opening, title, place] of [
      [
        'The first issue that we have to confront is violent extremism in all of its forms.',
        'Violent extremism in all of its forms',
        'First issue: Violent extremism',
      ],
      [
        'The second major source of tension that we need to discuss is the situation between Israelis, Palestinians, and the Arab world.',
        'Historical ties',
        'Second major source of tension: Historical ties',
      ],
      [
        'The third source of tension is our shared interest in the rights and responsibilities of nations on nuclear weapons.',
        'Nuclear weapons',
        'Third source of tension: Nuclear weapons',
      ],
    ])
      expect(agendaPlace(opening!, title!, 'en')).toBe(place);
    // the joining word before the marker is no part of the place (Deese, Cleveland, 13 October 2022)
    expect(agendaPlace('And the third area is clean energy.', 'Clean energy', 'en')).toBe(
      'Third area: Clean energy',
    );
    // an ordinal that says its point names no agenda item
    expect(agendaPlace('The first reason is that we have no choice.', 'No choice', 'en')).toBeNull();
    expect(agendaPlace('Third, every country must take part.', 'Every country', 'en')).toBeNull();
  });

  // President Obama, "A New Beginning", Cairo University, 4 June 2009 (the corpus copy; public domain)
  const CAIRO = readFileSync(
    new URL('../../../tests/fixtures/speeches/corpus/en-obama-cairo-new-beginning.txt', import.meta.url),
    'utf8',
  );

  it('shows another line of the section, never the announcement under its own topic', () => {
    const deck = buildDeck(CAIRO, { fileName: 'en-obama-cairo-new-beginning.txt' });
    for (const [said, title] of [
      ['The fourth issue that I will address is democracy.', 'Fourth issue: Democracy'],
      [
        'The fifth issue that we must address together is religious freedom.',
        'Fifth issue: Religious freedom',
      ],
      ['The sixth issue that I want to address is women’s rights.', 'Sixth issue: Women’s rights'],
    ]) {
      const slide = deck.slides.find((s) => s.notes.replace(/'/g, '’').includes(said!));
      expect(slide?.title.replace(/'/g, '\u2019')).toBe(title);
      expect(slide?.blocks.length).toBeGreaterThan(0);
      expect(slide?.screenText.replace(/'/g, '’')).not.toContain(said!);
    }
  });
});
