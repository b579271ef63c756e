/**
 * The three deck fixtures (tests/fixtures/decks), one per format, read as a speaker would open
 * them: every slide kept in order, titles from their headings, the notes as the spoken text (and
 * nothing else spoken), and a located warning for each construct Lectern shows differently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/core/deck';
import { buildDeck, formatOf, normalizeSpoken, spokenText } from '../../src/core/speech';

const dir = join(import.meta.dirname, '../fixtures/decks');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const deckOf = (name: string): Deck => buildDeck(read(name), { fileName: name });
const warningsOf = (deck: Deck) => deck.warnings.map((w) => `${w.line}: ${w.message}`);

describe('reveal-md deck', () => {
  const deck = deckOf('reveal-md.md');
  it('is recognised, and its slides (vertical ones flattened) keep their order', () => {
    expect(formatOf('reveal-md.md', read('reveal-md.md'))).toBe('revealmd');
    expect(deck.slides.map((s) => [s.layout, s.title])).toEqual([
      ['title', 'Open Data for Better Cities'],
      ['content', 'Why open data'],
      ['content', 'Bus times'],
      ['content', 'Bus times, one year on'],
      ['content', 'Code we shared'],
      ['closing', 'Thank you'],
    ]);
    expect(deck.meta).toMatchObject({ title: 'Open Data for Better Cities', theme: 'black' });
  });
  it('says the notes (Note:, Notes:, <aside class="notes">) and nothing else', () => {
    expect(deck.slides[0]!.notes).toBe(
      'Good morning, everyone. Thank you for having me. I want to talk about what open data did for our city.',
    );
    expect(deck.slides[2]!.notes).toBe(
      'We published the bus times in 2019. Ridership rose by 12% in a year.',
    );
    // "--" inside a sentence is said as written; only a line of its own separates slides
    expect(deck.slides[3]!.notes).toBe('The table shows two lines -- the busiest ones.');
    for (const s of deck.slides) expect(s.notes).not.toMatch(/^Notes?:|<aside/);
    expect(deck.slides[1]!.screenText).not.toContain('trust');
  });
  it('keeps what is on screen: lists, the table, the image, code with its --- line', () => {
    expect(deck.slides[1]!.blocks[0]).toMatchObject({ type: 'list' });
    expect(deck.slides[2]!.blocks).toContainEqual(
      expect.objectContaining({ type: 'image', src: 'bus-map.png', alt: 'Bus map' }),
    );
    expect(deck.slides[3]!.blocks[0]).toMatchObject({ type: 'table' });
    expect(deck.slides[4]!.blocks[0]).toMatchObject({ type: 'code', lang: 'python' });
    expect(deck.slides[4]!.screenText).toContain('# --- not a slide break');
  });
  it('warns, located, about slide and element attributes', () => {
    expect(warningsOf(deck)).toEqual([
      '31: reveal.js slide attributes (<!-- .slide: … -->) are not used; the theme sets backgrounds and transitions',
      '46: reveal.js element attributes (<!-- .element: … -->) are not used; fragments show at once',
    ]);
  });
});

describe('Marp deck', () => {
  const deck = deckOf('marp.md');
  it('is recognised; comments are the notes; a --- under text is a heading, not a slide', () => {
    expect(formatOf('marp.md', read('marp.md'))).toBe('marp');
    expect(deck.slides.map((s) => s.title)).toEqual([
      'Open Data for Better Cities',
      'Why open data',
      'Bus times',
      'A heading with an underline',
      'Thank you',
    ]);
    expect(deck.slides[1]!.notes).toBe(
      'Two reasons, and both are about trust.\n\nWhen residents can see where the money goes, they trust the budget.',
    );
    expect(deck.slides[3]!.screenText).toContain('Not a slide break');
    expect(deck.meta.theme).toBe('gaia');
  });
  it('takes Marp keywords out of image alt text and reports unused directives once each', () => {
    expect(deck.slides[2]!.blocks[0]).toMatchObject({ type: 'image', src: 'bus-map.png', alt: '' });
    expect(deck.slides.map((s) => s.notes).join(' ')).not.toMatch(/_class|backgroundColor/);
    expect(warningsOf(deck)).toEqual([
      '4: Marp directive "paginate" is not used: slide numbers (paginate) are not shown on the slides',
      '5: Marp directive "footer" is not used: the footer text "City Lab · 2024" is not shown on the slides',
      '8: Marp directive "class" is not used: the slide class "lead" is not used; Lectern lays the slide out',
      '34: Marp background images (![bg]) are shown as images on the slide',
      '40: Marp directive "backgroundColor" is not used: colours and backgrounds come from the theme',
      `3: theme "gaia" is drawn with Lectern's nearest, "lectern-light"`,
    ]);
  });
});

describe('Slidev deck', () => {
  const deck = deckOf('slidev.md');
  it('is recognised; per-slide front matter is settings, not a slide titled "layout: center"', () => {
    expect(formatOf('slidev.md', read('slidev.md'))).toBe('slidev');
    expect(deck.slides.map((s) => [s.layout, s.title])).toEqual([
      ['title', 'Open Data for Better Cities'],
      ['content', 'Why open data'],
      ['content', 'Bus times'],
      ['content', 'Before and after'],
      ['content', 'Code we shared'],
      ['closing', 'Thank you'],
    ]);
    for (const s of deck.slides) expect(s.screenText).not.toMatch(/layout:|v-click|::right::/);
    expect(deck.meta).toMatchObject({ title: 'Open Data for Better Cities', duration: 20, theme: 'seriph' });
  });
  it('the last comment is the notes, click markers taken out; an earlier comment is not said', () => {
    expect(deck.slides[1]!.notes).toBe('Two reasons, and both are about trust.');
    expect(deck.slides[2]!.notes).not.toContain('reminder');
    expect(deck.slides[2]!.blocks).toContainEqual(
      expect.objectContaining({ type: 'image', src: 'bus-map.png' }),
    );
  });
  it('leaves the hidden slide out and says so; slots and clicks are warnings', () => {
    expect(deck.slides.some((s) => s.title === 'Backup slide')).toBe(false);
    expect(warningsOf(deck)).toEqual([
      '23: Slidev click animations (<v-click>) are not used; everything shows at once (also on line 28)',
      '57: Slidev slots (::right::) are not used; the columns are shown one after the other',
      '63: hidden slide (hide: true) left out, with its notes',
      `2: theme "seriph" is drawn with Lectern's nearest, "serif"`,
    ]);
  });
});

describe('every fixture deck', () => {
  it.each(['reveal-md.md', 'marp.md', 'slidev.md'])(
    '%s: the notes, in order, are the whole spoken text',
    (name) => {
      const deck = deckOf(name);
      expect(deck.slides.every((s) => s.notes.trim() && s.title)).toBe(true);
      expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
        normalizeSpoken(spokenText(read(name), name)),
      );
    },
  );
});
