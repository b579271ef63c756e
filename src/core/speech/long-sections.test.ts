import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';

/**
 * A heading's section is the author's slide, until the speaker would talk over it for minutes
 * (judge19: Dr. Sherwood-Randall's remarks as prepared, whose "## Prevention" ran 294 s on one
 * slide and whose title slide carried 251 s of prose before the first heading).
 */
const FILE = 'en-sherwood-randall-eradicate-hate.md';
const text = readFileSync(
  new URL(`../../../tests/fixtures/speeches/markdown/${FILE}`, import.meta.url),
  'utf8',
);
const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

describe('long sections of a Markdown speech', () => {
  const deck = buildDeck(text, { fileName: FILE });

  it('plans prose the speaker talks over for minutes by time: no slide over 150 s', () => {
    const long = deck.slides.filter((s) => s.plannedSeconds > 150);
    expect(long.map((s) => [s.title, s.plannedSeconds])).toEqual([]);
  });

  it('keeps the opening lines on the title slide and plans the rest of the introduction', () => {
    const title = deck.slides[0]!;
    expect(title.layout).toBe('title');
    // the dateline is the title slide's; the thanks and the rest of the introduction are planned
    expect(title.notes).toBe('Pittsburgh, Pennsylvania');
    expect(deck.slides[1]!.notes).toMatch(/^Thank you to each of the speakers/);
    expect(title.notes).not.toContain('Tree of Life');
    expect(title.plannedSeconds).toBeLessThanOrEqual(60);
    // the introduction's prose is on slides of its own, before the first heading's
    const first = deck.slides.findIndex((s) => s.title === 'The Normalization of Hate and Violence');
    expect(first).toBeGreaterThan(1);
    expect(deck.slides.slice(1, first).some((s) => s.notes.includes('Tree of Life synagogue'))).toBe(true);
  });

  it("titles a long section's first slide by its heading, every heading once, in order", () => {
    const heads = [
      'The Normalization of Hate and Violence',
      'The Biden-Harris Administration’s Strategic Approach',
      'Accountability Measures',
      'Protection Measures',
      'Prevention',
      'Closing',
    ];
    const at = heads.map((h) => deck.slides.findIndex((s) => s.title === h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // "## Prevention" (294 s) opens on its own heading's slide with its first paragraph
    const prevention = deck.slides[at[4]!]!;
    expect(prevention.notes).toMatch(/^And this brings me to the third element of our response/);
    expect(deck.slides[at[4]! + 1]!.title).not.toBe('Prevention');
  });

  it('loses no word: the notes, joined, are the prose in order', () => {
    const notes = words(deck.slides.map((s) => s.notes).join(' '));
    for (const probe of ['May their memories be a blessing.', 'behavioral Threat Assessment and Management'])
      expect(notes).toContain(probe);
    const seq = ['Tree of Life synagogue', 'Terrorgram', 'hate-fueled violence and hate crimes', 'TAM'].map(
      (p) => notes.indexOf(p),
    );
    expect(seq.every((i) => i >= 0)).toBe(true);
    expect([...seq].sort((a, b) => a - b)).toEqual(seq);
  });

  it('never splits a section the author put on screen, nor a short one, however many paragraphs', () => {
    const para =
      'We will keep working with communities across the country to prevent targeted violence. '.repeat(9);
    const long = Array.from({ length: 6 }, () => para).join('\n\n');
    const md = `# Talk\n\n## Screened\n\n\`\`\`screen\n- One point\n\`\`\`\n\n${long}\n\n## Short\n\nA first short paragraph.\n\nA second short paragraph.\n`;
    const d = buildDeck(md, { fileName: 'talk.md' });
    expect(d.slides.map((s) => s.title)).toEqual(['Talk', 'Screened', 'Short']);
    // …and the same prose under a heading of its own, with nothing on screen, is planned by time
    const plain = buildDeck(`# Talk\n\n## Prose\n\n${long}\n`, { fileName: 'talk.md' });
    expect(plain.slides.length).toBeGreaterThan(3);
    expect(plain.slides[1]!.title).toBe('Prose');
    expect(plain.slides.every((s) => s.plannedSeconds <= 150)).toBe(true);
  });
});
