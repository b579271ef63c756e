import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const figs = (text: string) => findFigures(text, 'en', 20).map((f) => `${f.value} — ${f.label}`);

describe('a label says what is counted, in the speech’s words (en-counted.ts, goal.ts, judge15)', () => {
  it.each([
    [
      'Treasury guidance is now available on 21 out of 24 tax credit provisions.',
      ['21 out of 24 — tax credit provisions'],
    ],
    [
      '$118 billion of the grants are covered programs under the Justice40 Initiative, which aims to ensure 40% of the benefits of specific federal programs flow to disadvantaged communities.',
      // a goal whose share and what it counts lie either side of the figure: no label (render19)
      ['$118 billion — of the grants', '40% — '],
    ],
    [
      'Some big examples are EPA’s $27 billion Greenhouse Gas Reduction Fund, which made awards this spring.',
      ['$27 billion — Greenhouse Gas Reduction Fund'],
    ],
    [
      'According to Climate Power, 58 percent of the new clean energy jobs created since the IRA passed are located in Congressional districts represented by Republicans.',
      // the phrase from the share's whole to its place runs to 17 words: no label, never one stitched with "…"
      ['58 percent — '],
    ],
    [
      'And trying to divert money away from weatherization, which would prevent more than 55,000 low-income households from receiving assistance to reduce their energy costs.',
      ['more than 55,000 low-income households — '],
    ],
    [
      'Those jobs come from over 300 new clean energy projects totaling $282 billion in investment.',
      ['over 300 — new clean energy projects', '$282 billion — in investment'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figs(sentence)).toEqual(expected);
  });

  it('a verb with nothing it acts on is never a label', () => {
    for (const label of findFigures(
      'Our goal is to cut 50 percent, and we plan to invest $300 million in plant and laboratory facilities.',
      'en',
      20,
    ).map((f) => f.label))
      expect(label).not.toMatch(/^(?:goal: cut|plan to invest)$/u);
  });
});

describe('a rate and a total keep what they are on their labels (perUnit, broughtTo, judge16)', () => {
  it.each([
    // was "$31 — in health gains and economic returns" (read as $31 in all)
    [
      'And in other words, for every dollar to fight these diseases, we expect $31 in health gains and economic returns, which also advances our progress.',
      ['$31 — in health gains and economic returns for every dollar'],
    ],
    ['For every dollar invested, we get $7 back.', ['$7 — For every dollar invested']],
    // was "$14 billion — to the Global Fund", the label of the US pledge before it
    [
      'So that means we’re going to work with our partners in Congress to contribute another $6 billion to the Global Fund — (applause) — bringing — bringing the overall global pledge, as of today, to $14 billion.',
      ['$6 billion — to the Global Fund', '$14 billion — overall global pledge'],
    ],
    // a total with one word for its thing borrows nothing either way
    ['This brings the total to $20 billion.', ['$20 billion — ']],
  ])('%s', (sentence, expected) => {
    expect(figs(sentence)).toEqual(expected);
  });
});
