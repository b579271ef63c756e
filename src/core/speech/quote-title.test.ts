import { describe, expect, it } from 'vitest';
import { quoteSlideTitle } from './quote-title';

const RACE =
  'None of us can or should expect a transformation in race relations overnight. Every time something like this happens, somebody says we have to have a conversation about race. We talk a lot about race. None of us should believe that a handful of gun safety measures will prevent every tragedy. It will not.';
const FARM = [
  'The tax bill just passed by the Congress includes many of the investment incentives that I recommended last January. We will coordinate and strengthen Federal programs.',
  'We will continue to use our agricultural policies to sustain farm production, to maintain stable prices, and to keep inflation down.',
];

describe('a quote slide’s title', () => {
  it('is taken again from the quote’s sentence when it names a noun said elsewhere', () => {
    const quote = 'None of us can or should expect a transformation in race relations overnight.';
    expect(quoteSlideTitle('Gun safety measures', quote, [RACE], 'en', new Set())).toBe('Race relations');
    const farm = FARM[1]!;
    expect(quoteSlideTitle('Investment incentives', farm, FARM, 'en', new Set())).toBe(
      'Agricultural policies',
    );
  });
  it('stays when the quote’s sentence or its paragraph says it', () => {
    const quote = 'None of us can or should expect a transformation in race relations overnight.';
    expect(quoteSlideTitle('Race relations', quote, [RACE], 'en', new Set())).toBe('Race relations');
    const capped = 'It will not.';
    expect(quoteSlideTitle('Gun safety measures', capped, [RACE], 'en', new Set())).toBe(
      'Gun safety measures',
    );
  });
  it('stays when it is a whole sentence of the slide, a headline', () => {
    const notes = [
      'Inflation is obviously a serious problem. What is the solution?',
      'I do not have all the answers.',
    ];
    expect(
      quoteSlideTitle(
        'Inflation is obviously a serious problem',
        'I do not have all the answers.',
        notes,
        'en',
        new Set(),
      ),
    ).toBe('Inflation is obviously a serious problem');
  });
  it('stays when nothing from the quote’s paragraph reads as a title', () => {
    expect(
      quoteSlideTitle(
        'Nazi threat',
        'I hope that you will prove me right.',
        ['Churchill and the Nazi threat.', 'I hope that you will prove me right.'],
        'en',
        new Set(),
      ),
    ).toBe('Nazi threat');
  });
});
