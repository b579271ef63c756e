import { describe, expect, it } from 'vitest';
import { figuresBlock } from '../body';
import { breakdownParts, breakdownWhole } from './breakdown';

/** The cards a paragraph makes, "value — label". */
const cards = (text: string, lang = 'en') => {
  const b = figuresBlock([{ text }], lang);
  return b?.type === 'figures' ? b.items.map((f) => `${f.value} — ${f.label}`) : [];
};

// Pål Jonson, Stockholm high-level forum on AI and intelligence, 24 September 2024 (regeringen.se)
describe('a whole broken into parts: each part labelled by where it is from (breakdown.ts, judge25 A2)', () => {
  it('the four parts are carded, the small last one too', () => {
    expect(
      cards(
        'According to Stanford University in 2023 of the number of notable machine learning models produced, 51 of them came from industry, 21 from industry together with academia, 15 from Academia and only 2 from government origin.',
      ),
    ).toEqual([
      '51 — models from industry',
      '21 — models from industry together with academia',
      '15 — models from Academia',
      '2 — models from government origin',
    ]);
  });
  it('each card says what it counts: the whole’s plural noun (judge26b: a bare "51 — from industry")', () => {
    expect(
      cards('Of the delegates sent, 51 of them came from Ohio, 21 from Texas and 15 from Utah.'),
    ).toEqual(['51 — delegates from Ohio', '21 — delegates from Texas', '15 — delegates from Utah']);
    // a whole that is no plural noun: the parts say only where
    expect(cards('Of all that, 51 of them came from Ohio, 21 from Texas and 15 from Utah.')).toEqual([
      '51 — from Ohio',
      '21 — from Texas',
      '15 — from Utah',
    ]);
  });
  it('a breakdown is shown whole beside the share said before it', () => {
    const shown = cards(
      'In September 2023 53,8 percent of all AI companies in the world were located in the US, UK, Japan, Germany and France.\n\nAccording to Stanford University in 2023 of the number of notable machine learning models produced, 51 of them came from industry, 21 from industry together with academia, 15 from Academia and only 2 from government origin.',
    );
    expect(shown).toHaveLength(5);
    expect(shown.at(-1)).toBe('2 — models from government origin');
  });
  it.each([
    // where, with no whole said: no label says what is counted
    'In 2019 we had 12 in Ohio, 15 in Texas and 20 in Utah.',
    // two parts are no breakdown
    'Of the delegates, 12 came from Ohio and 15 from Texas.',
  ])('%s', (text) => {
    expect(breakdownParts(text)).toEqual([]);
  });
});

describe('a share keeps where it is when that is the point (lacks.ts sharePredicate, judge25 A3)', () => {
  it.each([
    // Jonson 2024: "53,8 percent — of all AI companies" lost the countries
    [
      'In September 2023 53,8 percent of all AI companies in the world were located in the US, UK, Japan, Germany and France.',
      ['53,8 percent — of all AI companies, in the US, UK, Japan, Germany and France'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });
});

it('the whole a breakdown is of titles its slide, not who counted it (judge26b: "Stanford University")', () => {
  const said =
    'According to Stanford University in 2023 of the number of notable machine learning models produced, 51 of them came from industry, 21 from industry together with academia, 15 from Academia and only 2 from government origin.';
  const shown = new Set(breakdownParts(said).map((p) => p.label));
  expect(breakdownWhole(said, shown)).toBe('notable machine learning models');
  expect(breakdownWhole('In 2019 we had 12 in Ohio, 15 in Texas and 20 in Utah.', shown)).toBe('');
  // a slide whose cards are not the parts (another figure of the sentence) is not titled by the whole
  expect(breakdownWhole(said, new Set(['notable machine learning models']))).toBe('');
  const [first, second] = [...shown];
  expect(breakdownWhole(said, new Set([first!, second!]))).toBe('');
});
