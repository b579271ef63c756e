import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Deck } from '../deck';
import { deckToMarkdown } from './eject';
import { buildDeck, normalizeSpoken } from './index';

/** What must survive the round trip: every slide's layout, title, screen and notes, and its time. */
function shape(deck: Deck) {
  const strip = (b: Block): Block =>
    b.type === 'figures' ? { ...b, items: b.items.map(({ value, label }) => ({ value, label })) } : b;
  return deck.slides.map((s) => ({
    layout: s.layout,
    title: s.title,
    blocks: s.blocks.map(strip),
    screenText: s.screenText,
    notes: normalizeSpoken(s.notes),
    plannedSeconds: s.plannedSeconds,
  }));
}

const roundTrip = (text: string, fileName: string) => {
  const deck = buildDeck(text, { fileName });
  const md = deckToMarkdown(deck);
  return { deck, md, again: buildDeck(md, { fileName: 'ejected.md' }) };
};

describe('eject: a generated deck as Lectern Markdown', () => {
  it('writes front matter, ## slides, screen and figures fences, and the notes as prose', () => {
    const { md } = roundTrip(
      'City budget 2025\n\nDear colleagues,\n\nThe city will invest €3.5 billion in the railway over the next ten years, and 44% of that money goes to new rolling stock for the suburban lines that carry most of our commuters every working day.\n\nWe propose three steps:\n\nFirstly, open the data.\n\nSecondly, train the staff.\n\nFinally, measure the results.\n\nThank you!',
      'budget.txt',
    );
    expect(md).toMatch(/^---\ntitle: City budget 2025\n/);
    expect(md).toContain('```figures\n€3.5 billion — ');
    expect(md).toMatch(
      /## .+\n\n```screen\n1\. Open the data\n2\. Train the staff\n3\. Measure the results\n```/,
    );
    expect(md).toContain('## Thank you!\n\nThank you!');
  });
  it('building the ejected file gives the same screens, notes and times', () => {
    for (const [text, name] of [
      [
        'Digital economy\n\nThank you, Chair.\n\nOur **digital infrastructure** grew: 421 factories and 56.1 trillion RMB.\n\nWe must *act* — not wait — and [read more](https://example.org).\n\nThank you!',
        'a.txt',
      ],
      [
        '---\ntitle: T\nduration: 2\n---\n\nHi.\n\n## A\n\n| x | y |\n| - | -: |\n| 1 | 2 |\n\nSaid `code` here.\n\n## B\n\n- one\n- two\n\n> [!spoken]\n> Only said.',
        'b.md',
      ],
    ] as const) {
      const { deck, again } = roundTrip(text, name);
      expect(shape(again)).toEqual(shape(deck));
    }
  });
  it("writes notes not said aloud as a `> [!unsaid]` quote, which builds back untimed (Twain's headnote)", () => {
    // an editor's 330-word headnote before the speech (Project Gutenberg #3188): before, the ejected
    // file had it as plain prose, and building it gave two content slides of the editor's words
    const file = 'en-twain-statistics-savage-club-1899.txt';
    const text = readFileSync(join(__dirname, '../../../tests/fixtures/speeches/headnotes', file), 'utf8');
    const { deck, md, again } = roundTrip(text, file);
    expect(deck.slides[0]!.unsaid?.length).toBeGreaterThan(5);
    expect(md).toContain(
      '\n> [!unsaid]\n> EXTRACT FROM “THE HISTORY OF THE SAVAGE CLUB”\n>\n> During that period',
    );
    expect(md).not.toContain('\\[!unsaid]');
    expect(shape(again)).toEqual(shape(deck));
    const said = (d: Deck) => d.slides.map((s) => [s.unsaid ?? [], s.words]);
    expect(said(again)).toEqual(said(deck));
    expect(again.slides[0]!.words).toBe(0);
  });
  it('reads a hand-written `> [!unsaid]` quote as notes that are not said: kept, untimed, off screen', () => {
    const md = [
      '# Open data',
      '',
      '> [!unsaid]',
      '> Delivered at the City Hall, Lisbon, 4 May 2024.',
      '',
      '## Why',
      '',
      'Open data lets every citizen check how the city spends its money, line by line.',
      '',
      '> [!unsaid]',
      '> (Applause.)',
    ].join('\n');
    const deck = buildDeck(md, { fileName: 'open.md' });
    const why = deck.slides.find((s) => s.title === 'Why')!;
    expect(deck.slides[0]!.notes).toBe('Delivered at the City Hall, Lisbon, 4 May 2024.');
    expect(deck.slides[0]!.unsaid).toEqual([0]);
    expect(deck.slides[0]!.words).toBe(0);
    expect(why.notes).toBe(
      'Open data lets every citizen check how the city spends its money, line by line.\n\n(Applause.)',
    );
    expect(why.unsaid).toEqual([1]);
    expect(why.words).toBe(15);
    expect(why.screenText).not.toContain('Applause');
    expect(deck.slides[0]!.screenText).not.toContain('Lisbon');
  });
  it('escapes speech text that looks like Markdown (property)', () => {
    const word = fc.constantFrom(
      '1.',
      '#',
      '*',
      '**',
      '_',
      '`',
      '>',
      '-',
      '+',
      '|',
      '[a](b)',
      '<b>',
      '&amp;',
      '\\',
      '---',
      'word',
      'Thank you',
      '44%',
      '3 billion euros',
      'Firstly,',
      ':',
      '!',
    );
    const para = fc.array(word, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' ') + '.');
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 8 }), (paras) => {
        const { deck, again } = roundTrip(['Title line', ...paras].join('\n\n'), 'p.txt');
        expect(shape(again)).toEqual(shape(deck));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
