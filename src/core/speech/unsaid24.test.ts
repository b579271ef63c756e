import { describe, expect, it } from 'vitest';
import { buildDeck, spokenText } from '.';
import { notesParagraphs, sentenceAt, splitNotes } from '../pacing-prompter';
import { speechPlace } from '../speech-place';
import { countWordsByScript } from './words';

// What is in the notes but not said, inside or between the paragraphs that are (issue 10, judge23
// E2, C3): an inline stage direction ("thank you each.  (Applause.)"), a speaker's label, a
// transcript's "END", a web page's dateline in italics. The notes keep every character of it; the
// words, the planned time and the teleprompter's pace count none of it.
// Source (judge23 SOURCES.md): Kamala Harris, remarks at a State Department luncheon for President
// Yoon Suk Yeol, 2023-04-27, as brian14708/wh-briefings prints it (hard-wrapped Markdown, its empty
// paragraphs written as lines of no-break spaces); head, one paragraph and the close.
const NB = '\u00a0';
const HARRIS =
  ` \n*U.S. State Department  \n*Washington D.C.**\n\n` +
  `VICE PRESIDENT HARRIS:${NB} Good afternoon, everyone.${NB} Good afternoon.${NB} Good\nafternoon.  \n${NB}  \n` +
  `Thank you, Secretary Blinken, Ms. Evan Ryan, for hosting us here at the\nState Department.${NB} And to the members of Congress who are here including\nSpeaker Emerita Nancy Pelosi, Chairman Menendez — (applause) — and\nChairman McCaul, thank you each.${NB} (Applause.)${NB}  \n${NB}  \n` +
  `During the Korean War, Americans and Koreans fought and died together to\ndefend against aggression.${NB} We fought together for peace and security and\nfor freedom.${NB} More than 36,000 American servicemembers paid the ultimate\nsacrifice for this noble cause, as did 137,000 soldiers from your country.  \n${NB}  \n` +
  `So I raise a glass to the enduring friendship between our nations and\nthe friendship between us as leaders.${NB} Cheers.${NB}  \n${NB}  \n` +
  `(The Vice President offers a toast.)${NB} Thank you.  \n${NB}  \n` +
  `Please.${NB} Thank you.${NB} (Applause.)  \n${NB}  \n` +
  `And I will now introduce President Yoon.${NB} Thank you.${NB} (Applause.)${NB}${NB}  \n${NB}  \n` +
  `${NB.repeat(23)} ${NB.repeat(18)} END\n\n\\###\n`;
const FILE = 'en-harris-toast-yoon-state-luncheon-2023.md';

describe('a Markdown transcript whose empty paragraphs are no-break spaces (judge23 Harris)', () => {
  const deck = buildDeck(HARRIS, { fileName: FILE });
  const notes = deck.slides.map((s) => s.notes);

  it('parts its paragraphs where the page does, and keeps every word of it in order', () => {
    const all = notes.join('\n\n');
    expect(all.replace(/\s+/gu, ' ').trim()).toBe(spokenText(HARRIS, FILE).replace(/\s+/gu, ' ').trim());
    const paras = notes.flatMap(notesParagraphs);
    expect(paras).toContain(
      'VICE PRESIDENT HARRIS:\u00a0 Good afternoon, everyone.\u00a0 Good afternoon.\u00a0 Good afternoon.',
    );
    expect(paras.some((p) => p.startsWith('Thank you, Secretary Blinken'))).toBe(true);
    expect(paras.some((p) => p.startsWith('(The Vice President offers a toast.)'))).toBe(true);
  });

  it('sets the italic dateline on the title slide, untimed, never as a slide title', () => {
    expect(deck.meta.event).toBe('U.S. State Department · Washington D.C.');
    const [title, ...rest] = deck.slides;
    expect(title!.notes).toContain('U.S. State Department');
    expect(title!.unsaid).toEqual([0]);
    // only the greeting after her label is timed there ("Good afternoon, everyone.  Good afternoon.
    // Good afternoon.", the opening, unsaid25): the dateline and the label count nothing
    expect(title!.words).toBe(7);
    expect(rest.map((s) => s.title).filter((t) => /State Department|Washington/u.test(t))).toEqual([]);
  });

  it('counts no word of a stage direction, a speaker label or the closing "END" and "###"', () => {
    const spans = deck.slides.flatMap((s) => (s.unsaidSpans ?? []).map(([a, b]) => s.notes.slice(a, b)));
    expect(spans).toEqual(expect.arrayContaining(['VICE PRESIDENT HARRIS:', '(applause)', '(Applause.)']));
    expect(spans.every((t) => /^(?:\([^()]+\)|VICE PRESIDENT HARRIS:)$/u.test(t))).toBe(true);
    const last = deck.slides[deck.slides.length - 1]!;
    const paras = notesParagraphs(last.notes);
    const unsaidText = (last.unsaid ?? []).map((k) => paras[k]!.trim());
    expect(unsaidText).toEqual(expect.arrayContaining(['END', '\\###'.replace('\\', '')]));
    // every slide's words are its notes' words less those of what is not said
    for (const s of deck.slides) {
      const said = notesParagraphs(s.notes)
        .map((p, k) => ((s.unsaid ?? []).includes(k) ? '' : p))
        .join('\n\n');
      const quiet = (s.unsaidSpans ?? []).reduce(
        (n, [a, b]) => n + countWordsByScript(s.notes.slice(a, b)).other,
        0,
      );
      expect(s.words).toBe(countWordsByScript(said).other - quiet);
    }
  });
});

