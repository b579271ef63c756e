import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksText, type Slide } from '../deck';
import { buildDeck } from './index';
import { itemText } from './items';
import { ITEM_WORDS_ON_SCREEN, MAX_ITEMS_ON_SCREEN } from './list-fit';
import { screenWords } from './body';

const lines = (s: Slide) => blocksText(s.blocks).split('\n').filter(Boolean);
const listSlides = (slides: Slide[]) => slides.filter((s) => s.blocks.some((b) => b.type === 'list'));

describe('a list too long for one slide is shared over consecutive slides', () => {
  const filler = (topic: string) =>
    Array.from(
      { length: 5 },
      (_, i) =>
        `Part ${i + 1} of the ${topic} story is that the people of this region waited long for a plan that works.`,
    ).join(' ');
  // seven goals of 9–11 words: too many items and too many words for one screen
  const goals = [
    'Cut the energy used by public buildings by 30 percent by 2030.',
    'Plant two million trees along the rivers of the region.',
    'Build 400 kilometres of safe cycle lanes between our towns.',
    'Connect every village school to fast fibre broadband by 2028.',
    'Give 50,000 young people a paid first job in green trades.',
    'Halve the waiting time for a family doctor in rural districts.',
    'Open 12 new night bus routes to the outer suburbs.',
  ];
  const speech = [
    filler('energy'),
    '',
    'These are the seven goals that we set for 2030:',
    ...goals.map((g) => `- ${g}`),
    '',
    filler('money'),
  ].join('\n');
  const deck = buildDeck(speech, { fileName: 'goals.txt' });
  const parts = listSlides(deck.slides);

  it('shows every item, whole, in order, over consecutive slides titled with their part', () => {
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const at = parts.map((s) => deck.slides.indexOf(s));
    expect(at).toEqual(at.map((_, k) => at[0]! + k));
    const shown = parts.flatMap(lines).map((l) => l.replace(/^• /u, ''));
    expect(shown).toEqual(goals.map((g) => g.replace(/\.$/u, '')));
    const base = parts[0]!.title.replace(/ \(1\/\d\)$/u, '');
    expect(base).not.toBe(parts[0]!.title);
    parts.forEach((s, k) => expect(s.title).toBe(`${base} (${k + 1}/${parts.length})`));
  });
  it('keeps each slide within the screen budget and its notes to its own items', () => {
    for (const s of parts) {
      expect(lines(s).length).toBeLessThanOrEqual(MAX_ITEMS_ON_SCREEN);
      expect(screenWords(s.screenText)).toBeLessThanOrEqual(45);
      // the notes say exactly the items this slide shows (and the lead-in on the first)
      const said = goals.filter((g) => s.notes.includes(g));
      expect(said.map((g) => g.replace(/\.$/u, ''))).toEqual(lines(s).map((l) => l.replace(/^• /u, '')));
    }
    expect(parts[0]!.notes.startsWith('These are the seven goals that we set for 2030:')).toBe(true);
    // notes stay the speech, whole and in order
    expect(deck.slides.flatMap((s) => s.notes.split('\n\n')).filter(Boolean)).toEqual(
      speech.split('\n').filter(Boolean),
    );
  });
  it('a numbered list goes on counting on its next slide ("3.", never "1." again)', () => {
    const ordinals = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh'];
    const said = goals.map((g, k) => `${ordinals[k]}, we will ${g[0]!.toLowerCase()}${g.slice(1)}`);
    const numbered = buildDeck(
      [
        filler('energy'),
        '',
        'These are the seven goals that we set for 2030:',
        '',
        ...said.flatMap((g) => [g, '']),
        filler('money'),
      ].join('\n'),
      { fileName: 'ordinals.txt' },
    );
    const lists = listSlides(numbered.slides).map((s) => s.blocks.find((b) => b.type === 'list')!);
    expect(lists.length).toBeGreaterThanOrEqual(2);
    let next = 1;
    for (const b of lists) {
      if (b.type !== 'list') continue;
      expect(b.ordered).toBe(true);
      expect(b.start ?? 1).toBe(next);
      next += b.items.length;
    }
    expect(next).toBe(goals.length + 1);
  });
  it('a list that fits stays on one slide', () => {
    const short = buildDeck(
      [
        filler('energy'),
        '',
        'These are our goals:',
        ...goals.slice(0, 3).map((g) => `- ${g}`),
        '',
        filler('money'),
      ].join('\n'),
      { fileName: 'short.txt' },
    );
    const one = listSlides(short.slides);
    expect(one).toHaveLength(1);
    expect(one[0]!.title).not.toMatch(/\(\d\/\d\)$/u);
    expect(lines(one[0]!)).toHaveLength(3);
  });
});

