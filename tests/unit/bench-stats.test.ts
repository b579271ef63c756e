import { describe, expect, it } from 'vitest';
import { formatTable, growthExponent, measure, quantile, ratio, summarize } from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it('quantiles interpolate between ranks like numpy (R-7)', () => {
    const xs = [15, 20, 35, 40, 50];
    expect(quantile(xs, 0)).toBe(15);
    expect(quantile(xs, 1)).toBe(50);
    expect(quantile(xs, 0.5)).toBe(35);
    expect(quantile(xs, 0.4)).toBeCloseTo(29, 10); // numpy.percentile(xs, 40) == 29.0
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([3, 1, 2], 0.5)).toBe(2); // order of input does not matter
  });

  it('p95 of 1..100 is 95.05', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(xs)).toEqual({ n: 100, min: 1, median: 50.5, p95: 95.05, max: 100, mean: 50.5 });
  });

  it('refuses empty input and out-of-range quantiles', () => {
    expect(() => quantile([], 0.5)).toThrow();
    expect(() => quantile([1], 1.5)).toThrow();
    expect(() => summarize([])).toThrow();
  });

  it('ratios compare ours with the baseline', () => {
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('growth exponent is 1 for linear and 2 for quadratic time', () => {
    const sizes = [1e3, 1e4, 1e5, 1e6];
    expect(growthExponent(sizes.map((size) => ({ size, time: 3 * size })))).toBeCloseTo(1, 10);
    expect(growthExponent(sizes.map((size) => ({ size, time: size * size })))).toBeCloseTo(2, 10);
  });

  it('measure runs the warm-up unrecorded', async () => {
    let calls = 0;
    const samples = await measure(3, 2, () => ++calls);
    expect(samples).toEqual([3, 4, 5]);
  });

  it('formats an aligned table', () => {
    const table = formatTable(
      ['what', 'ms'],
      [
        ['a', '1.0'],
        ['longer', '12.5'],
      ],
    );
    expect(table.split('\n')).toEqual(['what      ms', '------  ----', 'a        1.0', 'longer  12.5']);
  });
});