describe('the teleprompter weighs nothing it is not to read (Slide.unsaidSpans)', () => {
  // Obama, Tucson memorial, 2011-01-12 (judge23 SOURCES.md), its first paragraph
  const notes = 'Thank you.  (Applause.)  Thank you very much.  Please, please be seated.  (Applause.)';
  const at = (s: string, from = 0) =>
    [notes.indexOf(s, from), notes.indexOf(s, from) + s.length] as [number, number];
  const spans = [at('(Applause.)'), at('(Applause.)', 20)];

  it('a sentence that is only a stage direction is unsaid; the rest weigh their words', () => {
    const sentences = splitNotes(notes, [], spans);
    expect(sentences.map((s) => [s.text.trim(), s.weight, s.unsaid ?? false])).toEqual([
      ['Thank you.', 2, false],
      ['(Applause.)', 0, true],
      ['Thank you very much.', 4, false],
      ['Please, please be seated.', 4, false],
      ['(Applause.)', 0, true],
    ]);
  });

  it('a direction inside a sentence is its quiet part, and the pace never waits on it', () => {
    // Harris 2023: "Chairman Menendez — (applause) — and Chairman McCaul, thank you each."
    const line =
      'And to the members of Congress, Chairman Menendez — (applause) — and Chairman McCaul, thank you each.';
    const s = line.indexOf('(applause)');
    const [one] = splitNotes(line, [], [[s, s + '(applause)'.length]]);
    expect(one!.quiet).toEqual([[s, s + 10]]);
    expect(one!.weight).toBe(countWordsByScript(line).other - 1);
    // past the whole budget the plan is on the last sentence that is said
    const place = speechPlace({ notes, blocks: [], unsaidSpans: spans }, 0, 0.99);
    expect(place.sentences[place.current]!.text.trim()).toBe('Please, please be seated.');
    expect(sentenceAt(splitNotes(notes, [], spans), 0)).toBe(0);
  });

  it('a plain-text transcript counts its inline "(Applause.)" for no time', () => {
    const text = `${notes}\n\nThere is nothing I can say that will fill the sudden hole torn in your hearts.  But know this:  The hopes of a nation are here tonight.  We mourn with you for the fallen.  We join you in your grief.  (Applause.)\n`;
    const deck = buildDeck(text, { fileName: 'en-obama-tucson-memorial-eulogy-2011.txt' });
    const words = deck.slides.reduce((n, s) => n + s.words, 0);
    expect(words).toBe(countWordsByScript(text).other - 3);
    expect(deck.slides.flatMap((s) => s.notes)).toEqual(
      expect.arrayContaining([expect.stringContaining('(Applause.)')]),
    );
  });
});