describe("Carter's seven goals for 1985 (Address to the Nation on Energy, 1977)", () => {
  const text = readFileSync(
    new URL('../../../tests/fixtures/speeches/lists/en-carter-energy-1977.txt', import.meta.url),
    'utf8',
  );
  const deck = buildDeck(text, { fileName: 'en-carter-energy-1977.txt' });
  const goals = text.split('\n').filter((l) => l.startsWith('—to '));

  it('every goal reaches a screen with its number or target, on slides "Goals for 1985 (k/n)"', () => {
    expect(goals).toHaveLength(7);
    const parts = listSlides(deck.slides).filter((s) => s.notes.includes('—to '));
    expect(parts.map((s) => s.title)).toEqual(
      parts.map((_, k) => `Goals for 1985 (${k + 1}/${parts.length})`),
    );
    expect(parts.flatMap(lines)).toEqual([
      '• Reduce the annual growth rate in our energy demand to less than 2 percent',
      '• Reduce gasoline consumption by 10 percent below its. current level',
      '• Cut in half the portion of U.S. oil which is imported',
      '• Establish a strategic petroleum reserve of one billion barrels',
      '• Increase our coal production by about two-thirds',
      '• Insulate 90 percent of American homes and all new buildings',
      '• Use solar energy in more than 2 1/2 million houses',
    ]);
    for (const s of parts) {
      expect(screenWords(s.screenText)).toBeLessThanOrEqual(45);
      // each slide's notes hold exactly the goals it shows
      expect(goals.filter((g) => s.notes.includes(g))).toHaveLength(lines(s).length);
    }
    expect(parts[0]!.notes).toMatch(/^These are the goals that we set for 1985:/u);
  });
  it('the notes are the speech, whole and in order', () => {
    const paras = text.split('\n').filter((l) => l.trim());
    expect(deck.slides.flatMap((s) => s.notes.split('\n\n'))).toEqual(
      expect.arrayContaining(paras.filter((p) => p.startsWith('—to '))),
    );
    const said = deck.slides
      .map((s) => s.notes)
      .join('\n\n')
      .replace(/\s+/gu, ' ');
    expect(said).toBe(paras.join(' ').replace(/\s+/gu, ' '));
  });
});

describe('list items keep their point', () => {
  it('never cuts before the number or target of an item', () => {
    expect(
      itemText('—to reduce the annual growth rate in our energy demand to less than 2 percent;', 'en'),
    ).toBe('Reduce the annual growth rate in our energy demand to less than 2 percent');
    // a cut that keeps a target already ("by about two-thirds") may leave its further reach
    expect(
      itemText(
        '—to increase our coal production by about two-thirds to more than one billion tons a year;',
        'en',
      ),
    ).toBe('Increase our coal production by about two-thirds');
    expect(
      itemText(
        'We heard how during the past three years, Ghana has hired 90 000 new health workers, despite the difficult economic climate.',
        'en',
      ),
    ).toBe('We heard how during the past three years, Ghana has hired 90 000 new health workers');
  });
  it('never ends an item on a word that needs the next ("after", "than", "to those")', () => {
    expect(
      itemText(
        'I. Open covenants of peace, openly arrived at, after which there shall be no private international understandings of any kind.',
        'en',
      ),
    ).toBe('Open covenants of peace, openly arrived at');
    expect(
      itemText("It's easier to see what is different about someone than to find the things we share.", 'en'),
    ).toBe("It's easier to see what is different about someone than to find the things we share");
    expect(
      itemText(
        'The future will belong to those who unleash the potential of their people, not those who stifle it.',
        'en',
      ),
    ).toBe('The future will belong to those who unleash the potential of their people');
    expect(
      itemText(
        'We heard how Kenya has doubled its health workforce, showing that goals can be reached.',
        'en',
      ),
    ).toBe('We heard how Kenya has doubled its health workforce');
  });
  it('keeps a long sentence’s subject and passive verb rather than a phrase from its end', () => {
    expect(
      itemText(
        'XIV. A general association of nations must be formed under specific covenants for the purpose of affording mutual guarantees of political independence and territorial integrity to great and small states alike.',
        'en',
      ),
    ).toBe('A general association of nations must be formed');
  });
  it('keeps a short sentence whole rather than a phrase picked out of it', () => {
    expect(
      itemText(
        'IX. A readjustment of the frontiers of Italy should be effected along clearly recognizable lines of nationality.',
        'en',
      ),
    ).toBe(
      'A readjustment of the frontiers of Italy should be effected along clearly recognizable lines of nationality',
    );
  });
  it('item words on screen leave room for a title', () => {
    expect(ITEM_WORDS_ON_SCREEN).toBeLessThan(45);
  });
});

describe('a roll call of short items is one slide, in two columns (judge8: Obama’s nine names)', () => {
  const names = [
    'Clementa Pinckney',
    'Cynthia Hurd',
    'Susie Jackson',
    'Ethel Lance',
    'DePayne Middleton-Doctor',
    'Tywanza Sanders',
    'Daniel L. Simmons, Sr.',
    'Sharonda Coleman-Singleton',
    'Myra Thompson',
  ];
  const speech = [
    'That reservoir of goodness is what we are called upon to find. If we can find that grace, anything is possible for the people of this city and this country.',
    ...names.map((n) => `${n} found that grace.`),
    'Through the example of their lives, they have now passed it on to us. May we find ourselves worthy of that precious and extraordinary gift, as long as our lives endure. May grace now lead them home.',
  ].join('\n\n');
  it('shows every name on one slide and leaves the closing paragraph a slide of its own', () => {
    const deck = buildDeck(speech, { fileName: 'eulogy.txt' });
    const lists = listSlides(deck.slides);
    expect(lists).toHaveLength(1);
    expect(lines(lists[0]!).map((l) => l.replace(/^• /u, ''))).toEqual(
      names.map((n) => n.replace(/\.$/u, '')),
    );
    expect(lists[0]!.notes).not.toContain('May grace now lead them home.');
  });
});
