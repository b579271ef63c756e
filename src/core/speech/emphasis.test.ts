import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { emphasisInline, withoutEmphasisMarks } from './inline';

// Frederick Douglass, "What to the Slave Is the Fourth of July?" (1852), public domain
const DOUGLASS =
  'There is not a man beneath the canopy of heaven that does not know that slavery is wrong for _him_.';

describe('emphasis a plain-text speech writes with underscores or asterisks', () => {
  it('is emphasis on screen, not the marks', () => {
    expect(emphasisInline(DOUGLASS)).toEqual([
      {
        type: 'text',
        value:
          'There is not a man beneath the canopy of heaven that does not know that slavery is wrong for ',
      },
      { type: 'emphasis', children: [{ type: 'text', value: 'him' }] },
      { type: 'text', value: '.' },
    ]);
    expect(emphasisInline('This Fourth of July is *yours*, not _mine_.')).toEqual([
      { type: 'text', value: 'This Fourth of July is ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'yours' }] },
      { type: 'text', value: ', not ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'mine' }] },
      { type: 'text', value: '.' },
    ]);
    expect(withoutEmphasisMarks('It is _very much_ so.')).toBe('It is very much so.');
  });

  it('needs whole words: identifiers, arithmetic and a lone mark stay as written', () => {
    for (const t of [
      'Set max_retry_count to five.',
      'Five *3* two',
      'It costs 5*3*2 dollars.',
      'A * B',
      '_ alone _',
    ])
      expect(emphasisInline(t).every((n) => n.type === 'text')).toBe(t !== 'Five *3* two');
  });

  it('reaches the screen as emphasis while the notes keep the speech as written', () => {
    const text = `The Fourth of July\n\n${DOUGLASS} Who can reason on such a proposition?`;
    const deck = buildDeck(text, { fileName: 'douglass.txt' });
    const shown = deck.slides.map((s) => s.screenText).join('\n');
    expect(shown).not.toMatch(/_him_/u);
    expect(deck.slides.map((s) => s.notes).join('\n\n')).toContain('wrong for _him_.');
    const quote = deck.slides.flatMap((s) => s.blocks).find((b) => b.type === 'quote');
    expect(JSON.stringify(quote)).toContain('{"type":"emphasis","children":[{"type":"text","value":"him"}]}');
  });
});
