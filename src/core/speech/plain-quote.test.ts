import { describe, expect, it } from 'vitest';
import { keyBlock } from './body';

const ENERGY = [
  'Private investment in clean energy has surged since the law passed, with wind energy projects and solar panels going up across the country in communities that had been left behind.',
  'The private sector is responding to incentives that make cutting-edge technologies cheaper to build here at home than anywhere else in the world today.',
];

describe('a long plain sentence yields to clean key phrases; a short or striking line stays a quote (body.ts keyBlock)', () => {
  it.each([
    // judge13/14 "monotone quote walls": a 26-word plain line was the slide's quote
    [
      'a long plain line: the key phrases',
      ENERGY,
      'en',
      'list',
      ['Private investment', 'Private sector', 'Solar panels'],
    ],
    // a short plain line is still set large
    [
      'a short plain line: the quote',
      ['Private investment in clean energy has surged since the law passed.', 'It has not been easy.'],
      'en',
      'quote',
      null,
    ],
    // a language with no noun-phrase check keeps its quote (Portuguese, Arabic, Hindi, Turkish…)
    ['no phrase grammar: the quote', ENERGY, 'pt', 'quote', null],
  ])('%s', (_name, sentences, lang, type, items) => {
    const block = keyBlock(sentences, 'Clean energy', [], lang);
    expect(block?.type).toBe(type);
    if (items && block?.type === 'list')
      expect(
        block.items.map((i) =>
          i[0]?.type === 'paragraph' ? i[0].children.map((c) => ('value' in c ? c.value : '')).join('') : '',
        ),
      ).toEqual(items);
  });
});
