import { describe, expect, it } from 'vitest';
import { isClosing, speakerFromIntro } from './speech-parts';
import { maskForScreen } from './mask';
import { buildDeck } from '.';

describe('speakerFromIntro', () => {
  it('takes the role from an introduction', () => {
    expect(speakerFromIntro('I’m Zhu Gang, deputy director general of the department.')).toEqual({
      speaker: 'Zhu Gang',
      role: 'deputy director general of the department',
    });
  });

  it('takes no role from a relation joke', () => {
    expect(
      speakerFromIntro('Thank you, thank you, thank you. I’m Joe Biden, Jill Biden’s husband. (Laughter.)'),
    ).toEqual({ speaker: 'Joe Biden' });
    expect(speakerFromIntro('I’m Ann Lee, Tom’s proud mother, and I am here to talk.')).toEqual({
      speaker: 'Ann Lee',
    });
  });
});

describe('a toast closes the speech', () => {
  it('knows a toast by its last word or as a line "To …!"', () => {
    expect(
      isClosing('To our partnership, our mateship, and the future that we’ll create together.  Cheers.'),
    ).toBe(true);
    expect(isClosing('To the Prime Minister and the people of Australia!')).toBe(true);
    expect(isClosing('To build a future worthy of our hopes, we must keep going.')).toBe(false);
  });

  it('gives the toast a closing slide and keeps the stage direction after it off screen, in the notes', () => {
    const body = Array.from(
      { length: 6 },
      (_, i) =>
        `Our two nations have stood together for a long time, and paragraph ${i + 1} of this toast says why the alliance between Australia and America matters to the people of both our countries today.`,
    ).join('\n\n');
    const text = `Toast at the State Dinner\n\n${body}\n\nTo our partnership, our mateship, and the future that we’ll create together.  Cheers.\n\n(President Biden offers a toast.)\n`;
    const deck = buildDeck(text, { fileName: 'toast.txt' });
    const last = deck.slides[deck.slides.length - 1]!;
    expect(last.layout).toBe('closing');
    expect(last.title).toBe('Cheers.');
    expect(last.notes).toContain('(President Biden offers a toast.)');
    expect(JSON.stringify(deck.slides.map((s) => [s.title, s.blocks]))).not.toContain('offers a toast');
  });
});

describe('maskForScreen', () => {
  it('masks a stage direction of a toast, as it masks (Applause.)', () => {
    const t = 'Cheers. (President Biden offers a toast.) (An aide brings glasses for the President.)';
    expect(maskForScreen(t).trim()).toBe('Cheers.');
    expect(maskForScreen(t)).toHaveLength(t.length);
  });
});

describe('an editor’s [sic] is never on screen', () => {
  it('masks it, and no figure label carries it', () => {
    const t =
      'In the next four years, we will award a total of $1 billion in Community Wildlife [sic] Defense Grants.';
    expect(maskForScreen(t)).not.toContain('[sic]');
    expect(maskForScreen(t)).toHaveLength(t.length);
    const deck = buildDeck(`Wildfire grants\n\n${t} They reach towns in every state.`, {
      fileName: 'talk.txt',
    });
    expect(JSON.stringify(deck.slides.map((s) => s.blocks))).not.toContain('[sic]');
    expect(deck.slides.map((s) => s.notes).join(' ')).toContain('[sic]');
  });
});
