import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const labels = (s: string) => sentenceFigures(s, 'en').map((f) => [f.value, f.label]);

describe('the time a figure is said for stays on its label (anchor.ts)', () => {
  it('a from→to pair said with a year at each end: a time alone is no label (it says when, not what)', () => {
    // Carter 1978: "more than $66 billion — in fiscal year" and "about $40 billion — in fiscal year"
    const found = labels(
      "We've brought the deficit down by one-third since I ran for President—from more than $66 billion in fiscal year 1976 to about $40 billion in fiscal year 1979—a reduction of more than $25 billion in the Federal deficit in just 3 years.",
    );
    for (const [, label] of found)
      expect(label).not.toMatch(/^(?:in|on|by|during|for)\s+(?:fiscal\s+)?(?:year\s+)?\d/u);
    expect(found.some(([, label]) => /fiscal year$/u.test(label!))).toBe(false);
  });
  it('a label left dangling on its year takes the year whole', () => {
    // LBJ 1964: "over $4 billion per year — taxpayers in fiscal"
    expect(
      labels('This is going to produce savings to the taxpayers of over $4 billion per year in fiscal 1967.'),
    ).toEqual([['over $4 billion per year', 'savings to the taxpayers, fiscal 1967']]);
  });
  it('figures of one sentence that share a label are told apart by their dates', () => {
    // Ford 1975: three cards "— increase in level"
    expect(
      labels(
        'The crude oil fee level will be increased $1 per barrel on February 1, by $2 per barrel on March 1, and by $3 per barrel on April 1.',
      ).map(([, l]) => l),
    ).toEqual([
      'increase in level, on February 1',
      'increase in level, on March 1',
      'increase in level, on April 1',
    ]);
  });
  it('adds no time that was not said right after the figure', () => {
    expect(
      labels('Exports reached $5 billion in 1990 and $5 billion again.').map(([, l]) => l),
    ).not.toContain('in 1990');
  });
});
