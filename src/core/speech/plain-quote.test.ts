import { describe, expect, it } from 'vitest';
import { isPlainLine, keyBlock } from './body';

const ENERGY = [
  'Private investment in clean energy has surged since the law passed, with wind energy projects and solar panels going up across the country in communities that had been left behind.',
  'The private sector is responding to incentives that make cutting-edge technologies cheaper to build here at home than anywhere else in the world today.',
];

describe('a long plain sentence yields to clean key phrases; a short or striking line stays a quote (body.ts keyBlock)', () => {
  it.each([
    // judge13/14 "monotone quote walls": a 26-word plain line was the slide's quote; but judge15:
    // key phrases picked one here, one there ("Private investment · Private sector · Solar
    // panels") are a mush, not a point — the line stays (phrase-list.ts isMushList)
    ['a long plain line over a mush of phrases: the quote', ENERGY, 'en', 'quote', null],
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

describe('which lines are plain (body.ts isPlainLine)', () => {
  it.each([
    // judge14, Harris: 26 words, nothing striking
    [
      'en',
      'When you serve on a cutter in the Western Pacific, you will protect the sea and the sea lanes, where billions of dollars of trade flow.',
      true,
    ],
    // judge14, López: a reveal after the colon
    [
      'es',
      'Quiero recordar especialmente a Clara Campoamor, que luchó para abrir la puerta de este hemiciclo a media España marginada: a las mujeres.',
      false,
    ],
    // short: still a quote
    ['en', 'For a time, it seemed as though these rules and norms would prevail.', false],
    // an antithesis
    [
      'en',
      'We choose to go to the moon in this decade and do the other things, not because they are easy, but because they are hard.',
      false,
    ],
    // no phrase grammar
    [
      'pt',
      'O financiamento foi assegurado por um conjunto de entidades que reconheceram a importância do projeto para a comunidade científica e para o país.',
      false,
    ],
  ])('%s %s', (lang, line, plain) => {
    expect(isPlainLine(line, lang)).toBe(plain);
  });
});
