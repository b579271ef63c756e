/**
 * Class K of judge9: a slide of a minute's speech in long periods, where no whole sentence fits the
 * screen, showed its title alone. Its key phrases are the last resort. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { phraseBlock } from './body';
import { buildDeck } from './index';

const long = [
  'As the harbour towns continue to grow, we will work with regional authorities and the fishing cooperatives to make sure that new investment in cold storage, in modern processing plants, in clean diesel engines and in safer docks reaches the families who have worked these waters for generations.',
  'And the ministry intends to make a lasting commitment to vocational training, working with the coastal colleges at every level of the trade to develop new skills and new tools that help young workers meet the challenges of a changing sea.',
];

describe('the last resort of a slide with no line that fits', () => {
  it('lists no key phrases that are no list the speaker said (lists27: a mush is refused)', () => {
    const block = phraseBlock(long, 'Harbour towns', [], 'en');
    const items = block && block.type === 'list' ? block.items.map((i) => blocksText(i)) : [];
    // never how or when ("with utter simplicity", "à bref délai")
    for (const i of items) expect(i).not.toMatch(/^(?:with|in|at|by|on)\s/iu);
    expect(block).toBeNull();
  });

  it('never leaves such a slide with its title alone', () => {
    const deck = buildDeck(`Harbour Towns\n\n${long.join(' ')}\n\nThank you.`, { fileName: 'harbour.txt' });
    const content = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    expect(content.length).toBeGreaterThan(0);
    for (const s of content) expect(s.blocks.length, s.title).toBeGreaterThan(0);
  });
});
