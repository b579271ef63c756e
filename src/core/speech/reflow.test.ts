/**
 * A short title line right above a whole paragraph on one line, with no blank line between
 * (judge23, C4): "मन की बात, सितंबर 2018" over the 3,000-word body of the September 2018 Mann Ki
 * Baat (pmindia.gov.in transcript as scraped in jerinphilip/mann-ki-baat, the danda typed "|").
 */
import { describe, expect, it } from 'vitest';
import { plainParagraphs } from './reflow';
import { buildDeck } from '.';

const BODY =
  'मेरे प्यारे देशवासियो, नमस्कार | शायद ही कोई भारतीय हो सकता है जिसको हमारे सशस्त्र बलों पर, हमारे सेना के जवानों पर गर्व न हो | प्रत्येक भारतीय चाहे वो किसी भी क्षेत्र, जाति, धर्म, पंथ या भाषा का क्यों न हो - हमारे सैनिकों के प्रति अपनी ख़ुशी अभिव्यक्त करने और समर्थन दिखाने के लिए हमेशा तत्पर रहता है | कल भारत के सवा-सौ करोड़ देशवासियों ने, पराक्रम पर्व मनाया था |';

describe('a title line over a one-line paragraph stands alone, in any script', () => {
  it.each([
    ['hi, danda typed "|"', 'मन की बात, सितंबर 2018', BODY],
    ['hi, danda', 'मन की बात, सितंबर 2018', BODY.replace(/ \|/gu, '।')],
    [
      'en, lower-case title',
      'remarks at the state luncheon',
      'Good afternoon, everyone. It is an honor to welcome you to the State Department today, and to raise a glass with friends who have stood with us through the hardest years of this century and who will stand with us in the years to come.',
    ],
  ])('%s', (_, title, body) => {
    const paras = plainParagraphs(`${title}\n${body}\n`);
    expect(paras.map((p) => p.text)).toEqual([title, body]);
  });

  it('still joins a line cut mid-sentence, and a short line before a short one', () => {
    // a lower-case line goes on with the sentence above it, however long
    const cut = 'It is an honor to welcome you';
    const rest = `to the State Department today, ${'and to raise a glass with friends '.repeat(6)}today.`;
    expect(plainParagraphs(`${cut}\n${rest}\n`)).toHaveLength(1);
    // a long line that stops mid-sentence is no whole paragraph
    expect(plainParagraphs(`मन की बात\n${BODY.slice(0, -2)} और\n`)).toHaveLength(1);
  });

  it('titles the deck by the title line and keeps it out of the first slide notes', () => {
    const deck = buildDeck(`मन की बात, सितंबर 2018\n${BODY}\n`, {
      fileName: 'hi-modi-mann-ki-baat-2018-09.txt',
    });
    expect(deck.meta.title).toBe('मन की बात, सितंबर 2018');
    expect(deck.slides[1]?.notes.startsWith('मेरे प्यारे देशवासियो')).toBe(true);
  });
});
