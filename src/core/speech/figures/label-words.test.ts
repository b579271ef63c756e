import { describe, expect, it } from 'vitest';
import { LEAD_FILLER, TRAIL_FILLER, TRAIL_VERB } from './label-words';

describe('the word lists a label is trimmed with', () => {
  it('drop fillers at a label’s start and end, in every language they list', () => {
    expect('and about the share of GDP'.replace(LEAD_FILLER, '')).toBe('share of GDP');
    expect('y el gasto'.replace(LEAD_FILLER, '')).toBe('gasto');
    expect('the unemployment rate now stood at'.replace(TRAIL_FILLER, '')).toBe('the unemployment rate');
    expect('объём инвестиций составил более'.replace(TRAIL_FILLER, '')).toBe('объём инвестиций');
    expect('el gasto alcanzó'.replace(TRAIL_FILLER, '')).toBe('el gasto');
  });
  it('drop a verb that ends the phrase before a figure, never a noun', () => {
    expect('our portal served'.replace(TRAIL_VERB, '')).toBe('our portal');
    expect('the program will need'.replace(TRAIL_VERB, '')).toBe('the program');
    expect('the space budget'.replace(TRAIL_VERB, '')).toBe('the space budget');
  });
});

describe('a label never opens on a cut', () => {
  it('an ellipsis, another clause or a conjunction in the speech’s language', async () => {
    const { isLabel } = await import('./label');
    expect(isLabel('… de euros de receita', 'pt')).toBe(false);
    expect(isLabel('...de euros de receita', 'pt')).toBe(false);
    expect(isLabel('que os municípios pagaram', 'pt')).toBe(false);
    expect(isLabel('receita fiscal adicional', 'pt')).toBe(true);
  });
});
