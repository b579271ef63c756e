import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_SCALE, figureColumns, figureStep, WORD_EM, wordFit, type FigureStep } from './figure-grid';

describe('figure grid', () => {
  it.each([
    [['75%'], 's'],
    [['87 يومًا'], 'm'],
    [['75 percent', '7 percent'], 'm'],
    [['一千一万个'], 'm'], // five Han characters read as ten
    [['world’s largest', '421'], 'l'],
    [['ten million health workers'], 'xl'],
    [[], 's'],
    // a long word is never set so large that it breaks: "миллиардов" takes 'l' at most
    [['миллиардов'], 'l'],
    [['не менее 75 миллиардов рублей', '39'], 'xl'],
  ] as const)('sets %j at step %s (the longest value decides)', (values, step) => {
    expect(figureStep(values)).toBe(step);
  });

  it('caps a value so that its longest word fits the card on one line', () => {
    // Putin 2024: "не менее 75 миллиардов рублей" broke as "миллиардо / в" in a row of three
    const fit = wordFit(['не менее 75 миллиардов рублей', '39']);
    expect(fit * WORD_EM * 'миллиардов'.length).toBeCloseTo(1);
    expect(wordFit(['75%'])).toBeGreaterThan(FIGURE_SCALE.s);
    // every step a block gets fits its longest word, but the smallest (which the cap then shrinks)
    for (const values of [['миллиардов'], ['$2 4/10 billion'], ['一千一万个'], ['seventy-two crimes']])
      expect(FIGURE_SCALE[figureStep(values)]).toBeLessThanOrEqual(wordFit(values));
    expect(figureStep(['Verkehrsinfrastruktur'])).toBe('xl');
    expect(wordFit(['Verkehrsinfrastruktur'])).toBeLessThan(FIGURE_SCALE.xl);
  });

  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 2],
    [5, 3],
    [6, 3],
    [9, 3],
  ])('puts %i cards %i a row', (count, columns) => {
    expect(figureColumns(count)).toBe(columns);
  });

  it('is what slides.css draws: each step’s value scale and the grid of each count', () => {
    const css = readFileSync(join(import.meta.dirname, '../renderer/src/styles/slides.css'), 'utf8');
    for (const step of Object.keys(FIGURE_SCALE) as FigureStep[]) {
      const rule = new RegExp(`\\.figures\\.value-${step} \\{\\s*--value-scale: ([\\d.]+)cqi;`).exec(css);
      expect(rule, `.figures.value-${step}`).not.toBeNull();
      expect(Number(rule![1]) / 100).toBeCloseTo(FIGURE_SCALE[step]);
    }
    // a value's size is capped by its longest word (wordFit, set on the block as --word-fit)
    expect(css).toMatch(/\.figure-value \{[^}]*font-size: min\(clamp\([^}]*\), var\(--word-fit, 100cqi\)\);/);
    // a count the CSS gives columns of its own has the columns figureColumns says
    for (const [count, columns] of [
      [2, 2],
      [3, 3],
      [4, 2],
      [5, 3],
      [6, 3],
    ] as const) {
      const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter(
        ([, selector, body]) =>
          new RegExp(`\\.count-${count}\\b`).test(selector!) && /grid-template-columns/.test(body!),
      );
      expect(rules.length, `a grid rule for count-${count}`).toBeGreaterThan(0);
      for (const [, , body] of rules)
        expect(body).toMatch(new RegExp(`grid-template-columns: repeat\\(${columns}, minmax\\(0, 1fr\\)\\)`));
      expect(figureColumns(count)).toBe(columns);
    }
  });
});
