/**
 * Said numbers given a wrong meaning on a card (judge32): a figure of a sentence that turns on
 * "But" shown as one more of the gains said before it. Raimondo, remarks at the White House Intel
 * announcement, 2022 (public domain, /work/tmp/judge29/speeches).
 */
import { describe, expect, it } from 'vitest';
import { figuresBlock } from '../body';
import { findFigures } from './index';

const shown = (paras: string[], lang = 'en') => {
  const b = figuresBlock(
    paras.map((text) => ({ text })),
    lang,
  );
  return b?.type === 'figures' ? b.items.map((f) => `${f.value} — ${f.label}`) : [];
};

describe('a figure of a sentence that turns on "But" joins no grid of the figures before it (body.ts)', () => {
  const GAINS =
    'Thanks to his leadership, the economy added 6.4 million jobs in 2021, the most in any year in U.S. history. The unemployment rate dropped nearly 70% in the last year.';
  const LOSS =
    'But last year alone, automakers made nearly 8 million fewer cars than they could have, simply because they don’t have enough chips.';
  it('shows the gains without the shortage’s cost', () => {
    // was "6.4 million — jobs added / nearly 70% — drop in unemployment rate / nearly 8 million — fewer cars"
    const cards = shown([GAINS, 'The economy is strong by nearly any measure.', LOSS]);
    expect(cards).toContain('6.4 million — jobs added');
    expect(cards.some((c) => c.startsWith('nearly 8 million'))).toBe(false);
  });
  it('keeps the figure of a "But" sentence said with no figure before it', () => {
    expect(shown([LOSS]).some((c) => c.startsWith('nearly 8 million'))).toBe(true);
  });
});

// Brainard, Economic Club of New York, 2023 (corpus en-brainard-economic-club.md, judge27)
describe('a share labelled only by its whole says what it counts (verb-kept.ts)', () => {
  it('takes the group a relative clause makes the share', () => {
    // was "roughly 80 percent — of the workforce"
    expect(
      findFigures(
        'Real wages are now higher than they were before the pandemic, and this is particularly true for production and non-supervisory workers who make up roughly 80 percent of the workforce.',
        'en',
        20,
      ).map((f) => `${f.value} — ${f.label}`),
    ).toEqual(['roughly 80 percent — of the workforce: production and non-supervisory workers']);
  });
  it('gives no label when the relative clause names no group', () => {
    expect(
      findFigures('We must help the people who make up 10 percent of our population.', 'en', 20).map(
        (f) => f.label,
      ),
    ).toEqual(['']);
  });
});

// Razumkov, Verkhovna Rada 2023 (corpus uk-razumkov-podatkovi-perevirky-2023.txt); Csárdi, Országgyűlés
// 2022 (corpus hu-csardi-klimaberlet-2022.txt); judge29c: a past rate and a proposal shown as fact
describe('a figure of what held before, or of a proposal, is no card (scope.ts)', () => {
  it('the rate "before" the law changed is not today’s', () => {
    // was "25 гривень — курс в української гривні"
    const figs = findFigures(
      'Цей закон приймався, в 1 мільйон гривень, до того, як курс в української гривні був 25 гривень.',
      'uk',
      20,
    );
    expect(figs.find((f) => f.value === '25 гривень')?.label).toBe('');
    expect(findFigures('Сьогодні курс гривні 37 гривень.', 'uk', 20).map((f) => f.label)).toEqual([
      'Сьогодні курс гривні',
    ]);
  });
  it('a Hungarian conditional verb makes the tax a proposal', () => {
    // was "25 százalékos — társasági adó"
    expect(
      findFigures(
        'Ehhez a forrás könnyen megteremthető, ha a kormány nemcsak egyes multikat adóztatna meg szelektíven, hanem bevezetné az általános 25 százalékos társasági adót a nagyvállalatokra és a multinacionális cégekre.',
        'hu',
        20,
      ).map((f) => f.label),
    ).toEqual(['']);
  });
});

// a Miljöpartiet member on shipping, Riksdagen 2020 (/work/tmp/judge31/speeches, judge31/32)
describe('cards of one series measured in different years read in time order (body.ts)', () => {
  it('puts 2010 before 2018, though 2018 was said first', () => {
    // was "738 000 ton — … år 2018 / 678 000 ton — … år 2010", read as a fall
    expect(
      shown(
        [
          'Utsläppen från inrikes sjöfart var 738 000 ton koldioxidekvivalenter år 2018. Det kan jämföras med 678 000 ton koldioxidekvivalenter år 2010.',
        ],
        'sv',
      ),
    ).toEqual(['678 000 ton — koldioxidekvivalenter år 2010', '738 000 ton — koldioxidekvivalenter år 2018']);
  });
});
