/**
 * Step reveals in the exports: the HTML deck reveals them with reveal.js's fragments (one per
 * Next, as on stage); the handouts, printed or as a file, show every slide complete.
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/core/speech';
import { deckToHtml } from '../../src/host/deck-html';
import { handoutHtml } from '../../src/host/handout';

const deck = buildDeck(
  [
    '---',
    'title: T',
    '---',
    '',
    '# Three',
    '<!-- steps -->',
    '',
    '- Alpha item',
    '- Beta item',
    '- Gamma item',
    '',
    'We say three things.',
  ].join('\n'),
  { fileName: 'talk.md' },
);

describe('step reveals in exports', () => {
  it('the HTML deck marks each step as a reveal.js fragment, in order, with fragments on', () => {
    const html = deckToHtml(deck);
    const fragments = [
      ...html.matchAll(/<li class="fragment" data-fragment-index="(\d)" data-step="(\d)">/g),
    ];
    expect(fragments.map((m) => [m[1], m[2]])).toEqual([
      ['0', '1'],
      ['1', '2'],
      ['2', '3'],
    ]);
    expect(html).toContain('Reveal.initialize(');
    expect(html).not.toMatch(/fragments\s*:\s*false/);
  });

  it.each(['notes', 'slides'] as const)(
    'the %s handout shows every item, with nothing that hides a fragment',
    (variant) => {
      const html = handoutHtml(deck, { variant, paper: 'a4' });
      for (const item of ['Alpha item', 'Beta item', 'Gamma item']) expect(html).toContain(item);
      // no reveal.js stylesheet (its .fragment rule hides items): a printed slide is complete
      expect(html).not.toMatch(/\.fragment[^-]/);
    },
  );
});
