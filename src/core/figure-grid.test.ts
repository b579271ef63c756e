import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_SCALE, figureColumns, figureStep, type FigureStep } from './figure-grid';

describe('figure grid', () => {
  it.each([
    [['75%'], 's'],
    [['87 يومًا'], 'm'],
    [['75 percent', '7 percent'], 'm'],
    [['一千一万个'], 'm'], // five Han characters read as ten
    [['world’s largest', '421'], 'l'],
    [['ten million health workers'], 'xl'],
    [[], 's'],
  ] as const)('sets %j at step %s (the longest value decides)', (values, step) => {
    expect(figureStep(values)).toBe(step);
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
