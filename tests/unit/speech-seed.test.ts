/**
 * The default deck. Comparison rule for "notes = the seed speech verbatim": the seed .txt without
 * its title line (the .md carries it as `title:`), and the concatenated notes, are equal after
 * `normalizeSpoken` — `**` removed and every whitespace run (paragraph breaks included) → one space.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from '../../src/core/speech';
import type { Deck } from '../../src/core/deck';

const root = join(__dirname, '..', '..');
const txt = readFileSync(join(root, 'slides/carec-digital-strategy-2030.txt'), 'utf8');
const md = readFileSync(join(root, 'slides/carec-digital-strategy-2030.md'), 'utf8');
const notesOf = (d: Deck) => d.slides.map((s) => s.notes).join('\n\n');
const seedSpoken = txt.split(/\r?\n/).slice(1).join('\n');

describe('seed speech (.txt)', () => {
  const deck = buildDeck(txt, { fileName: 'carec-digital-strategy-2030.txt' });
  it('has a title slide with the greetings in its notes', () => {
    const s0 = deck.slides[0]!;
    expect(s0.layout).toBe('title');
    expect(s0.title).toBe('Digital Economy in China and Insights on CAREC Digital Strategy 2030');
    expect(s0.notes).toMatch(/^Thank you, Chair\.\n\nDear Colleagues,\n\nGood afternoon\. I'm Zhu Gang/);
    expect(deck.meta.speaker).toBe('Zhu Gang');
  });
  it('derives titles from the speech', () => {
    const titles = deck.slides.map((s) => s.title);
    expect(titles).toContain('Digital infrastructure');
    expect(titles).toContain('Digital economy');
    for (const t of titles.slice(1)) expect(t.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
  it('shows the key figures', () => {
    const figures = deck.slides
      .filter((s) => s.layout === 'figures')
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.type === 'figures' ? b.items : []));
    const values = figures.map((f) => f.value);
    // the speech says "about 56.1 trillion RMB", "about 44%": the hedge stays with its number
    expect(values).toEqual(
      expect.arrayContaining(['about 56.1 trillion RMB', 'about 44%', 'second-largest', '421']),
    );
    // the label says what is counted, never the year; the rank of the same thing joins it
    expect(figures.find((f) => f.value === 'about 56.1 trillion RMB')?.label).toBe(
      "scale of China's digital economy, second in the world",
    );
    expect(figures.find((f) => f.value === 'about 44%')?.label).toBe('of total GDP');
    expect(figures.find((f) => f.value === '421')?.label).toContain('factories');
  });
  it('lists the three proposals under the lead-in title', () => {
    const list = deck.slides.find((s) => s.layout === 'list')!;
    expect(list.title).toBe('Proposals to further cooperate with CAREC partners');
    const block = list.blocks[0]!;
    expect(block.type === 'list' && block.ordered && block.items.length).toBe(3);
    expect(list.screenText).toContain('1. Promote digital infrastructure construction among CAREC partners');
    expect(list.screenText).toContain('2. Promote city level digital cooperation');
  });
  it('ends with a closing slide', () => {
    expect(deck.slides.at(-1)).toMatchObject({ layout: 'closing', title: 'Thank you!', notes: 'Thank you!' });
  });
  it('keeps the whole speech in the notes', () => {
    expect(normalizeSpoken(notesOf(deck))).toBe(normalizeSpoken(seedSpoken));
    expect(normalizeSpoken(notesOf(deck))).toBe(normalizeSpoken(spokenText(txt, 'x.txt')));
  });
  it('stays within the on-screen budget', () => {
    for (const s of deck.slides.slice(1)) expect(s.screenText.split(/\s+/).length).toBeLessThanOrEqual(42);
  });
});

describe('default deck (.md)', () => {
  const deck = buildDeck(md, { fileName: 'carec-digital-strategy-2030.md' });
  it('has notes that are the seed speech verbatim', () => {
    expect(normalizeSpoken(notesOf(deck))).toBe(normalizeSpoken(seedSpoken));
  });
  it('is a polished deck', () => {
    expect(deck.warnings).toEqual([]);
    expect(deck.slides.map((s) => s.layout)).toEqual([
      'title',
      'content',
      'figures',
      'figures',
      'content',
      'content',
      'content',
      'list',
      'closing',
    ]);
    expect(deck.slides[0]!.screenText).toContain('Zhu Gang');
    expect(deck.slides[0]!.screenText).toContain('Deputy Director General');
    expect(deck.slides.reduce((a, s) => a + s.plannedSeconds, 0)).toBe(300);
  });
});
