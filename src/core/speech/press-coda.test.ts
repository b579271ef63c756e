import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { pressCodaStart } from './press-coda';

const paras = (...texts: string[]) => texts.map((text) => ({ text }));
/** A speech body of `n` paragraphs of forty words each. */
const body = (n: number) =>
  Array.from(
    { length: n },
    (_, k) => `Paragraph ${k + 1} of the speech. ${'We build things here. '.repeat(8)}`,
  );

describe('press coda: reporters shouting questions after the sign-off', () => {
  it('starts at the first closing line before a short exchange with reporters', () => {
    // the end of President Biden's remarks on tariffs, 14 May 2024 (White House transcript)
    const end = paras(
      ...body(12),
      'God bless you all.  And better get out of the rain.',
      'Thank you very, very much.  (Applause.)',
      'Thank you.',
      'Oh, we got to sign this.',
      'Q    Mr. President, why wait three years for the tariffs?',
      '(The presidential memorandum is signed.)',
      'THE PRESIDENT:  Thank you, thank you, thank you.  (Applause.)',
      'Q    Mr. President, is Netanyahu going too far in Rafah?',
      'THE PRESIDENT:  He’s being feeding them a long time.  (Laughter and applause.)',
    );
    expect(pressCodaStart(end, 0)).toBe(13);
  });

  it('is no coda in a press conference, nor without a sign-off before the questions', () => {
    const conference = paras(
      ...body(3),
      'Thank you.',
      'Q    Mr. President, what about the budget?',
      ...body(4).map((t) => `THE PRESIDENT:  ${t}`),
    );
    expect(pressCodaStart(conference, 0)).toBe(-1);
    const noSignOff = paras(
      ...body(12),
      'Q    Mr. President, one more question?',
      'THE PRESIDENT:  Not today.',
    );
    expect(pressCodaStart(noSignOff, 0)).toBe(-1);
  });

  it('closes the deck with the thanks; the questions stay in its notes, on no slide of their own', () => {
    const speech = [
      'Tariffs and American Workers',
      ...body(8),
      'Thank you very, very much.  (Applause.)',
      'Q    Mr. President, is Netanyahu going too far in Rafah?',
      'THE PRESIDENT:  He’s being feeding them a long time.  (Laughter and applause.)',
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'remarks.txt' });
    const last = deck.slides.at(-1)!;
    expect(last.layout).toBe('closing');
    expect(last.notes).toContain('Netanyahu going too far');
    expect(last.notes).toContain('feeding them a long time');
    const onScreen = deck.slides.map((s) => `${s.title} ${JSON.stringify(s.blocks)}`).join(' ');
    expect(onScreen).not.toMatch(/Netanyahu|feeding them/u);
  });
});
