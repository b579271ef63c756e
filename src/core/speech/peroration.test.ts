import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { perorationLine } from './peroration';

describe('the peroration', () => {
  it('is the last sentence when it fits, else its last clause that stands alone', () => {
    expect(perorationLine(['It is a good rule.', 'We can’t reach old age by another man’s road.'], 40)).toBe(
      'We can’t reach old age by another man’s road.',
    );
    const babies =
      'And in still one more cradle the future commander-in-chief is so little burdened with his approaching grandeurs as to be giving his whole strategic mind at this moment to trying to find out some way to get his big toe into his mouth—an achievement which the illustrious guest of this evening turned his entire attention to some fifty-six years ago; and if the child is but a prophecy of the man, there are mighty few who will doubt that he succeeded.';
    expect(perorationLine([babies], 30)).toBe(
      'If the child is but a prophecy of the man, there are mighty few who will doubt that he succeeded.',
    );
    // a clause cut from a quotation leaves no stray closing mark
    const twain =
      'If you shrink at thought of these things, you need only reply, “Your invitation honors me, and pleases me because you still keep me in your remembrance, but I am seventy; seventy, and would nestle in the chimney-corner, and smoke my pipe, and read my book, and take my rest, wishing you well in all affection; and that when you in your return shall arrive at the pier you may step aboard your waiting ship with a reconciled spirit, and lay your course toward the sinking sun with a contented heart.”';
    expect(perorationLine([twain], 40)).toBe(
      'When you in your return shall arrive at the pier you may step aboard your waiting ship with a reconciled spirit, and lay your course toward the sinking sun with a contented heart.',
    );
    expect(perorationLine(['Why would anyone want that?'], 40)).toBeNull();
  });

  it('fills a last slide that would show nothing', () => {
    const speech = `The Last Word

And in one more town, somewhere down the river that we have all known since we were children, a child is so little burdened with the years to come as to be giving his whole mind at this moment to a paper boat, an achievement which the eldest of us turned his attention to some seventy years ago; and if the child is but a prophecy of the man, the river will carry him well.
`;
    const deck = buildDeck(speech, { fileName: 'river.txt' });
    const last = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing').at(-1)!;
    expect(last.notes).toContain('paper boat');
    expect(last.blocks.length).toBe(1);
    expect(last.screenText).toMatch(/the river will carry him well\.$/u);
  });
});
