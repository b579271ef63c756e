import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { deckToMarkdown } from './eject';
import { buildDeck } from './index';
import { labelName } from './voices';
import { tidyMasked } from './mask';
import { bestQuote, isThrowaway } from './quotable';

/** A White House transcript: several speakers, their labels and the room's (Applause.). */
const RECEPTION = [
  'East Room',
  '5:14 P.M. EDT',
  'THE SECOND GENTLEMAN:  Good evening, everyone.',
  'AUDIENCE:  Good evening!',
  'And of course, my wife — (applause) — Vice President Kamala Harris is here, the first woman Vice President!  (Applause.)',
  'I have travelled across the country and met women in their own communities, in their kitchens and their workplaces, and they told me their stories.',
  'A woman whose water broke early was denied care in a hospital because of a state’s abortion ban, and it was not until she developed sepsis that the hospital finally treated her.',
  'I hear about how this administration is ensuring that women have equal access to opportunities — (applause) — and how it is protecting their rights (applause).',
  'Our First Lady, Dr. Jill Biden.  (Applause.)',
  'THE PRESIDENT:  Thank you.  (Applause.)  Please, sit down.',
  'We have made progress, but progress is never guaranteed: every generation has to win it again, and every generation has to defend it again.',
  'That’s why she’s the First Lady.  (Laughter.)',
  'We passed the law that protects pregnant workers on the job, and we expanded child care for working families across the country so that no parent has to choose between a job and a child.',
  'We capped the cost of insulin for seniors on Medicare, we lowered the cost of hearing aids, and we made sure that a woman who works full time is not left in poverty when she retires.',
  'We are going to keep going until every woman in America is paid what she is worth.',
  'Equal pay for equal work is not a favour for women, it is a right for women.',
  'And we will not stop until the freedom to make your own decisions about your own body is the law of the land again, in every state of this union.',
  'So, thank you, thank you, thank you.',
].join('\n');

describe('a multi-speaker transcript on screen', () => {
  it('taking out a stage direction leaves no doubled dash, no space before punctuation, no double space', () => {
    expect(tidyMasked('my wife —             — Vice President Kamala Harris')).toBe(
      'my wife — Vice President Kamala Harris',
    );
    expect(tidyMasked('protecting their rights           .')).toBe('protecting their rights.');
    expect(tidyMasked('opportunities —            .')).toBe('opportunities.');
    for (const text of [
      RECEPTION,
      'THE SECOND GENTLEMAN:  And of course, my wife — (applause) — the Vice President is here with us tonight, and she is the first woman to hold that office!  (Applause.)',
    ]) {
      const deck = buildDeck(text, { fileName: 'en-transcript-reception.txt' });
      expect(deck.slides.some((s) => s.blocks.length > 0 && s.layout !== 'title')).toBe(true);
      for (const s of deck.slides) expect(s.screenText).not.toMatch(/[—–]\s*[—–]| [.,;:!?]| {2}/u);
    }
  });
});

describe('lines said to the room are never the key line', () => {
  it.each([
    'So, thank you, thank you, thank you.',
    'Our First Lady, Dr. Jill Biden.',
    'That’s why she’s the First Lady.',
    'Ladies and gentlemen, the President of the United States.',
    'So please join me in welcoming my dear friend, our amazing First Lady, Dr. Jill Biden.',
    'I thank all speakers for their insights, and I thank all of you for your participation.',
  ])('"%s"', (line) => {
    expect(isThrowaway(line, 'en')).toBe(true);
    expect(bestQuote([line], 'en')).toBeNull();
  });

  it('a line with a point is kept', () => {
    expect(isThrowaway('Equal pay for equal work is not a favour, it is a right.', 'en')).toBe(false);
    expect(isThrowaway('The First Lady has visited every state.', 'en')).toBe(false);
  });

  it('no slide of a transcript shows a thanks, a bare introduction or a reply', () => {
    const deck = buildDeck(RECEPTION, { fileName: 'en-transcript-reception.txt' });
    const shown = deck.slides.map((s) => s.screenText).join('\n');
    expect(shown).not.toMatch(/thank you, thank you|Our First Lady, Dr\. Jill Biden|That’s why she’s/u);
  });
});

describe('a line by another speaker than the main one', () => {
  it('names a speaker from the label', () => {
    expect(labelName('THE SECOND GENTLEMAN:  ')).toBe('The Second Gentleman');
    expect(labelName('MR. EMHOFF:')).toBe('Mr. Emhoff');
    expect(labelName('DR. BIDEN:')).toBe('Dr. Biden');
  });

  // with the President's "We have made progress, but progress is never guaranteed: …" on the
  // first slide, its head clause is that slide's line (striking.ts); without it the Second
  // Gentleman's line is, and it is cited
  const full = buildDeck(RECEPTION, { fileName: 'en-transcript-reception.txt' });
  it('sets the main speaker’s striking clause without a cite', () => {
    expect(full.slides[1]?.blocks).toEqual([
      {
        type: 'quote',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', value: 'We have made progress, but progress is never guaranteed.' }],
          },
        ],
      },
    ]);
  });
  const deck = buildDeck(RECEPTION.replace(/\nWe have made progress[^\n]*/u, ''), {
    fileName: 'en-transcript-reception.txt',
  });
  const quotes = deck.slides.flatMap((s) => s.blocks.filter((b) => b.type === 'quote'));
  const lineOf = (b: (typeof quotes)[number]) => blocksText(b.type === 'quote' ? b.children : []);

  it('is shown with who said it; the main speaker’s lines are not; the room’s never', () => {
    const emhoff = quotes.filter((q) => /my wife|equal access|water broke/u.test(lineOf(q)));
    expect(emhoff.length).toBeGreaterThan(0);
    for (const q of emhoff) expect(q).toMatchObject({ cite: 'The Second Gentleman' });
    const president = quotes.filter((q) =>
      /generation|paid what she is worth|pregnant workers|Equal pay/u.test(lineOf(q)),
    );
    expect(president.length).toBeGreaterThan(0);
    for (const q of president) expect(q).not.toHaveProperty('cite');
    expect(deck.slides.map((s) => s.screenText).join('\n')).not.toMatch(/Good evening/u);
  });

  it('keeps who said it through the Markdown eject', () => {
    const md = deckToMarkdown(deck);
    expect(md).toContain('> — The Second Gentleman');
    const again = buildDeck(md, { fileName: 'ejected.md' });
    expect(again.slides.map((s) => s.blocks)).toEqual(deck.slides.map((s) => s.blocks));
    expect(again.slides.map((s) => s.screenText)).toEqual(deck.slides.map((s) => s.screenText));
  });
});
